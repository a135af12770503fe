#include "sampling/samplingrows.h"

#include "bureausettings.h"
#include "cases/casenumber.h"
#include "register/registerrows.h"
#include "sampling/samplingclock.h"
#include "sampling/samplingrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>

namespace casedesk::SamplingRows {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

template <class E, std::size_t N> E fromCode(const EnumTable<E, N> &table, const QString &code, E fallback)
{
    for (E value : table.values())
        if (table.code(value) == code)
            return value;
    return fallback;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// What the sampling list's search looks in, lower-cased once here.
QString searchText(const SamplingBatch &b)
{
    return QStringList{b.batchNumber, b.unit.name, b.unit.code, b.product, b.lab, b.planName, b.reportNumber}
        .join(QLatin1Char('\n'))
        .toLower();
}

void loadSamplers(const Database &db, SamplingBatch &b)
{
    auto q = db.exec(QStringLiteral("SELECT s.id, s.login, s.name, s.enforcement_cert, s.enforcement_cert_until "
                                    "FROM sampling_sampler ss JOIN staff s ON s.id = ss.staff_id "
                                    "WHERE ss.batch_id = ? ORDER BY ss.position"),
                     {b.id});
    while (q && q->next())
        b.samplers << InspectionInspector{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), dateFromStored(q->value(4))};
}

void loadItems(const Database &db, SamplingBatch &b)
{
    auto q = db.exec(QStringLiteral("SELECT item_id FROM sampling_item WHERE batch_id = ? ORDER BY position"), {b.id});
    while (q && q->next())
        b.itemIds << q->value(0).toLongLong();
}

QString numberOf(const Database &db, qint64 parentId)
{
    auto q = db.exec(QStringLiteral("SELECT batch_number FROM sampling_batch WHERE id = ?"), {parentId});
    return q && q->next() ? q->value(0).toString() : QString();
}

QString caseNumberOf(const Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT case_year, case_sequence, lead_number FROM enforcement_case WHERE id = ?"),
                     {caseId});
    if (!q || !q->next())
        return {};
    const CaseNumber number{q->value(0).toInt(), q->value(1).toInt()};
    return number.isNull() ? q->value(2).toString() : number.format(BureauSettings::load(db).abbreviation);
}

QString samplerLines(const QList<InspectionInspector> &samplers)
{
    QStringList out;
    for (const InspectionInspector &s : samplers)
        out << (s.name.isEmpty() ? s.login : QStringLiteral("%1 (%2)").arg(s.name, s.login));
    return out.join(QLatin1Char('\n'));
}
} // namespace

SamplingBatch fromRow(const QSqlQuery &q)
{
    auto v = [&](const char *column) { return q.value(QString::fromLatin1(column)); };
    auto date = [&](const char *column) { return dateFromStored(v(column)); };
    SamplingBatch b;
    b.id = v("id").toLongLong();
    b.uuid = v("uuid").toString();
    b.batchNumber = v("batch_number").toString();
    b.kind = fromCode(samplingKinds(), v("kind").toString(), SamplingKind::Plan);
    b.parentId = v("parent_id").toLongLong();
    b.planName = v("plan_name").toString();
    b.unit =
        InspectedUnit{v("entity_id").toLongLong(),  v("unit_name").toString(),           v("unit_code").toString(),
                      v("unit_address").toString(), v("unit_representative").toString(), v("unit_contact").toString(),
                      v("unit_phone").toString()};
    b.product = v("product").toString();
    b.specification = v("specification").toString();
    b.productionBatch = v("production_batch").toString();
    b.trademark = v("trademark").toString();
    b.sampleQuantity = v("sample_quantity").toString();
    b.sampledFrom = v("sampled_from").toString();
    b.sampledOn = date("sampled_on");
    b.lab = v("lab").toString();
    b.standard = v("standard").toString();
    b.section = v("section").toString();
    b.result = fromCode(samplingResults(), v("result").toString(), SamplingResult::Pending);
    b.reportNumber = v("report_number").toString();
    b.reportOn = date("report_on");
    b.deliveredOn = date("delivered_on");
    b.failedItems = v("failed_items").toString();
    b.objectionOn = date("objection_on");
    b.rectifiedOn = date("rectified_on");
    b.recheckRequestedOn = date("recheck_requested_on");
    b.caseId = v("case_id").toLongLong();
    b.notes = v("notes").toString();
    b.createdAt = v("created_at").toString();
    b.createdBy = v("created_by").toString();
    b.modifiedAt = v("modified_at").toString();
    b.modifiedBy = v("modified_by").toString();
    return b;
}

Result<SamplingBatch> load(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT b.* FROM sampling_batch b WHERE b.id = ? AND b.deleted_at IS NULL"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no sampling batch %1.").arg(id));
    SamplingBatch b = fromRow(*q);
    loadSamplers(db, b);
    loadItems(db, b);
    if (b.parentId > 0)
        b.parentNumber = numberOf(db, b.parentId);
    if (b.caseId > 0)
        b.caseNumber = caseNumberOf(db, b.caseId);
    return b;
}

qint64 idOfNumber(const Database &db, const QString &batchNumber)
{
    // Exactly as given first (the unique index), then in any letter case.
    for (const char *statement : {"SELECT id FROM sampling_batch WHERE batch_number = ? AND deleted_at IS NULL",
                                  "SELECT id FROM sampling_batch WHERE batch_number = ? COLLATE NOCASE "
                                  "AND deleted_at IS NULL"}) {
        auto q = db.exec(QString::fromLatin1(statement), {batchNumber.trimmed()});
        if (q && q->next())
            return q->value(0).toLongLong();
    }
    return 0;
}

Result<QHash<qint64, QList<SamplingBatch>>> followersOf(const Database &db, const QList<qint64> &batchIds)
{
    QHash<qint64, QList<SamplingBatch>> out;
    if (batchIds.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < batchIds.size(); ++i)
        marks << QStringLiteral("?");
    // "+deleted_at": not through sampling_batch_live, which SQLite would
    // otherwise walk whole for its order (68 ms a page at 100,000 batches
    // against 1 ms through sampling_batch_parent).
    QSqlQuery q = db.prepare(QStringLiteral("SELECT b.* FROM sampling_batch b WHERE +b.deleted_at IS NULL AND "
                                            "b.parent_id IN (%1) ORDER BY b.sampled_on, b.id")
                                 .arg(marks.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < batchIds.size(); ++i)
        q.bindValue(int(i), batchIds.at(i));
    if (!q.exec())
        return failure(Text::tr("Could not read the batches that follow: %1").arg(q.lastError().text()));
    while (q.next()) {
        const SamplingBatch f = fromRow(q);
        out[f.parentId] << f;
    }
    return out;
}

Result<QList<SamplingBatch>> planBatches(const Database &db, qint64 entityId, const QString &productKey, int year,
                                         qint64 excludeId)
{
    auto q = db.exec(QStringLiteral("SELECT b.* FROM sampling_batch b WHERE b.entity_id = ? AND b.product_key = ? "
                                    "AND b.sampled_on BETWEEN ? AND ? AND b.kind = ? AND b.deleted_at IS NULL "
                                    "AND b.id <> ? ORDER BY b.sampled_on, b.id"),
                     {entityId, productKey, iso(QDate(year, 1, 1)), iso(QDate(year, 12, 31)),
                      samplingKinds().code(SamplingKind::Plan), excludeId});
    if (!q)
        return q.error();
    QList<SamplingBatch> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<QString> nextNumber(const Database &db, const QString &site, int year)
{
    const QString prefix = QStringLiteral("%1-%2-C").arg(site).arg(year);
    auto q = db.exec(QStringLiteral("SELECT max(CAST(substr(batch_number, ?) AS INTEGER)) FROM sampling_batch "
                                    "WHERE substr(batch_number, 1, ?) = ?"),
                     {prefix.size() + 1, prefix.size(), prefix});
    if (!q)
        return q.error();
    const int last = q->next() ? q->value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

RecordWriter::Fields rowFields(const SamplingBatch &b, const QList<SamplingBatch> &followers, const QDate &today)
{
    const QDate nextDue = SamplingClock::nextDue(SamplingClock::deadlines(b, followers), today);
    return {{"batch_number", b.batchNumber},
            {"kind", samplingKinds().code(b.kind)},
            {"parent_id", idOrNull(b.parentId)},
            {"plan_name", b.planName},
            {"year", b.sampledOn.isValid() ? b.sampledOn.year() : 0},
            {"entity_id", b.unit.entityId},
            {"unit_name", b.unit.name},
            {"unit_code", b.unit.code},
            {"unit_address", b.unit.address},
            {"unit_representative", b.unit.legalRepresentative},
            {"unit_contact", b.unit.contactPerson},
            {"unit_phone", b.unit.phone},
            {"product", b.product},
            {"product_key", SamplingRules::productKey(b.product)},
            {"specification", b.specification},
            {"production_batch", b.productionBatch},
            {"trademark", b.trademark},
            {"sample_quantity", b.sampleQuantity},
            {"sampled_from", b.sampledFrom},
            {"sampled_on", storedDate(b.sampledOn)},
            {"lab", b.lab},
            {"standard", b.standard},
            {"section", b.section},
            {"result", samplingResults().code(b.result)},
            {"report_number", b.reportNumber},
            {"report_on", storedDate(b.reportOn)},
            {"delivered_on", storedDate(b.deliveredOn)},
            {"failed_items", b.failedItems},
            {"objection_on", storedDate(b.objectionOn)},
            {"rectified_on", storedDate(b.rectifiedOn)},
            {"recheck_requested_on", storedDate(b.recheckRequestedOn)},
            {"case_id", idOrNull(b.caseId)},
            {"notes", b.notes},
            {"next_due", storedDate(nextDue)},
            {"search_text", searchText(b)}};
}

Status writeDetails(const Database &db, const SamplingBatch &b)
{
    for (const char *table : {"sampling_sampler", "sampling_item"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE batch_id = ?").arg(QLatin1String(table)), {b.id}); !r)
            return r.error();
    for (int i = 0; i < b.samplers.size(); ++i)
        if (auto r = db.exec(QStringLiteral("INSERT INTO sampling_sampler (batch_id, staff_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {b.id, b.samplers.at(i).staffId, i});
            !r)
            return r.error();
    for (int i = 0; i < b.itemIds.size(); ++i)
        if (auto r = db.exec(QStringLiteral("INSERT INTO sampling_item (batch_id, item_id, position) VALUES (?, ?, ?)"),
                             {b.id, b.itemIds.at(i), i});
            !r)
            return r.error();
    return success();
}

Status refreshNextDue(const Database &db, qint64 batchId, const QDate &today)
{
    auto q = db.exec(QStringLiteral("SELECT b.* FROM sampling_batch b WHERE b.id = ?"), {batchId});
    if (!q)
        return q.error();
    if (!q->next())
        return success();
    const SamplingBatch b = fromRow(*q);
    auto followers = followersOf(db, {b.id});
    if (!followers)
        return followers.error();
    const QDate due = SamplingClock::nextDue(SamplingClock::deadlines(b, followers->value(b.id)), today);
    if (auto r =
            db.exec(QStringLiteral("UPDATE sampling_batch SET next_due = ? WHERE id = ?"), {storedDate(due), b.id});
        !r)
        return r.error();
    return success();
}

Result<QList<StaffMember>> fillSamplers(const Database &db, QList<InspectionInspector> &samplers)
{
    QList<StaffMember> staff;
    for (InspectionInspector &s : samplers) {
        const QString columns = QStringLiteral("id, login, name, section, enforcement_cert, enforcement_cert_from, "
                                               "enforcement_cert_until, equipment_cert, equipment_cert_from, "
                                               "equipment_cert_until, active FROM staff WHERE ");
        auto q = s.staffId > 0
                     ? db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral("id = ?"), {s.staffId})
                     : db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral("login = ?"), {s.login.trimmed()});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Samplers: there is no colleague %1.")
                               .arg(s.staffId > 0 ? QString::number(s.staffId) : s.login));
        StaffMember m;
        m.id = q->value(0).toLongLong();
        m.login = q->value(1).toString();
        m.name = q->value(2).toString();
        m.section = q->value(3).toString();
        m.enforcement = {q->value(4).toString(), dateFromStored(q->value(5)), dateFromStored(q->value(6))};
        m.specialEquipment = {q->value(7).toString(), dateFromStored(q->value(8)), dateFromStored(q->value(9))};
        m.active = q->value(10).toBool();
        s = InspectionInspector{m.id, m.login, m.name, m.enforcement.number, m.enforcement.validUntil};
        staff << m;
    }
    return staff;
}

Status checkItems(const Database &db, const QList<qint64> &itemIds)
{
    for (qint64 id : itemIds) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM item WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Responsibility items: item %1 is not in the responsibility list.").arg(id));
    }
    return success();
}

QJsonObject auditJson(const SamplingBatch &b)
{
    QJsonArray items;
    for (qint64 id : b.itemIds)
        items << QString::number(id);
    return QJsonObject{
        {QStringLiteral("batchNumber"), b.batchNumber},
        {QStringLiteral("samplingKind"), samplingKinds().code(b.kind)},
        {QStringLiteral("parentNumber"), b.parentNumber},
        {QStringLiteral("planName"), b.planName},
        {QStringLiteral("entityId"), QString::number(b.unit.entityId)},
        {QStringLiteral("unitName"), b.unit.name},
        {QStringLiteral("unitCode"), b.unit.code},
        {QStringLiteral("product"), b.product},
        {QStringLiteral("specification"), b.specification},
        {QStringLiteral("productionBatch"), b.productionBatch},
        {QStringLiteral("trademark"), b.trademark},
        {QStringLiteral("sampleQuantity"), b.sampleQuantity},
        {QStringLiteral("sampledFrom"), b.sampledFrom},
        {QStringLiteral("sampledOn"), iso(b.sampledOn)},
        {QStringLiteral("samplers"), samplerLines(b.samplers)},
        {QStringLiteral("lab"), b.lab},
        {QStringLiteral("standard"), b.standard},
        {QStringLiteral("section"), b.section},
        {QStringLiteral("items"), items},
        {QStringLiteral("samplingResult"), samplingResults().code(b.result)},
        {QStringLiteral("reportNumber"), b.reportNumber},
        {QStringLiteral("reportOn"), iso(b.reportOn)},
        {QStringLiteral("deliveredOn"), iso(b.deliveredOn)},
        {QStringLiteral("failedItems"), b.failedItems},
        {QStringLiteral("objectionOn"), iso(b.objectionOn)},
        {QStringLiteral("rectifiedOn"), iso(b.rectifiedOn)},
        {QStringLiteral("recheckRequestedOn"), iso(b.recheckRequestedOn)},
        {QStringLiteral("caseNumber"), b.caseNumber},
        {QStringLiteral("notes"), b.notes},
    };
}

Status refreshDerived(const Database &db, qint64 id)
{
    auto b = load(db, id);
    if (!b)
        return b.error();
    auto q = db.exec(QStringLiteral("UPDATE sampling_batch SET search_text = ?, product_key = ? WHERE id = ?"),
                     {searchText(*b), SamplingRules::productKey(b->product), id});
    if (!q)
        return q.error();
    return success();
}

} // namespace casedesk::SamplingRows
