// SummaryCalculator on the hand-built bureau of summarysample.cpp: every
// figure of every table of 2026Q3 against the value worked out by hand from
// the rules (/work/tr/summary-rules.md), the records each trace lists, the
// previous-quarter and year-before columns of the overview, and the section
// filter. The expected numbers are derived in the comments from the data
// table at the top of summarysample.cpp, never from the code under test.
#include "cases/casestage.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionkinds.h"
#include "register/equipment.h"
#include "sampling/samplingrules.h"
#include "summarysample.h"
#include "summary/summarytrace.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const ReportPeriod kQ3 = ReportPeriod::ofQuarter(2026, 3);

QString domainName(const char *code)
{
    return SupervisionDomain::displayName(QString::fromLatin1(code));
}

QSet<qint64> ids(std::initializer_list<qint64> list)
{
    return QSet<qint64>(list.begin(), list.end());
}

// Counts of a row from column `first` on.
QList<qint64> counts(const QList<SummaryCell> &row, int first, int n)
{
    QList<qint64> out;
    for (int c = first; c < first + n; ++c)
        out << countOf(row.at(c));
    return out;
}

} // namespace

TEST_CASE("summary: the period, the compared periods and the day states are counted on", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    CHECK(s.period == kQ3);
    CHECK(s.previous == ReportPeriod::ofQuarter(2026, 2));
    CHECK(s.yearBefore == ReportPeriod::ofQuarter(2025, 3));
    CHECK(s.asOf == QDate(2026, 9, 30)); // min(today 2026-10-15, the period's end)
    CHECK(s.section.isEmpty());
    CHECK(s.bureau == QStringLiteral("永清县质量技术监督局"));
    CHECK(s.edition == QStringLiteral("2026版")); // sampleList(), imported by the first case

    // Today inside the period: states are counted on today.
    const QuarterSummary early = bureau.compute(kQ3, {}, QDate(2026, 8, 31));
    CHECK(early.asOf == QDate(2026, 8, 31));

    for (const QString &key :
         {QStringLiteral("overview"), QStringLiteral("inspections_by_domain"), QStringLiteral("inspections_by_section"),
          QStringLiteral("coverage"), QStringLiteral("sampling"), QStringLiteral("sampling_failures"),
          QStringLiteral("cases_by_source"), QStringLiteral("penalties"), QStringLiteral("equipment_overdue"),
          QStringLiteral("duties"), QStringLiteral("duties_idle")}) {
        INFO(key.toStdString());
        CHECK(s.table(key) != nullptr);
    }
    CHECK(s.table(QStringLiteral("no_such_table")) == nullptr);
}

TEST_CASE("summary: an invalid period and a person without the permission are refused", "[summary][figures]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    SummaryRequest request;
    request.period = ReportPeriod{QDate(2026, 9, 30), QDate(2026, 7, 1), 0, 0};
    const auto refused = SummaryCalculator::compute(t.db(), admin, request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);

    request.period = kQ3;
    request.today = QDate(2026, 10, 15);
    CHECK(SummaryCalculator::compute(t.db(), admin, request));
    // An empty bureau: every count is 0 and the rates are not applicable.
    const auto empty = SummaryCalculator::compute(t.db(), admin, request);
    REQUIRE(empty);
    CHECK(countOf(overviewRow(*empty, QStringLiteral("inspections")).at(1)) == 0);
    CHECK(notApplicable(overviewRow(*empty, QStringLiteral("pass_rate")).at(1)));
    CHECK(notApplicable(overviewRow(*empty, QStringLiteral("coverage")).at(1)));

    // Cancelling through the progress callback is a refusal.
    request.progress = [](int, int) { return false; };
    CHECK_FALSE(SummaryCalculator::compute(t.db(), admin, request));
}

TEST_CASE("summary: inspections by domain and kind count finished current versions in the period only",
          "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("inspections_by_domain"));
    REQUIRE(t.headers.size() == 8);
    // Only the two domains with counted inspections, in SupervisionDomain::codes() order.
    QStringList expectedOrder;
    for (const QString &code : SupervisionDomain::codes())
        if (code == QLatin1String(SupervisionDomain::ProductQuality) ||
            code == QLatin1String(SupervisionDomain::SpecialEquipment))
            expectedOrder << SupervisionDomain::displayName(code);
    CHECK(labels(t) == expectedOrder);

    // Product quality: I1 routine (07-01), I2 campaign (09-30), I7 routine
    // (current version only), I9 complaint. Not I3 (06-30), I6 (draft),
    // I7 v1 (superseded), I8 (deleted), I10/I11 (other quarters).
    // Units E1, E2, E4.
    const auto &pq = rowLabelled(t, domainName(SupervisionDomain::ProductQuality));
    CHECK(counts(pq, 1, 7) == QList<qint64>{2, 1, 0, 1, 0, 4, 3});
    // Special equipment: I5 routine (E3); not I4 (10-01).
    const auto &se = rowLabelled(t, domainName(SupervisionDomain::SpecialEquipment));
    CHECK(counts(se, 1, 7) == QList<qint64>{1, 0, 0, 0, 0, 1, 1});
    CHECK(counts(totalRow(t), 1, 7) == QList<qint64>{3, 1, 0, 1, 0, 5, 4});

    // The traces list exactly those records.
    CHECK(tracedIds(bureau.db(), totalRow(t).at(6)) ==
          ids({bureau.i[1].id, bureau.i[2].id, bureau.i[5].id, bureau.i[7].id, bureau.i[9].id}));
    CHECK(tracedIds(bureau.db(), pq.at(1)) == ids({bureau.i[1].id, bureau.i[7].id}));
    CHECK(tracedIds(bureau.db(), pq.at(4)) == ids({bureau.i[9].id}));
    CHECK(tracedIds(bureau.db(), pq.at(7)) == ids({bureau.e[1].id, bureau.e[2].id, bureau.e[4].id}));
    CHECK(tracedIds(bureau.db(), totalRow(t).at(7)) ==
          ids({bureau.e[1].id, bureau.e[2].id, bureau.e[3].id, bureau.e[4].id}));

    // Records come newest first with their record numbers.
    auto records = SummaryTraces::records(bureau.db(), totalRow(t).at(6).trace);
    REQUIRE(records);
    REQUIRE(records->size() == 5);
    CHECK(records->first().id == bureau.i[2].id); // 09-30
    CHECK(records->first().number == bureau.i[2].recordNumber);
    CHECK(records->first().date == QDate(2026, 9, 30));
    CHECK(records->last().id == bureau.i[1].id); // 07-01
    CHECK(records->last().date == QDate(2026, 7, 1));
    CHECK(records->last().name == bureau.e[1].name);
    auto limited = SummaryTraces::records(bureau.db(), totalRow(t).at(6).trace, 2);
    REQUIRE(limited);
    CHECK(limited->size() == 2);
}

TEST_CASE("summary: inspections by section count units, problems, orders and cases opened", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("inspections_by_section"));
    REQUIRE(t.headers.size() == 6);
    CHECK(labels(t) == QStringList{kEquipmentSection, kQualitySection}); // sorted by name
    // 特种设备安全监察股: I5 (E3), a failed point, an order to correct.
    CHECK(counts(rowLabelled(t, kEquipmentSection), 1, 5) == QList<qint64>{1, 1, 1, 1, 0});
    // 质量监督股: I1, I2, I7, I9 (E1, E2, E4); I9 opened a case.
    CHECK(counts(rowLabelled(t, kQualitySection), 1, 5) == QList<qint64>{4, 3, 0, 0, 1});
    CHECK(counts(totalRow(t), 1, 5) == QList<qint64>{5, 4, 1, 1, 1});
    CHECK(tracedIds(bureau.db(), rowLabelled(t, kEquipmentSection).at(3)) == ids({bureau.i[5].id}));
    CHECK(tracedIds(bureau.db(), rowLabelled(t, kEquipmentSection).at(4)) == ids({bureau.i[5].id}));
    CHECK(tracedIds(bureau.db(), rowLabelled(t, kQualitySection).at(5)) == ids({bureau.i[9].id}));
}

TEST_CASE("summary: coverage of the year's plan per domain, in the period and in the year so far",
          "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("coverage"));
    REQUIRE(t.headers.size() == 5);
    // Product quality: E1, E2, E5 due (accident last year). In Q3: E1 (I1),
    // E2 (I2, I9). In 2026-01-01..09-30 also E5 (I11, 04-15): 3 of 3.
    const auto &pq = rowLabelled(t, domainName(SupervisionDomain::ProductQuality));
    CHECK(counts(pq, 1, 3) == QList<qint64>{3, 2, 3});
    CHECK(numberOf(pq.at(4)) == Approx(100.0));
    // Special equipment: E3, E4 due (crowded places with equipment in use).
    // E3 inspected 08-10 (I5); E4's I4 is 10-01, after the period's end.
    const auto &se = rowLabelled(t, domainName(SupervisionDomain::SpecialEquipment));
    CHECK(counts(se, 1, 3) == QList<qint64>{2, 1, 1});
    CHECK(numberOf(se.at(4)) == Approx(50.0));
    CHECK(counts(totalRow(t), 1, 3) == QList<qint64>{5, 3, 4});
    CHECK(numberOf(totalRow(t).at(4)) == Approx(80.0));
    CHECK(labels(t).size() == 2); // no other domain has plan rows
}

TEST_CASE("summary: sampling by kind with the pass rate, and the failed plan batches", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("sampling"));
    REQUIRE(t.headers.size() == 6);
    const QString plan = samplingKinds().name(SamplingKind::Plan);
    const QString recheck = samplingKinds().name(SamplingKind::Recheck);
    CHECK(labels(t) == QStringList{plan, recheck}); // no objection batches
    // Plan: B1 pass (07-01), B2 fail, B3 pending (09-30), B7 fail; not B4
    // (06-30), B5 (10-01), B9 (discarded), B10 (2025). Rate 1/(1+2) = 33.3.
    const auto &p = rowLabelled(t, plan);
    CHECK(counts(p, 1, 4) == QList<qint64>{4, 1, 2, 1});
    CHECK(numberOf(p.at(5)) == Approx(33.3));
    // Re-check: B6 pass.
    const auto &r = rowLabelled(t, recheck);
    CHECK(counts(r, 1, 4) == QList<qint64>{1, 1, 0, 0});
    CHECK(numberOf(r.at(5)) == Approx(100.0));
    CHECK(counts(totalRow(t), 1, 4) == QList<qint64>{5, 2, 2, 1});
    CHECK(numberOf(totalRow(t).at(5)) == Approx(50.0)); // 2 / 4
    CHECK(tracedIds(bureau.db(), totalRow(t).at(1)) ==
          ids({bureau.b[1].id, bureau.b[2].id, bureau.b[3].id, bureau.b[6].id, bureau.b[7].id}));
    CHECK(tracedIds(bureau.db(), p.at(3)) == ids({bureau.b[2].id, bureau.b[7].id}));
    {
        auto records = SummaryTraces::records(bureau.db(), p.at(3).trace);
        REQUIRE(records);
        REQUIRE(records->size() == 2);
        // Newest first: B7 (09-01), then B2 (08-05).
        CHECK(records->at(0).number == bureau.b[7].batchNumber);
        CHECK(records->at(0).date == QDate(2026, 9, 1));
        CHECK(records->at(0).name == bureau.e[6].name);
        CHECK(records->at(1).number == bureau.b[2].batchNumber);
    }
    CHECK(tracedIds(bureau.db(), p.at(4)) == ids({bureau.b[3].id}));

    // The failures by sampling day: B2 (08-05), then B7 (09-01). B2's
    // re-check passed: done. B7's report reached E6 on 09-25, so on 09-30 the
    // objection period (15 days) still runs.
    const SummaryTable &f = tableOf(s, QStringLiteral("sampling_failures"));
    REQUIRE(f.headers.size() == 7);
    CHECK_FALSE(f.totalRow);
    REQUIRE(f.rows.size() == 2);
    const auto text = [&](int row, int column) { return f.rows.at(row).at(column).value.toString(); };
    CHECK(text(0, 0) == bureau.b[2].batchNumber);
    CHECK(text(0, 1) == bureau.e[2].name);
    CHECK(text(0, 2) == bureau.e[2].code);
    CHECK(text(0, 3) == QStringLiteral("电线电缆"));
    CHECK(f.rows.at(0).at(4).value.toDate() == QDate(2026, 8, 5));
    CHECK(text(0, 5) == QStringLiteral("导体电阻、绝缘厚度"));
    CHECK(text(0, 6).startsWith(SamplingRules::nextStepName(SamplingNextStep::Done)));
    CHECK(text(1, 0) == bureau.b[7].batchNumber);
    CHECK(text(1, 1) == bureau.e[6].name);
    CHECK(f.rows.at(1).at(4).value.toDate() == QDate(2026, 9, 1));
    // The step's name, which the summary may follow with its deadline.
    CHECK(text(1, 6).startsWith(SamplingRules::nextStepName(SamplingNextStep::ObjectionWindow)));
    CHECK_FALSE(text(1, 6).startsWith(SamplingRules::nextStepName(SamplingNextStep::Rectify)));
}

TEST_CASE("summary: cases received, filed, decided, closed and overdue by source", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("cases_by_source"));
    REQUIRE(t.headers.size() == 6);
    const QString inspection = caseSources().name(CaseSource::Inspection);
    const QString complaint = caseSources().name(CaseSource::Complaint);
    const QString hotline = caseSources().name(CaseSource::Hotline12365);
    const QString assigned = caseSources().name(CaseSource::Assigned);
    // caseSources() order; sampling and transfers have nothing.
    CHECK(labels(t) == QStringList{inspection, complaint, hotline, assigned});
    // Inspection: the lead I9 opened, received 09-01.
    CHECK(counts(rowLabelled(t, inspection), 1, 5) == QList<qint64>{1, 0, 0, 0, 0});
    // Complaint: C1 received 07-01, filed 07-04, decided 07-21, closed 08-03;
    // C4 decided 08-15. Not C6 (received 10-01), C7 (06-30), C3 (Q2), C8 (deleted).
    CHECK(counts(rowLabelled(t, complaint), 1, 5) == QList<qint64>{1, 1, 2, 1, 0});
    // 12365: C2 filed 05-20, undecided, due 08-20: overdue on 09-30.
    CHECK(counts(rowLabelled(t, hotline), 1, 5) == QList<qint64>{0, 0, 0, 0, 1});
    // Assigned: C5 received on the last day.
    CHECK(counts(rowLabelled(t, assigned), 1, 5) == QList<qint64>{1, 0, 0, 0, 0});
    CHECK(counts(totalRow(t), 1, 5) == QList<qint64>{3, 1, 2, 1, 1});

    CHECK(tracedIds(bureau.db(), totalRow(t).at(1)) == ids({bureau.c[1].id, bureau.c[5].id, bureau.c[9].id}));
    CHECK(tracedIds(bureau.db(), totalRow(t).at(3)) == ids({bureau.c[1].id, bureau.c[4].id}));
    // Overdue: C2 only — C3's extension moves its due date to 10-10, C4 was
    // decided (late, but before 09-30), C1 was decided in time.
    CHECK(tracedIds(bureau.db(), totalRow(t).at(5)) == ids({bureau.c[2].id}));
}

TEST_CASE("summary: overdue decisions are counted as of the period's end", "[summary][figures]")
{
    SummaryBureau bureau;
    // On 2026-09-05 (today inside the period): C2 (due 08-20) is overdue; C3
    // (due 10-10 with its extension) is not; C4 (due 07-10) was decided on 08-15.
    QuarterSummary s = bureau.compute(kQ3, {}, QDate(2026, 9, 5));
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == 1);
    CHECK(tracedIds(bureau.db(), overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == ids({bureau.c[2].id}));
    // On 2026-08-10: C4 (due 07-10) is still undecided: overdue; C2 (due
    // 08-20) is not yet.
    s = bureau.compute(kQ3, {}, QDate(2026, 8, 10));
    CHECK(s.asOf == QDate(2026, 8, 10));
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == 1);
    CHECK(tracedIds(bureau.db(), overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == ids({bureau.c[4].id}));
    // Without the extension C3 (due 09-10) is overdue on 09-30 as well.
    bureau.exec(QStringLiteral("UPDATE enforcement_case SET extension_on = '', extension_days = 0 WHERE id = ?"),
                {bureau.c[3].id});
    s = bureau.compute(kQ3);
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == 2);
}

TEST_CASE("summary: penalties decided in the period by kind with the amounts in yuan", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("penalties"));
    REQUIRE(t.headers.size() == 4);
    CHECK(t.columns.at(3) == SummaryColumn::Yuan);
    // Decided in Q3: C1 (fine 50,000, order to correct, income 12,345.67)
    // and C4 (fine 50,000, order to correct).
    const QString order = penaltyKinds().name(PenaltyKind::OrderToCorrect);
    const QString fine = penaltyKinds().name(PenaltyKind::Fine);
    const QString income = penaltyKinds().name(PenaltyKind::ConfiscateIncome);
    CHECK(labels(t) == QStringList{order, fine, income}); // PenaltyKind order
    CHECK(counts(rowLabelled(t, order), 1, 2) == QList<qint64>{2, 2});
    CHECK(numberOf(rowLabelled(t, order).at(3)) == Approx(0.0));
    CHECK(counts(rowLabelled(t, fine), 1, 2) == QList<qint64>{2, 2});
    CHECK(numberOf(rowLabelled(t, fine).at(3)) == Approx(100000.00));
    CHECK(counts(rowLabelled(t, income), 1, 2) == QList<qint64>{1, 1});
    CHECK(numberOf(rowLabelled(t, income).at(3)) == Approx(12345.67));
    CHECK(counts(totalRow(t), 1, 2) == QList<qint64>{2, 5}); // distinct cases, penalties
    CHECK(numberOf(totalRow(t).at(3)) == Approx(112345.67));

    CHECK(numberOf(overviewRow(s, QStringLiteral("fines_imposed")).at(1)) == Approx(100000.00));
    CHECK(numberOf(overviewRow(s, QStringLiteral("income_confiscated")).at(1)) == Approx(12345.67));
    CHECK(countOf(overviewRow(s, QStringLiteral("goods_confiscated")).at(1)) == 0);
    CHECK(countOf(overviewRow(s, QStringLiteral("licences_revoked")).at(1)) == 0);
    // Paid: C1, executed 07-29, 50,000 yuan.
    CHECK(numberOf(overviewRow(s, QStringLiteral("fines_collected")).at(1)) == Approx(50000.00));
}

TEST_CASE("summary: special equipment in use past its inspection date, by category", "[summary][figures]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    const SummaryTable &t = tableOf(s, QStringLiteral("equipment_overdue"));
    REQUIRE(t.headers.size() == 4);
    const QString boiler = equipmentCategoryName(EquipmentCategory::Boiler);
    const QString elevator = equipmentCategoryName(EquipmentCategory::Elevator);
    CHECK(labels(t) == QStringList{boiler, elevator});
    // Boilers in use: Q3 (due 12-01), Q5 (due 05-01: overdue).
    CHECK(counts(rowLabelled(t, boiler), 1, 2) == QList<qint64>{2, 1});
    CHECK(numberOf(rowLabelled(t, boiler).at(3)) == Approx(50.0));
    // Elevators in use: Q1 (09-29: overdue), Q2 (09-30: not before asOf);
    // not Q4 (stopped) nor Q6 (removed).
    CHECK(counts(rowLabelled(t, elevator), 1, 2) == QList<qint64>{2, 1});
    CHECK(counts(totalRow(t), 1, 2) == QList<qint64>{4, 2});
    CHECK(numberOf(totalRow(t).at(3)) == Approx(50.0));
    CHECK(tracedIds(bureau.db(), totalRow(t).at(2)) == ids({bureau.q[1].id, bureau.q[5].id}));
    {
        auto records = SummaryTraces::records(bureau.db(), totalRow(t).at(2).trace);
        REQUIRE(records);
        QStringList numbers;
        for (const TracedRecord &r : *records)
            numbers << r.number;
        numbers.sort();
        CHECK(numbers == QStringList{bureau.q[5].registrationNumber, bureau.q[1].registrationNumber});
    }
    CHECK(tracedIds(bureau.db(), totalRow(t).at(1)) ==
          ids({bureau.q[1].id, bureau.q[2].id, bureau.q[3].id, bureau.q[5].id}));

    // Equipment is bureau-wide: the section filter leaves it alone.
    const QuarterSummary filtered = bureau.compute(kQ3, kQualitySection);
    CHECK(counts(totalRow(tableOf(filtered, QStringLiteral("equipment_overdue"))), 1, 2) == QList<qint64>{4, 2});
}

TEST_CASE("summary: the overview compares with the previous quarter and the same quarter a year before",
          "[summary][figures][overview]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3);
    struct Expect {
        const char *key;
        double now, previous, yearBefore;
    };
    // Q2 2026 (asOf 06-30): I3, I11; B4; received C2, C3, C4, C7; filed C2,
    // C3, C4; equipment Q5 overdue; coverage 1-1..6-30: E1 (I3), E5 (I11)
    // of 5 due. 2025Q3 (asOf 2025-09-30): I10 (E1); B10 failed (E1); in
    // 2025 only E3, E4 are due and neither was inspected.
    // Duties (sampleList, 4 items): the first item carries the cases; in
    // Q3 C1, C4, C5 (performed); in Q2 C2, C3, C4, C7; none a year before.
    const Expect rows[] = {
        {"inspections", 5, 2, 1},
        {"entities_inspected", 4, 2, 1},
        {"entities_due", 5, 5, 2},
        {"coverage", 80.0, 40.0, 0.0},
        {"sampling_batches", 5, 1, 1},
        {"pass_rate", 33.3, 100.0, 0.0},
        {"failed_enterprises", 2, 0, 1},
        {"cases_received", 3, 4, 0},
        {"cases_filed", 1, 3, 0},
        {"cases_decided", 2, 0, 0},
        {"cases_closed", 1, 0, 0},
        {"cases_overdue", 1, 0, 0},
        {"fines_imposed", 100000.0, 0, 0},
        {"income_confiscated", 12345.67, 0, 0},
        {"goods_confiscated", 0, 0, 0},
        {"licences_revoked", 0, 0, 0},
        {"fines_collected", 50000.0, 0, 0},
        {"equipment_overdue", 2, 1, 0},
        {"duties_performed", 1, 1, 0},
        {"duty_items", 4, 4, 4},
        {"duty_rate", 25.0, 25.0, 0.0},
    };
    const SummaryTable &t = tableOf(s, QStringLiteral("overview"));
    REQUIRE(t.headers.size() == 6);
    CHECK(t.columns.at(0) == SummaryColumn::Label);
    CHECK(t.columns.at(3) == SummaryColumn::Change);
    CHECK(t.columns.at(5) == SummaryColumn::Change);
    for (const Expect &e : rows) {
        INFO(e.key);
        const auto &row = overviewRow(s, QString::fromLatin1(e.key));
        CHECK(numberOf(row.at(1)) == Approx(e.now));
        CHECK(numberOf(row.at(2)) == Approx(e.previous));
        CHECK(numberOf(row.at(3)) == Approx(e.now - e.previous).margin(0.051));
        CHECK(numberOf(row.at(4)) == Approx(e.yearBefore));
        CHECK(numberOf(row.at(5)) == Approx(e.now - e.yearBefore).margin(0.051));
    }
    // Whole numbers stay whole numbers in every column.
    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(3)) == 3);
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_received")).at(3)) == -1);
    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(5)) == 4);
    // The year-before and previous figures carry their own traces.
    CHECK(tracedIds(bureau.db(), overviewRow(s, QStringLiteral("inspections")).at(2)) ==
          ids({bureau.i[3].id, bureau.i[11].id}));
    CHECK(tracedIds(bureau.db(), overviewRow(s, QStringLiteral("inspections")).at(4)) == ids({bureau.i[10].id}));
    CHECK(tracedIds(bureau.db(), overviewRow(s, QStringLiteral("failed_enterprises")).at(1)) ==
          ids({bureau.e[2].id, bureau.e[6].id}));
}

TEST_CASE("summary: a rate over nothing is not applicable, and so is its change", "[summary][figures][overview]")
{
    SummaryBureau bureau;
    // 2026Q4 up to 10-15: I4 only; B5 pending — no plan batch has a result.
    const QuarterSummary s = bureau.compute(ReportPeriod::ofQuarter(2026, 4));
    CHECK(s.asOf == kSummaryToday);
    const auto &rate = overviewRow(s, QStringLiteral("pass_rate"));
    CHECK(notApplicable(rate.at(1)));
    CHECK(numberOf(rate.at(2)) == Approx(33.3)); // Q3
    CHECK(notApplicable(rate.at(3)));
    const SummaryTable &sampling = tableOf(s, QStringLiteral("sampling"));
    CHECK(counts(totalRow(sampling), 1, 4) == QList<qint64>{1, 0, 0, 1});
    CHECK(notApplicable(totalRow(sampling).at(5)));
    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(1)) == 1);
}

TEST_CASE("summary: a section's summary counts that section's records", "[summary][figures][section]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(kQ3, kQualitySection);
    CHECK(s.section == kQualitySection);
    // Inspections of 质量监督股: I1, I2, I7, I9 (E1, E2, E4); not I5.
    const SummaryTable &domains = tableOf(s, QStringLiteral("inspections_by_domain"));
    CHECK(labels(domains) == QStringList{domainName(SupervisionDomain::ProductQuality)});
    CHECK(counts(totalRow(domains), 1, 7) == QList<qint64>{2, 1, 0, 1, 0, 4, 3});
    const SummaryTable &sections = tableOf(s, QStringLiteral("inspections_by_section"));
    CHECK(labels(sections) == QStringList{kQualitySection});
    // Every batch is 质量监督股's.
    CHECK(counts(totalRow(tableOf(s, QStringLiteral("sampling"))), 1, 4) == QList<qint64>{5, 2, 2, 1});
    // Cases of 质量监督股: only the lead I9 opened; the others are 稽查股's.
    const SummaryTable &cases = tableOf(s, QStringLiteral("cases_by_source"));
    CHECK(labels(cases) == QStringList{caseSources().name(CaseSource::Inspection)});
    CHECK(counts(totalRow(cases), 1, 5) == QList<qint64>{1, 0, 0, 0, 0});
    CHECK(dataRows(tableOf(s, QStringLiteral("penalties"))).isEmpty());
    // Coverage: the same plan rows; inspections of the section only. In Q3
    // E1, E2; in the year also E5 (I11 is 质量监督股's); E3's I5 is not.
    const SummaryTable &coverage = tableOf(s, QStringLiteral("coverage"));
    CHECK(counts(totalRow(coverage), 1, 3) == QList<qint64>{5, 2, 3});
    CHECK(numberOf(totalRow(coverage).at(4)) == Approx(60.0));
    // No item of sampleList() names 质量监督股.
    CHECK(dataRows(tableOf(s, QStringLiteral("duties"))).isEmpty());
    CHECK(countOf(overviewRow(s, QStringLiteral("duty_items")).at(1)) == 0);
    CHECK(notApplicable(overviewRow(s, QStringLiteral("duty_rate")).at(1)));

    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(1)) == 4);
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_received")).at(1)) == 1);
    CHECK(countOf(overviewRow(s, QStringLiteral("cases_overdue")).at(1)) == 0);
    CHECK(numberOf(overviewRow(s, QStringLiteral("fines_imposed")).at(1)) == Approx(0.0));
    CHECK(countOf(overviewRow(s, QStringLiteral("equipment_overdue")).at(1)) == 2);

    // The sections a summary can be restricted to.
    const QStringList sectionList = SummaryCalculator::sections(bureau.db());
    for (const QString &section : {kQualitySection, kEquipmentSection, kEnforcementSection})
        CHECK(sectionList.contains(section));
    QStringList sorted = sectionList;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sectionList.size() == sorted.size());
    CHECK_FALSE(sectionList.contains(QString()));
}

TEST_CASE("summary: every traced figure counts exactly its trace's records", "[summary][figures][trace]")
{
    SummaryBureau bureau;
    checkTracesMatchFigures(bureau.db(), bureau.compute(kQ3));
    checkTracesMatchFigures(bureau.db(), bureau.compute(kQ3, kQualitySection));
    checkTracesMatchFigures(bureau.db(), bureau.compute(ReportPeriod::ofQuarter(2026, 2)));
    const auto range = ReportPeriod::range(QDate(2026, 7, 1), QDate(2026, 8, 15));
    REQUIRE(range);
    const QuarterSummary s = bureau.compute(*range);
    checkTracesMatchFigures(bureau.db(), s);
    // 07-01..08-15: I1, I5, I7 (I2, I9 are later).
    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(1)) == 3);
    CHECK(s.previous.to == QDate(2026, 6, 30));
    CHECK(s.previous.from == QDate(2026, 5, 16));
    // 05-16..06-30: I3 only.
    CHECK(countOf(overviewRow(s, QStringLiteral("inspections")).at(2)) == 1);
    CHECK(s.asOf == QDate(2026, 8, 15));
}
