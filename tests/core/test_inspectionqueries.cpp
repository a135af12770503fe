// InspectionQueries over records stored through the real repository: every
// filter, every sort, "mine" and the section's, current versions only,
// paging, what a section chief prints in one go, the follow-up deadlines
// for the start page, and the filter bar's sections and years.
#include "inspections/inspectionqueries.h"
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "registersupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kToday(2026, 3, 20);
const QString kQuality = QStringLiteral("质量监督股");
const QString kEquipment = QStringLiteral("特种设备安全监察股");
const QString kMetrology = QStringLiteral("标准计量股");

// Ten records of three units (see the table in the first test case).
struct Fixture {
    TempDatabase t;
    InspectionStaff staff = setUpInspectionStaff(t.db());
    Entity cables = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    Entity hospital = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县人民医院"), 2);
    Entity meters = storeEntity(t.db(), staff.clerk, QStringLiteral("廊坊市计量器具有限公司"), 3);
    QHash<QString, Inspection> r; // by the names used below: R1 … R10

    Database &db() { return t.db(); }

    Inspection record(const Entity &e, const QDate &day, const char *domain = SupervisionDomain::ProductQuality)
    {
        return sampleInspection(t.db(), staff, e.id, day, QString::fromLatin1(domain));
    }
    static void order(Inspection &r, InspectionOutcome o, const QDate &by, const QString &findings)
    {
        r.checklist[0].result = CheckResult::DoesNotConform;
        r.checklist[0].note = findings;
        r.findings = findings;
        r.outcomes = {o};
        r.correctBy = by;
        if (o == InspectionOutcome::Directive)
            r.directiveDemands = QStringLiteral("立即整改");
    }
    Inspection store(const QString &name, const Inspection &given, bool finish = true)
    {
        InspectionRepository repo(t.db());
        auto created = repo.create(staff.clerk, given, kToday);
        REQUIRE(created);
        Inspection out = *created;
        if (finish) {
            auto finished = repo.finish(staff.clerk, created->id, kToday);
            REQUIRE(finished);
            out = *finished;
        }
        r.insert(name, out);
        return out;
    }

    Fixture()
    {
        store(QStringLiteral("R1"), record(cables, QDate(2026, 3, 2)));
        Inspection r2 = record(cables, QDate(2026, 3, 5));
        r2.kind = InspectionKind::Campaign;
        r2.campaign = QStringLiteral("春季电线电缆专项");
        order(r2, InspectionOutcome::OrderToCorrect, kToday, QStringLiteral("出厂检验记录不全"));
        store(QStringLiteral("R2"), r2);
        Inspection r3 = record(hospital, QDate(2026, 3, 5), SupervisionDomain::SpecialEquipment);
        order(r3, InspectionOutcome::Directive, kToday.addDays(-1), QStringLiteral("电梯超期未检"));
        store(QStringLiteral("R3"), r3);
        Inspection r4 = record(hospital, QDate(2026, 3, 8), SupervisionDomain::SpecialEquipment);
        r4.kind = InspectionKind::KeyPeriod;
        r4.campaign = QStringLiteral("两会期间安全检查");
        order(r4, InspectionOutcome::OrderToCorrect, kToday.addDays(5), QStringLiteral("安全管理人员未到岗"));
        store(QStringLiteral("R4"), r4);
        Inspection r5 = record(meters, QDate(2026, 3, 9), SupervisionDomain::Metrology);
        r5.kind = InspectionKind::Complaint;
        r5.section = kMetrology;
        r5.inspectors[0].staffId = staff.seA.staffId(); // 孙磊 and 刘洋
        r5.inspectors[0].login = staff.seA.login();
        order(r5, InspectionOutcome::OrderToCorrect, kToday.addDays(11), QStringLiteral("计量器具未检定"));
        store(QStringLiteral("R5"), r5);
        Inspection r6 = record(meters, QDate(2026, 3, 12), SupervisionDomain::Metrology);
        r6.section = kMetrology;
        r6.outcomes.clear();
        store(QStringLiteral("R6"), r6, false);
        Inspection r7 = record(cables, QDate(2026, 3, 1));
        order(r7, InspectionOutcome::OrderToCorrect, kToday.addDays(-2), QStringLiteral("标识不全"));
        const Inspection seven = store(QStringLiteral("R7"), r7);
        Inspection r8 = record(cables, QDate(2026, 3, 16));
        r8.kind = InspectionKind::FollowUp;
        r8.followUpOf = seven.id;
        store(QStringLiteral("R8"), r8);
        const Inspection nine = store(QStringLiteral("R9"), record(hospital, QDate(2026, 3, 18)), false);
        REQUIRE(InspectionRepository(t.db()).discard(staff.clerk, nine.id));
        Inspection r10 = record(meters, QDate(2025, 11, 20), SupervisionDomain::Metrology);
        r10.section = kMetrology;
        store(QStringLiteral("R10"), r10);
        // R1 corrected last: its current version is the newest row.
        Inspection corrected = r.value(QStringLiteral("R1"));
        corrected.place = QStringLiteral("成品库");
        auto v2 = InspectionRepository(t.db()).correct(staff.chief, corrected, QStringLiteral("补记地点"), kToday);
        REQUIRE(v2);
        r.insert(QStringLiteral("R1"), *v2);
    }

    int count(const InspectionFilter &f)
    {
        auto n = InspectionQueries::count(t.db(), f);
        REQUIRE(n);
        return *n;
    }
    // The names of the records listed, in order.
    QStringList names(const InspectionFilter &f, InspectionSortColumn column = InspectionSortColumn::Number,
                      bool descending = false, int offset = 0, int limit = 100)
    {
        auto rows = InspectionQueries::page(t.db(), f, {column, descending}, offset, limit);
        REQUIRE(rows);
        QStringList out;
        for (const InspectionRow &row : *rows)
            out << nameOf(row.id);
        return out;
    }
    QString nameOf(qint64 id) const
    {
        for (auto it = r.begin(); it != r.end(); ++it)
            if (it->id == id)
                return it.key();
        return QString::number(id);
    }
};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

TEST_CASE("every filter of the inspection list, over current versions only", "[inspections][queries]")
{
    Fixture f;
    // R1 A-2026-J0001 cables 03-02 routine quality, nothing found (corrected: v2)
    // R2 J0002 cables 03-05 campaign quality, order due today
    // R3 J0003 hospital 03-05 routine special equipment, directive due yesterday
    // R4 J0004 hospital 03-08 key period special equipment, order due in 5 days
    // R5 J0005 meters 03-09 complaint metrology (孙磊, 刘洋), order due in 11 days
    // R6 J0006 meters 03-12 routine metrology, a draft
    // R7 J0007 cables 03-01 routine quality, order followed up by R8
    // R8 J0008 cables 03-16 follow-up quality
    // R9 J0009 discarded; R10 A-2025-J0001 meters 2025-11-20 routine metrology
    InspectionFilter all;
    CHECK(f.count(all) == 9);
    CHECK(f.names(all) == list({"R10", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"}));

    auto rows = InspectionQueries::page(f.db(), all, {InspectionSortColumn::Number, false}, 1, 1);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    const InspectionRow &one = rows->first();
    CHECK(one.recordNumber == QStringLiteral("A-2026-J0001"));
    CHECK(one.version == 2);
    CHECK(one.status == InspectionStatus::Finished);
    CHECK(one.inspectedOn == QDate(2026, 3, 2));
    CHECK(one.unitName == f.cables.name);
    CHECK(one.unitCode == f.cables.code);
    CHECK(one.kind == InspectionKind::Routine);
    CHECK(one.domain == QStringLiteral("product_quality"));
    CHECK(one.section == kQuality);
    CHECK(one.inspectors == QStringLiteral("张伟、刘洋"));
    CHECK(one.outcomes == QList<InspectionOutcome>{InspectionOutcome::NothingFound});
    CHECK(one.failedPoints == 0);
    CHECK_FALSE(one.followUpDue.isValid());
    rows = InspectionQueries::page(f.db(), all, {InspectionSortColumn::Number, false}, 2, 1);
    CHECK(rows->first().followUpDue == kToday);
    CHECK(rows->first().failedPoints == 1);
    CHECK(rows->first().outcomes == QList<InspectionOutcome>{InspectionOutcome::OrderToCorrect});

    InspectionFilter f1;
    f1.section = kQuality;
    CHECK(f.names(f1) == list({"R1", "R2", "R7", "R8"}));
    f1.section = kEquipment;
    CHECK(f.names(f1) == list({"R3", "R4"}));

    InspectionFilter mine;
    mine.inspectorId = f.staff.seA.staffId();
    CHECK(f.names(mine) == list({"R3", "R4", "R5"}));
    mine.inspectorId = f.staff.inspectorA.staffId();
    CHECK(f.names(mine) == list({"R10", "R1", "R2", "R6", "R7", "R8"}));

    InspectionFilter dates;
    dates.from = QDate(2026, 3, 5);
    dates.to = QDate(2026, 3, 9);
    CHECK(f.names(dates) == list({"R2", "R3", "R4", "R5"}));
    dates.to = QDate();
    CHECK(f.count(dates) == 6);
    dates.from = QDate();
    dates.to = QDate(2026, 3, 1);
    CHECK(f.names(dates) == list({"R10", "R7"}));

    auto kindOf = [&](InspectionKind k) {
        InspectionFilter x;
        x.kind = k;
        return f.names(x);
    };
    CHECK(kindOf(InspectionKind::Campaign) == list({"R2"}));
    CHECK(kindOf(InspectionKind::KeyPeriod) == list({"R4"}));
    CHECK(kindOf(InspectionKind::Complaint) == list({"R5"}));
    CHECK(kindOf(InspectionKind::FollowUp) == list({"R8"}));
    CHECK(kindOf(InspectionKind::Routine) == list({"R10", "R1", "R3", "R6", "R7"}));

    InspectionFilter domain;
    domain.domain = QStringLiteral("metrology");
    CHECK(f.names(domain) == list({"R10", "R5", "R6"}));

    InspectionFilter status;
    status.status = InspectionStatus::Draft;
    CHECK(f.names(status) == list({"R6"}));
    status.status = InspectionStatus::Finished;
    CHECK(f.count(status) == 8);

    auto outcome = [&](InspectionOutcome o) {
        InspectionFilter x;
        x.outcome = o;
        return f.names(x);
    };
    CHECK(outcome(InspectionOutcome::OrderToCorrect) == list({"R2", "R4", "R5", "R7"}));
    CHECK(outcome(InspectionOutcome::Directive) == list({"R3"}));
    CHECK(outcome(InspectionOutcome::NothingFound) == list({"R10", "R1", "R8"}));
    CHECK(outcome(InspectionOutcome::OpenCase).isEmpty());

    InspectionFilter entity;
    entity.entityId = f.hospital.id;
    CHECK(f.names(entity) == list({"R3", "R4"}));

    InspectionFilter open;
    open.followUpOpen = true;
    CHECK(f.names(open) == list({"R2", "R3", "R4", "R5"}));

    // Filters combine.
    InspectionFilter both;
    both.section = kQuality;
    both.outcome = InspectionOutcome::OrderToCorrect;
    both.from = QDate(2026, 3, 2);
    CHECK(f.names(both) == list({"R2"}));
}

TEST_CASE("the inspection search finds two-character Chinese words, numbers and names", "[inspections][queries]")
{
    Fixture f;
    auto search = [&](const QString &text) {
        InspectionFilter x;
        x.search = text;
        return f.names(x);
    };
    CHECK(search(QStringLiteral("电缆")) == list({"R1", "R2", "R7", "R8"}));
    CHECK(search(QStringLiteral("医院")) == list({"R3", "R4"}));
    CHECK(search(QStringLiteral("孙磊")) == list({"R3", "R4", "R5"}));
    CHECK(search(QStringLiteral("未检定")) == list({"R5"}));
    CHECK(search(QStringLiteral("a-2026-j0003")) == list({"R3"}));
    CHECK(search(QStringLiteral("医院  J0004")) == list({"R4"}));
    CHECK(search(f.meters.code.toLower()) == list({"R10", "R5", "R6"}));
    CHECK(search(QStringLiteral("特令")) == list({"R3"}));
    CHECK(search(QStringLiteral("无此单位")).isEmpty());
    InspectionFilter x;
    x.search = QStringLiteral("电缆");
    CHECK(f.count(x) == 4);
}

TEST_CASE("the inspection list sorts by every column, both ways, and pages", "[inspections][queries]")
{
    Fixture f;
    using C = InspectionSortColumn;
    const InspectionFilter all;
    CHECK(f.names(all, C::Number, true) == list({"R8", "R7", "R6", "R5", "R4", "R3", "R2", "R1", "R10"}));
    CHECK(f.names(all, C::Date) == list({"R10", "R7", "R1", "R2", "R3", "R4", "R5", "R6", "R8"}));
    CHECK(f.names(all, C::Date, true) == list({"R8", "R6", "R5", "R4", "R3", "R2", "R1", "R7", "R10"}));
    // 廊坊… before 永清县人民医院 before 永清县电线电缆厂 (code points); ties by row.
    CHECK(f.names(all, C::Unit) == list({"R5", "R6", "R10", "R3", "R4", "R2", "R7", "R8", "R1"}));
    CHECK(f.names(all, C::Unit, true) == list({"R1", "R8", "R7", "R2", "R4", "R3", "R10", "R6", "R5"}));
    // By code: campaign, complaint, follow-up, key-period, routine.
    CHECK(f.names(all, C::Kind) == list({"R2", "R5", "R8", "R4", "R3", "R6", "R7", "R10", "R1"}));
    CHECK(f.names(all, C::Domain) == list({"R5", "R6", "R10", "R2", "R7", "R8", "R1", "R3", "R4"}));
    CHECK(f.names(all, C::Section) == list({"R5", "R6", "R10", "R3", "R4", "R2", "R7", "R8", "R1"}));
    CHECK(f.names(all, C::Status) == list({"R6", "R2", "R3", "R4", "R5", "R7", "R8", "R10", "R1"}));
    CHECK(f.names(all, C::Status, true).first() == QStringLiteral("R1"));
    CHECK(f.names(all, C::Status, true).last() == QStringLiteral("R6"));
    // Open follow-ups first, soonest (or latest) first; the rest after.
    CHECK(f.names(all, C::FollowUpDue) == list({"R3", "R2", "R4", "R5", "R6", "R7", "R8", "R10", "R1"}));
    CHECK(f.names(all, C::FollowUpDue, true) == list({"R5", "R4", "R2", "R3", "R1", "R10", "R8", "R7", "R6"}));

    CHECK(f.names(all, C::Number, false, 2, 3) == list({"R2", "R3", "R4"}));
    CHECK(f.names(all, C::Number, false, 8, 3) == list({"R8"}));
    CHECK(f.names(all, C::Number, false, 20, 3).isEmpty());
}

TEST_CASE("a section chief prints the section's finished records by day, then number", "[inspections][queries]")
{
    Fixture f;
    auto printed = [&](const QString &section, const QDate &from, const QDate &to) {
        auto ids = InspectionQueries::forPrinting(f.db(), section, from, to);
        REQUIRE(ids);
        QStringList out;
        for (qint64 id : *ids)
            out << f.nameOf(id);
        return out;
    };
    const QDate first(2026, 3, 1), last(2026, 3, 31);
    CHECK(printed(kQuality, first, last) == list({"R7", "R1", "R2", "R8"}));
    // The current version of a corrected record is the one printed.
    CHECK(InspectionQueries::forPrinting(f.db(), kQuality, first, last)->at(1) == f.r.value(QStringLiteral("R1")).id);
    CHECK(printed(kQuality, QDate(2026, 3, 2), QDate(2026, 3, 5)) == list({"R1", "R2"}));
    // The draft R6 is not printed.
    CHECK(printed(kMetrology, first, last) == list({"R5"}));
    CHECK(printed(kMetrology, QDate(2025, 1, 1), QDate(2025, 12, 31)) == list({"R10"}));
    // Every section: same day, by number (R2 before R3).
    CHECK(printed({}, first, last) == list({"R7", "R1", "R2", "R3", "R4", "R5", "R8"}));
    CHECK(printed(QStringLiteral("稽查股"), first, last).isEmpty());
}

TEST_CASE("follow-up deadlines for the start page: overdue, due today and within the window", "[inspections][queries]")
{
    Fixture f;
    auto due = InspectionQueries::followUps(f.db(), kToday, 7);
    REQUIRE(due);
    REQUIRE(due->size() == 3);
    const FollowUpDue &overdue = due->at(0);
    CHECK(overdue.inspectionId == f.r.value(QStringLiteral("R3")).id);
    CHECK(overdue.recordNumber == QStringLiteral("A-2026-J0003"));
    CHECK(overdue.unitName == f.hospital.name);
    CHECK(overdue.outcome == InspectionOutcome::Directive);
    CHECK(overdue.directiveNumber == QStringLiteral("永质监特令〔2026〕A第001号"));
    CHECK(overdue.due == kToday.addDays(-1));
    CHECK(overdue.daysLeft == -1);
    CHECK(due->at(1).recordNumber == QStringLiteral("A-2026-J0002"));
    CHECK(due->at(1).outcome == InspectionOutcome::OrderToCorrect);
    CHECK(due->at(1).directiveNumber.isEmpty());
    CHECK(due->at(1).daysLeft == 0);
    CHECK(due->at(2).recordNumber == QStringLiteral("A-2026-J0004"));
    CHECK(due->at(2).daysLeft == 5);

    // R5 (in 11 days) joins with a wider window; R7 was followed up.
    auto wider = InspectionQueries::followUps(f.db(), kToday, 11);
    REQUIRE(wider);
    REQUIRE(wider->size() == 4);
    CHECK(wider->at(3).recordNumber == QStringLiteral("A-2026-J0005"));
    CHECK(wider->at(3).daysLeft == 11);
    CHECK(InspectionQueries::followUps(f.db(), kToday, 10)->size() == 3);
    CHECK(InspectionQueries::followUps(f.db(), kToday, 4)->size() == 2);
    CHECK(InspectionQueries::followUps(f.db(), kToday, 0)->size() == 2);
    CHECK(InspectionQueries::followUps(f.db(), kToday, -1)->size() == 1);
    auto limited = InspectionQueries::followUps(f.db(), kToday, 30, 2);
    REQUIRE(limited);
    CHECK(limited->size() == 2);
    CHECK(limited->at(0).recordNumber == QStringLiteral("A-2026-J0003"));
}

TEST_CASE("the filter bar's sections and years", "[inspections][queries]")
{
    Fixture f;
    CHECK(InspectionQueries::sections(f.db()) == QStringList{kMetrology, kEquipment, kQuality});
    CHECK(InspectionQueries::years(f.db()) == QList<int>{2026, 2025});
    TempDatabase empty;
    CHECK(InspectionQueries::sections(empty.db()).isEmpty());
    CHECK(InspectionQueries::years(empty.db()).isEmpty());
}
