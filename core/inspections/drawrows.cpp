#include "inspections/drawrows.h"

#include "inspections/drawpools.h"
#include "inspections/inspectionrules.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::DrawRows {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrawRepository)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

const QChar kLine = QLatin1Char('\n');
const QChar kTab = QLatin1Char('\t');
const QChar kComma = QLatin1Char(',');

const char *const kColumns = "id, uuid, draw_number, drawn_on, domain, pool_filter, section, purpose, seed, "
                             "draw_count, per_unit, entity_pool, inspector_pool, recusals, entity_pool_hash, "
                             "inspector_pool_hash, result_hash, created_by, created_at";

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList{} : text.split(kLine);
}

QString recusalLines(const QList<QPair<QString, QString>> &recusals)
{
    QStringList out;
    for (const auto &r : recusals)
        out << r.first + kTab + r.second;
    return out.join(kLine);
}

QList<QPair<QString, QString>> recusalsFrom(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &line : lines(text)) {
        const qsizetype tab = line.indexOf(kTab);
        out << QPair<QString, QString>{line.left(tab), tab < 0 ? QString() : line.mid(tab + 1)};
    }
    return out;
}

InspectionDraw drawFromRow(const QSqlQuery &q, bool withPools)
{
    InspectionDraw d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.drawNumber = q.value(2).toString();
    d.request.drawnOn = dateFromStored(q.value(3));
    d.request.domain = q.value(4).toString();
    // Stored by toText(), so it reads back; a damaged text shows as no filter.
    const auto filter = DrawPoolFilter::parse(q.value(5).toString());
    d.request.pool = filter ? *filter : DrawPoolFilter{};
    d.request.section = q.value(6).toString();
    d.request.purpose = q.value(7).toString();
    d.request.seed = q.value(8).toString();
    d.request.count = q.value(9).toInt();
    d.request.perUnit = q.value(10).toInt();
    if (withPools) {
        d.entityPool = lines(q.value(11).toString());
        d.inspectorPool = lines(q.value(12).toString());
        d.recusals = recusalsFrom(q.value(13).toString());
    }
    d.entityPoolHash = q.value(14).toString();
    d.inspectorPoolHash = q.value(15).toString();
    d.resultHash = q.value(16).toString();
    d.drawnBy = q.value(17).toString();
    d.drawnAt = q.value(18).toString();
    return d;
}

Status loadPicks(const Database &db, InspectionDraw &d)
{
    auto q = db.exec(QStringLiteral("SELECT k.entity_id, k.entity_code, e.name, k.inspector_logins, "
                                    "(SELECT i.id FROM inspection i WHERE i.draw_id = k.draw_id "
                                    " AND i.entity_id = k.entity_id AND +i.status = 'finished' "
                                    " AND i.superseded_by IS NULL AND i.deleted_at IS NULL "
                                    " ORDER BY i.inspected_on, i.id LIMIT 1) "
                                    "FROM draw_pick k JOIN entity e ON e.id = k.entity_id "
                                    "WHERE k.draw_id = ? ORDER BY k.position"),
                     {d.id});
    if (!q)
        return q.error();
    QStringList everyone;
    QList<QStringList> loginsOfPick;
    while (q->next()) {
        DrawPick pick;
        pick.entityId = q->value(0).toLongLong();
        pick.entityCode = q->value(1).toString();
        pick.entityName = q->value(2).toString();
        pick.inspectionId = q->value(4).toLongLong();
        const QStringList logins = q->value(3).toString().split(kComma, Qt::SkipEmptyParts);
        everyone << logins;
        loginsOfPick << logins;
        d.picks << pick;
    }
    const QHash<QString, StaffMember> staff = DrawPools::staffByLogin(db, everyone);
    for (int i = 0; i < d.picks.size(); ++i)
        for (const QString &login : loginsOfPick.at(i)) {
            InspectionInspector who;
            who.login = login;
            if (staff.contains(login)) {
                const StaffMember &m = staff.value(login);
                const Certificate &c = InspectionRules::certificateFor(m, d.request.domain);
                who.staffId = m.id;
                who.name = m.name;
                who.certificateNumber = c.number;
                who.certificateValidUntil = c.validUntil;
            }
            d.picks[i].inspectors << who;
        }
    return success();
}
} // namespace

Result<QString> nextNumber(const Database &db, const QString &site, int year)
{
    const QString prefix = QStringLiteral("%1-%2-D").arg(site).arg(year);
    auto q = db.exec(QStringLiteral("SELECT max(CAST(substr(draw_number, ?) AS INTEGER)) FROM inspection_draw "
                                    "WHERE substr(draw_number, 1, ?) = ?"),
                     {prefix.size() + 1, prefix.size(), prefix});
    if (!q)
        return q.error();
    const int last = q->next() ? q->value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 3, 10, QLatin1Char('0'));
}

Status insert(AuditedTransaction &tx, InspectionDraw &d)
{
    auto id = tx.writer().insert("inspection_draw", {{"draw_number", d.drawNumber},
                                                     {"drawn_on", storedDate(d.request.drawnOn)},
                                                     {"domain", d.request.domain},
                                                     {"pool_filter", d.request.pool.toText()},
                                                     {"section", d.request.section},
                                                     {"purpose", d.request.purpose},
                                                     {"seed", d.request.seed},
                                                     {"draw_count", d.request.count},
                                                     {"per_unit", d.request.perUnit},
                                                     {"entity_pool", d.entityPool.join(kLine)},
                                                     {"inspector_pool", d.inspectorPool.join(kLine)},
                                                     {"recusals", recusalLines(d.recusals)},
                                                     {"entity_pool_hash", d.entityPoolHash},
                                                     {"inspector_pool_hash", d.inspectorPoolHash},
                                                     {"result_hash", d.resultHash}});
    if (!id)
        return id.error();
    d.id = *id;
    d.uuid = tx.writer().lastUuid();
    const Database &db = tx.writer().database();
    for (int i = 0; i < d.picks.size(); ++i) {
        QStringList logins;
        for (const InspectionInspector &who : d.picks.at(i).inspectors)
            logins << who.login;
        if (auto r = db.exec(QStringLiteral("INSERT INTO draw_pick (draw_id, position, entity_id, entity_code, "
                                            "inspector_logins) VALUES (?, ?, ?, ?, ?)"),
                             {d.id, i + 1, d.picks.at(i).entityId, d.picks.at(i).entityCode, logins.join(kComma)});
            !r)
            return r.error();
    }
    return success();
}

Result<InspectionDraw> load(const Database &db, qint64 id, bool withPools)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM inspection_draw WHERE id = ? AND deleted_at IS NULL")
                         .arg(QLatin1String(kColumns)),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no draw %1.").arg(id));
    InspectionDraw d = drawFromRow(*q, withPools);
    if (auto s = loadPicks(db, d); !s)
        return s.error();
    return d;
}

qint64 idOfNumber(const Database &db, const QString &number)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM inspection_draw WHERE draw_number = ? AND deleted_at IS NULL"),
                     {number.trimmed()});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

QList<qint64> idsOfYear(const Database &db, int year)
{
    QList<qint64> out;
    auto q = db.exec(QStringLiteral("SELECT id FROM inspection_draw WHERE deleted_at IS NULL "
                                    "AND drawn_on BETWEEN ? AND ? ORDER BY drawn_on DESC, id DESC"),
                     {storedDate(QDate(year, 1, 1)), storedDate(QDate(year, 12, 31))});
    while (q && q->next())
        out << q->value(0).toLongLong();
    return out;
}

QJsonObject auditJson(const InspectionDraw &d)
{
    QJsonArray picks;
    for (const DrawPick &p : d.picks) {
        QStringList logins;
        for (const InspectionInspector &who : p.inspectors)
            logins << who.login;
        picks.append(QStringLiteral("%1: %2").arg(p.entityCode, logins.join(QStringLiteral(", "))));
    }
    return QJsonObject{{QStringLiteral("drawNumber"), d.drawNumber},
                       {QStringLiteral("drawnOn"), storedDate(d.request.drawnOn)},
                       {QStringLiteral("domain"), d.request.domain},
                       {QStringLiteral("poolFilter"), d.request.pool.toText()},
                       {QStringLiteral("section"), d.request.section},
                       {QStringLiteral("purpose"), d.request.purpose},
                       {QStringLiteral("seed"), d.request.seed},
                       {QStringLiteral("drawCount"), d.request.count},
                       {QStringLiteral("perUnit"), d.request.perUnit},
                       {QStringLiteral("entityPoolSize"), int(d.entityPool.size())},
                       {QStringLiteral("inspectorPoolSize"), int(d.inspectorPool.size())},
                       {QStringLiteral("entityPoolHash"), d.entityPoolHash},
                       {QStringLiteral("inspectorPoolHash"), d.inspectorPoolHash},
                       {QStringLiteral("resultHash"), d.resultHash},
                       {QStringLiteral("picks"), picks}};
}

} // namespace casedesk::DrawRows
