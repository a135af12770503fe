// The summary suites' bureau. What it holds around 2026Q3 (2026-07-01 ..
// 2026-09-30), with Q2 = 2026-04-01..06-30 and the year before 2025Q3:
//
// Entities E1..E6 (Producers). E1, E2, E5: an accident last year
// (last_incident_on 2025-05-01) — due for product quality in 2026's plan.
// E3, E4: crowded places and special-equipment users with equipment in use —
// due for special equipment (in 2025 too).
//
// Inspections (finished through InspectionRepository unless said):
//   I1  E1 2026-07-01 product_quality routine   质量监督股  first day
//   I2  E2 2026-09-30 product_quality campaign  质量监督股  last day
//   I3  E1 2026-06-30 product_quality routine   (Q2: day before)
//   I4  E4 2026-10-01 special_equipment routine (day after)
//   I5  E3 2026-08-10 special_equipment routine 特种设备安全监察股, a failed
//       point, order to correct
//   I6  E4 2026-08-11 draft (never finished)
//   I7  E4 2026-08-12 product_quality routine, corrected once (v1 superseded)
//   I8  E5 2026-08-13 product_quality, finished then deleted (SQL tombstone)
//   I9  E2 2026-09-01 product_quality complaint, opens a case (lead 9)
//   I10 E1 2025-08-05 product_quality routine   (year before)
//   I11 E5 2026-04-15 product_quality routine   (Q2)
//
// Sampling batches (section 质量监督股, SamplingRepository):
//   B1 plan E1 2026-07-01 pass (delivered 07-20)
//   B2 plan E2 2026-08-05 fail (delivered 08-20), rectified 09-05, re-check
//      requested 09-06
//   B3 plan E3 2026-09-30 pending
//   B4 plan E4 2026-06-30 pass (Q2)
//   B5 plan E5 2026-10-01 pending (after)
//   B6 recheck of B2 2026-09-10 pass (delivered 09-25)
//   B7 plan E6 2026-09-01 fail (delivered 09-25: objection period open on 09-30)
//   B9 plan E5 2026-08-08 discarded (tombstone)
//   B10 plan E1 2025-08-01 fail (delivered 2025-08-20; year before)
//
// Cases (caseAtStage: complaint, 稽查股, received filed-3, decided filed+17,
// executed filed+25 paying 50,000, closed filed+30; fine 50,000 yuan and an
// order to correct; item = the first item of sampleList()):
//   C1 closed, filed 07-04 (received 07-01, decided 07-21, executed 07-29,
//      closed 08-03); plus a confiscation of 12,345.67 yuan income (SQL)
//   C2 filed 05-20 (received 05-17), source 12365 (SQL): overdue on 09-30
//   C3 filed 06-10 (received 06-07), extended 30 days on 08-01: due 10-10
//   C4 decided, filed 04-10 (received 04-07), decided_on moved to 08-15 (SQL)
//   C5 lead received 09-30, source assigned (SQL)
//   C6 lead received 10-01
//   C7 lead received 06-30
//   C8 filed 07-15, deleted (SQL tombstone)
//   9  the lead I9 opened: source inspection, received 09-01, 质量监督股
//
// Equipment (asOf 2026-09-30):
//   Q1 E3 elevator in use, next 2026-09-29 (overdue)
//   Q2 E3 elevator in use, next 2026-09-30 (not overdue: not before asOf)
//   Q3 E3 boiler in use, next 2026-12-01
//   Q4 E4 elevator stopped, next 2026-01-01
//   Q5 E4 boiler in use, next 2026-05-01 (overdue; overdue on 06-30 too)
//   Q6 E4 elevator in use, next 2026-01-01, removed
#include "summarysample.h"

#include "cases/caserepository.h"
#include "casesupport.h"
#include "inspections/inspectionrepository.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "registersupport.h"
#include "sampling/samplingrepository.h"
#include "samplingsample.h"
#include "summary/summarytrace.h"

#include <functional>

namespace casedesk::test {

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QString kPq = QString::fromLatin1(SupervisionDomain::ProductQuality);
const QString kSe = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

} // namespace

void SummaryBureau::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = db().exec(sql, values);
    INFO(sql.toStdString());
    REQUIRE(q);
}

SummaryBureau::SummaryBureau() : staff(setUpInspectionStaff(temp.db()))
{
    // --- entities ---
    for (int n = 1; n <= 6; ++n) {
        Entity entity = sampleEntity(QStringLiteral("永清县统计测试%1有限公司").arg(n), n);
        if (n == 1 || n == 2 || n == 5)
            entity.lastIncidentOn = d(2025, 5, 1);
        if (n == 3 || n == 4) {
            entity.kinds = EntityKinds{EntityKind::Producer, EntityKind::EquipmentUser};
            entity.crowdedPlace = true;
        }
        auto stored = EntityRegister(db()).add(staff.clerk, entity);
        INFO("E" << n);
        REQUIRE(stored);
        e[n] = *stored;
    }

    // --- inspections ---
    InspectionRepository inspections(db());
    auto inspect = [&](int entity, const QDate &day, const QString &domain,
                       const std::function<void(Inspection &)> &change = {}) {
        Inspection record = sampleInspection(db(), staff, e[entity].id, day, domain);
        if (change)
            change(record);
        const Session &who = domain == kSe ? staff.seA : staff.inspectorA;
        auto created = inspections.create(who, record, day);
        REQUIRE(created);
        auto finished = inspections.finish(who, created->id, day);
        REQUIRE(finished);
        return *finished;
    };
    i[1] = inspect(1, d(2026, 7, 1), kPq);
    i[2] = inspect(2, d(2026, 9, 30), kPq, [](Inspection &r) {
        r.kind = InspectionKind::Campaign;
        r.campaign = QStringLiteral("2026年电线电缆产品质量专项检查");
    });
    i[3] = inspect(1, d(2026, 6, 30), kPq);
    i[4] = inspect(4, d(2026, 10, 1), kSe);
    i[5] = inspect(3, d(2026, 8, 10), kSe, [](Inspection &r) {
        r.checklist[1].result = CheckResult::DoesNotConform;
        r.checklist[1].note = QStringLiteral("未建立出厂检验制度");
        r.outcomes = {InspectionOutcome::OrderToCorrect};
        r.findings = QStringLiteral("3号梯维保记录缺失");
        r.correctBy = QDate(2026, 9, 10);
    });
    {
        auto draft = inspections.create(staff.inspectorA, sampleInspection(db(), staff, e[4].id, d(2026, 8, 11)),
                                        d(2026, 8, 11));
        REQUIRE(draft);
        i[6] = *draft;
    }
    {
        const Inspection first = inspect(4, d(2026, 8, 12), kPq);
        i7FirstVersion = first.id;
        Inspection corrected = first;
        corrected.place = QStringLiteral("永清县工业园区二号厂房");
        auto v2 = inspections.correct(staff.chief, corrected, QStringLiteral("补记检查地点"), d(2026, 8, 14));
        REQUIRE(v2);
        REQUIRE(v2->id != first.id);
        i[7] = *v2;
    }
    i[8] = inspect(5, d(2026, 8, 13), kPq);
    exec(QStringLiteral("UPDATE inspection SET deleted_at = '2026-08-20T08:00:00Z' WHERE id = ?"), {i[8].id});
    i[9] = inspect(2, d(2026, 9, 1), kPq, [](Inspection &r) {
        r.kind = InspectionKind::Complaint;
        r.outcomes = {InspectionOutcome::OpenCase};
        r.findings = QStringLiteral("举报反映销售不合格电线电缆，现场发现库存涉嫌不合格产品");
    });
    REQUIRE(i[9].caseId > 0);
    i[10] = inspect(1, d(2025, 8, 5), kPq);
    i[11] = inspect(5, d(2026, 4, 15), kPq);

    // --- sampling ---
    SamplingRepository sampling(db());
    auto sample = [&](int entity, const QDate &on, const QString &product) {
        auto created = sampling.create(staff.inspectorA, planBatch(staff, e[entity].id, on, product), on);
        REQUIRE(created);
        return *created;
    };
    auto result = [&](const SamplingBatch &batch, SamplingResult r, const QDate &delivered) {
        auto saved = sampling.update(staff.inspectorA, withResult(batch, r, delivered), kSummaryToday);
        REQUIRE(saved);
        return *saved;
    };
    b[1] = result(sample(1, d(2026, 7, 1), QStringLiteral("电线电缆")), SamplingResult::Pass, d(2026, 7, 20));
    b[2] = result(sample(2, d(2026, 8, 5), QStringLiteral("电线电缆")), SamplingResult::Fail, d(2026, 8, 20));
    {
        SamplingBatch rectified = b[2];
        rectified.rectifiedOn = d(2026, 9, 5);
        rectified.recheckRequestedOn = d(2026, 9, 6);
        auto saved = sampling.update(staff.inspectorA, rectified, kSummaryToday);
        REQUIRE(saved);
        b[2] = *saved;
    }
    b[3] = sample(3, d(2026, 9, 30), QStringLiteral("插头插座"));
    b[4] = result(sample(4, d(2026, 6, 30), QStringLiteral("电线电缆")), SamplingResult::Pass, d(2026, 7, 10));
    b[5] = sample(5, d(2026, 10, 1), QStringLiteral("插头插座"));
    {
        SamplingBatch recheck;
        recheck.kind = SamplingKind::Recheck;
        recheck.parentId = b[2].id;
        recheck.sampledOn = d(2026, 9, 10);
        recheck.samplers = {samplerOf(staff.inspectorA), samplerOf(staff.inspectorB)};
        recheck.lab = QStringLiteral("廊坊市产品质量监督检验所");
        recheck.standard = QStringLiteral("GB/T 5023-2008");
        recheck.sampledFrom = QStringLiteral("成品库");
        recheck.sampleQuantity = QStringLiteral("6 卷");
        recheck.section = kQualitySection;
        auto created = sampling.create(staff.inspectorB, recheck, d(2026, 9, 10));
        REQUIRE(created);
        b[6] = result(*created, SamplingResult::Pass, d(2026, 9, 25));
    }
    b[7] = result(sample(6, d(2026, 9, 1), QStringLiteral("电线电缆")), SamplingResult::Fail, d(2026, 9, 25));
    b[9] = sample(5, d(2026, 8, 8), QStringLiteral("电线电缆"));
    REQUIRE(sampling.discard(staff.inspectorA, b[9].id, d(2026, 8, 9)));
    b[10] = result(sample(1, d(2025, 8, 1), QStringLiteral("电线电缆")), SamplingResult::Fail, d(2025, 8, 20));

    // --- cases ---
    c[1] = caseAtStage(db(), staff, CaseStage::Closed, d(2026, 7, 4), 11);
    exec(QStringLiteral("INSERT INTO case_penalty (case_id, position, kind, amount_fen, details) "
                        "VALUES (?, 2, 'confiscate-income', 1234567, '没收违法所得')"),
         {c[1].id});
    c[2] = caseAtStage(db(), staff, CaseStage::Filed, d(2026, 5, 20), 12);
    exec(QStringLiteral("UPDATE enforcement_case SET source = 'hotline-12365' WHERE id = ?"), {c[2].id});
    c[3] = caseAtStage(db(), staff, CaseStage::Filed, d(2026, 6, 10), 13);
    {
        auto extended = CaseRepository(db()).extend(staff.head, c[3].id, d(2026, 8, 1),
                                                    QStringLiteral("案情复杂，需进一步调查"), d(2026, 8, 1));
        REQUIRE(extended);
        c[3] = *extended;
    }
    c[4] = caseAtStage(db(), staff, CaseStage::Decided, d(2026, 4, 10), 14);
    exec(QStringLiteral("UPDATE enforcement_case SET decided_on = '2026-08-15' WHERE id = ?"), {c[4].id});
    c[5] = caseAtStage(db(), staff, CaseStage::Lead, d(2026, 10, 3), 15);
    exec(QStringLiteral("UPDATE enforcement_case SET source = 'assigned' WHERE id = ?"), {c[5].id});
    c[6] = caseAtStage(db(), staff, CaseStage::Lead, d(2026, 10, 4), 16);
    c[7] = caseAtStage(db(), staff, CaseStage::Lead, d(2026, 7, 3), 17);
    c[8] = caseAtStage(db(), staff, CaseStage::Filed, d(2026, 7, 15), 18);
    exec(QStringLiteral("UPDATE enforcement_case SET deleted_at = '2026-08-01T00:00:00Z' WHERE id = ?"), {c[8].id});
    {
        auto lead = CaseRepository(db()).find(i[9].caseId);
        REQUIRE(lead);
        c[9] = *lead;
    }

    // --- equipment ---
    EquipmentRegister equipment(db());
    auto unit = [&](int entity, EquipmentCategory category, const QString &number, const QDate &next) {
        Equipment q;
        q.entityId = e[entity].id;
        q.category = category;
        q.registrationNumber = number;
        q.description = QStringLiteral("测试设备 %1").arg(number);
        q.location = QStringLiteral("永清县永安路");
        q.nextInspectionOn = next;
        auto added = equipment.add(staff.admin, q);
        INFO(number.toStdString());
        REQUIRE(added);
        return *added;
    };
    q[1] = unit(3, EquipmentCategory::Elevator, QStringLiteral("31101310232026000001"), d(2026, 9, 29));
    q[2] = unit(3, EquipmentCategory::Elevator, QStringLiteral("31101310232026000002"), d(2026, 9, 30));
    q[3] = unit(3, EquipmentCategory::Boiler, QStringLiteral("11101310232026000003"), d(2026, 12, 1));
    q[4] = unit(4, EquipmentCategory::Elevator, QStringLiteral("31101310232026000004"), d(2026, 1, 1));
    {
        Equipment stopped = q[4];
        stopped.status = EquipmentStatus::Stopped;
        auto updated = equipment.update(staff.admin, stopped);
        REQUIRE(updated);
        q[4] = *updated;
    }
    q[5] = unit(4, EquipmentCategory::Boiler, QStringLiteral("11101310232026000005"), d(2026, 5, 1));
    q[6] = unit(4, EquipmentCategory::Elevator, QStringLiteral("31101310232026000006"), d(2026, 1, 1));
    REQUIRE(equipment.remove(staff.admin, q[6].id));
}

QuarterSummary SummaryBureau::compute(const ReportPeriod &period, const QString &section, const QDate &today)
{
    SummaryRequest request;
    request.period = period;
    request.section = section;
    request.today = today;
    auto s = SummaryCalculator::compute(db(), staff.admin, request);
    INFO("compute " << period.code().toStdString() << (s ? std::string() : ": " + s.error().message.toStdString()));
    REQUIRE(s);
    return *s;
}

// --- reading a summary --------------------------------------------------

const SummaryTable &tableOf(const QuarterSummary &s, const QString &key)
{
    const SummaryTable *t = s.table(key);
    INFO("table " << key.toStdString());
    REQUIRE(t != nullptr);
    REQUIRE(t->key == key);
    REQUIRE(t->headers.size() == t->columns.size());
    for (const auto &row : t->rows)
        REQUIRE(row.size() == t->headers.size());
    return *t;
}

QList<QList<SummaryCell>> dataRows(const SummaryTable &t)
{
    QList<QList<SummaryCell>> rows = t.rows;
    if (t.totalRow && !rows.isEmpty())
        rows.removeLast();
    return rows;
}

QStringList labels(const SummaryTable &t)
{
    QStringList out;
    for (const auto &row : dataRows(t))
        out << row.value(0).value.toString();
    return out;
}

bool hasRow(const SummaryTable &t, const QString &label)
{
    return labels(t).contains(label);
}

const QList<SummaryCell> &rowLabelled(const SummaryTable &t, const QString &label)
{
    const QStringList all = labels(t);
    INFO("table " << t.key.toStdString() << ": a row " << label.toStdString() << " among "
                  << all.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(all.count(label) == 1);
    return t.rows.at(all.indexOf(label));
}

const QList<SummaryCell> &totalRow(const SummaryTable &t)
{
    INFO("table " << t.key.toStdString());
    REQUIRE(t.totalRow);
    REQUIRE_FALSE(t.rows.isEmpty());
    return t.rows.last();
}

qint64 countOf(const SummaryCell &cell)
{
    INFO("cell " << cell.value.toString().toStdString() << " of type " << cell.value.typeName());
    REQUIRE(cell.value.isValid());
    const int type = cell.value.typeId();
    REQUIRE((type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong ||
             type == QMetaType::UInt));
    return cell.value.toLongLong();
}

double numberOf(const SummaryCell &cell)
{
    INFO("cell " << cell.value.toString().toStdString() << " of type " << cell.value.typeName());
    REQUIRE(cell.value.isValid());
    bool ok = false;
    const double v = cell.value.toDouble(&ok);
    REQUIRE(ok);
    REQUIRE(cell.value.typeId() != QMetaType::QString);
    return v;
}

bool notApplicable(const SummaryCell &cell)
{
    return !cell.value.isValid();
}

QStringList overviewKeys()
{
    return {QStringLiteral("inspections"),        QStringLiteral("entities_inspected"),
            QStringLiteral("entities_due"),       QStringLiteral("coverage"),
            QStringLiteral("sampling_batches"),   QStringLiteral("pass_rate"),
            QStringLiteral("failed_enterprises"), QStringLiteral("cases_received"),
            QStringLiteral("cases_filed"),        QStringLiteral("cases_decided"),
            QStringLiteral("cases_closed"),       QStringLiteral("cases_overdue"),
            QStringLiteral("fines_imposed"),      QStringLiteral("income_confiscated"),
            QStringLiteral("goods_confiscated"),  QStringLiteral("licences_revoked"),
            QStringLiteral("fines_collected"),    QStringLiteral("equipment_overdue"),
            QStringLiteral("duties_performed"),   QStringLiteral("duty_items"),
            QStringLiteral("duty_rate")};
}

const QList<SummaryCell> &overviewRow(const QuarterSummary &s, const QString &key)
{
    const SummaryTable &t = tableOf(s, QStringLiteral("overview"));
    REQUIRE(t.headers.size() == 6);
    REQUIRE(t.rows.size() == overviewKeys().size());
    const qsizetype index = overviewKeys().indexOf(key);
    REQUIRE(index >= 0);
    return t.rows.at(index);
}

QSet<qint64> tracedIds(Database &db, const SummaryCell &cell)
{
    REQUIRE_FALSE(cell.trace.isEmpty());
    auto records = SummaryTraces::records(db, cell.trace);
    REQUIRE(records);
    QSet<qint64> ids;
    for (const TracedRecord &r : *records) {
        CHECK(r.kind == cell.trace.kind);
        ids.insert(r.id);
    }
    CHECK(ids.size() == records->size()); // each record once
    return ids;
}

int tracedCount(Database &db, const SummaryCell &cell)
{
    REQUIRE_FALSE(cell.trace.isEmpty());
    auto n = SummaryTraces::count(db, cell.trace);
    REQUIRE(n);
    return *n;
}

void checkTracesMatchFigures(Database &db, const QuarterSummary &s)
{
    int traced = 0;
    for (const SummaryTable &t : s.tables) {
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            for (qsizetype c = 0; c < t.rows.at(r).size(); ++c) {
                const SummaryCell &cell = t.rows.at(r).at(c);
                if (cell.trace.isEmpty())
                    continue;
                INFO("table " << t.key.toStdString() << " row " << r << " ("
                              << t.rows.at(r).value(0).value.toString().toStdString() << ") column " << c << " ("
                              << t.headers.value(c).toStdString() << ")");
                const auto n = SummaryTraces::count(db, cell.trace);
                REQUIRE(n);
                if (t.formatOf(int(r), int(c)) == SummaryColumn::Count) {
                    CHECK(*n == cell.value.toLongLong());
                    const auto records = SummaryTraces::records(db, cell.trace);
                    REQUIRE(records);
                    CHECK(records->size() == *n);
                    ++traced;
                }
            }
        }
    }
    CHECK(traced > 0);
}

} // namespace casedesk::test
