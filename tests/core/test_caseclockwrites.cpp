// CaseRepository's writes to the statutory clock: the stored due date is
// always StatutoryClock's, through filing, the one extension, clock stops
// and their end, and seizures with their own limit, extension and release.
#include "cases/caserepository.h"
#include "cases/statutoryclock.h"
#include "casesupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kFiled(2026, 3, 2);

QStringList auditActions(Database &db, const QString &recordUuid)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_entry WHERE record_uuid = ? ORDER BY id"), {recordUuid});
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString stored(Database &db, const char *column, qint64 caseId)
{
    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM enforcement_case WHERE id = ?").arg(QLatin1String(column)), {caseId});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toString();
}

} // namespace

TEST_CASE("cases: the stored due date is the statutory clock's, through filing, extension and decision",
          "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, kFiled);
    CHECK(stored(t.db(), "due_on", c.id) == QStringLiteral("2026-06-02"));
    CHECK(StatutoryClock::evaluate(c, kFiled.addDays(1)).due == QDate(2026, 6, 2));
    CHECK(stored(t.db(), "clock_stopped", c.id) == QStringLiteral("0"));

    // Only the bureau head extends, once, with a reason, before the deadline.
    const QDate today(2026, 5, 20);
    const QByteArray before = fingerprint(t.db());
    auto refused = repo.extend(staff.chief, c.id, today, QStringLiteral("案情复杂"), today);
    REQUIRE_FALSE(refused);
    refused = repo.extend(staff.head, c.id, today, QStringLiteral(" "), today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == QStringLiteral("Extension: give the reason."));
    refused = repo.extend(staff.head, c.id, QDate(2026, 6, 3), QStringLiteral("案情复杂"), QDate(2026, 6, 3));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("2026-06-02")));
    CHECK(fingerprint(t.db()) == before);

    auto extended = repo.extend(staff.head, c.id, today, QStringLiteral("案情复杂，需补充鉴定"), today);
    REQUIRE(extended);
    REQUIRE(extended->extension);
    CHECK(extended->extension->approvedOn == today);
    CHECK(extended->extension->days == 30);
    CHECK(extended->extension->approvedBy == QStringLiteral("王建国"));
    CHECK(stored(t.db(), "due_on", c.id) == QStringLiteral("2026-07-02"));
    CHECK(StatutoryClock::evaluate(*extended, today).due == QDate(2026, 7, 2));
    CHECK(repo.steps(c.id).last().kind == QStringLiteral("extension"));
    CHECK(auditActions(t.db(), c.uuid).last() == QStringLiteral("case.extend"));

    refused = repo.extend(staff.head, c.id, today, QStringLiteral("再次延期"), today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("already extended on 2026-05-20")));

    // A lead has no clock to extend.
    EnforcementCase lead = caseAtStage(t.db(), staff, CaseStage::Lead, kFiled, 2);
    CHECK_FALSE(repo.extend(staff.head, lead.id, today, QStringLiteral("案情复杂"), today));
}

TEST_CASE("cases: a clock stop holds the due date and moves it by the days stopped", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, kFiled);

    const QDate from(2026, 3, 10);
    auto stopped = repo.suspend(staff.chief, c.id, ClockStopKind::Testing, from, QStringLiteral("送检导体电阻"),
                                QDate(2026, 3, 12));
    REQUIRE(stopped);
    REQUIRE(stopped->stops.size() == 1);
    CHECK(stopped->stops.at(0).from == from);
    CHECK_FALSE(stopped->stops.at(0).to.isValid());
    CHECK(stored(t.db(), "due_on", c.id).isEmpty()); // it moves day by day
    CHECK(stored(t.db(), "clock_stopped", c.id) == QStringLiteral("1"));
    CHECK(StatutoryClock::evaluate(*stopped, QDate(2026, 3, 12)).phase == ClockState::Phase::Stopped);

    const QByteArray before = fingerprint(t.db());
    // One stop of a kind at a time; inspectors do not stop the clock.
    auto refused = repo.suspend(staff.chief, c.id, ClockStopKind::Testing, QDate(2026, 3, 11),
                                QStringLiteral("再次送检"), QDate(2026, 3, 12));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("already open since 2026-03-10")));
    CHECK_FALSE(repo.suspend(staff.inspectorA, c.id, ClockStopKind::PublicNotice, QDate(2026, 3, 11),
                             QStringLiteral("公告"), QDate(2026, 3, 12)));
    CHECK_FALSE(repo.suspend(staff.chief, c.id, ClockStopKind::PublicNotice, QDate(2026, 3, 1), QStringLiteral("公告"),
                             QDate(2026, 3, 12))); // before filing
    CHECK_FALSE(repo.resume(staff.chief, c.id, QDate(2026, 3, 9), QStringLiteral("检验完成"),
                            QDate(2026, 3, 12))); // before the stop
    CHECK(fingerprint(t.db()) == before);

    auto resumed =
        repo.resume(staff.chief, c.id, QDate(2026, 3, 20), QStringLiteral("检验报告已出具"), QDate(2026, 3, 21));
    REQUIRE(resumed);
    CHECK(resumed->stops.at(0).to == QDate(2026, 3, 20));
    // 10 to 20 March, both days included: 11 days not counted.
    CHECK(stored(t.db(), "due_on", c.id) == QStringLiteral("2026-06-13"));
    CHECK(StatutoryClock::evaluate(*resumed, QDate(2026, 3, 21)).due == QDate(2026, 6, 13));
    CHECK(stored(t.db(), "clock_stopped", c.id) == QStringLiteral("0"));
    CHECK_FALSE(repo.resume(staff.chief, c.id, QDate(2026, 3, 21), QStringLiteral("again"), QDate(2026, 3, 21)));

    const QList<CaseStep> steps = repo.steps(c.id);
    CHECK(steps.at(steps.size() - 2).kind == QStringLiteral("stop"));
    CHECK(steps.at(steps.size() - 2).on == from);
    CHECK(steps.last().kind == QStringLiteral("resume"));
    CHECK(steps.last().on == QDate(2026, 3, 20));
    const QStringList actions = auditActions(t.db(), c.uuid);
    CHECK(actions.mid(actions.size() - 2) == QStringList{"case.suspend", "case.resume"});
}

TEST_CASE("cases: a seizure has its own limit, one extension and a release", "[cases][repository]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseRepository repo(t.db());
    EnforcementCase c = caseAtStage(t.db(), staff, CaseStage::Investigating, kFiled);
    auto seizureDue = [&](qint64 id) {
        auto q = t.db().exec(QStringLiteral("SELECT due_on FROM case_seizure WHERE id = ?"), {id});
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toString();
    };

    Seizure s;
    s.items = QStringLiteral("BV2.5电线 300卷");
    s.place = QStringLiteral("当事人成品仓库");
    s.from = QDate(2026, 3, 5);
    const QByteArray empty = fingerprint(t.db());
    Seizure nothing = s;
    nothing.items = QStringLiteral(" ");
    CHECK_FALSE(repo.seize(staff.inspectorA, c.id, nothing, QDate(2026, 3, 5)));
    Seizure tooEarly = s;
    tooEarly.from = QDate(2026, 3, 1);
    CHECK_FALSE(repo.seize(staff.inspectorA, c.id, tooEarly, QDate(2026, 3, 5)));
    CHECK(fingerprint(t.db()) == empty);

    auto seized = repo.seize(staff.inspectorA, c.id, s, QDate(2026, 3, 5));
    REQUIRE(seized);
    REQUIRE(seized->seizures.size() == 1);
    const qint64 id = seized->seizures.at(0).id;
    CHECK(seized->seizures.at(0).items == s.items);
    CHECK(seizureDue(id) == QStringLiteral("2026-04-04"));
    CHECK(StatutoryClock::seizure(seized->seizures.at(0), QDate(2026, 3, 5)).due == QDate(2026, 4, 4));

    // Only the head extends, once, before it runs out.
    CHECK_FALSE(
        repo.extendSeizure(staff.inspectorA, c.id, id, QDate(2026, 4, 1), QStringLiteral("需鉴定"), QDate(2026, 4, 1)));
    auto refused =
        repo.extendSeizure(staff.head, c.id, id, QDate(2026, 4, 5), QStringLiteral("需鉴定"), QDate(2026, 4, 5));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("2026-04-04")));
    auto extended =
        repo.extendSeizure(staff.head, c.id, id, QDate(2026, 4, 1), QStringLiteral("需技术鉴定"), QDate(2026, 4, 1));
    REQUIRE(extended);
    CHECK(extended->seizures.at(0).extendedOn == QDate(2026, 4, 1));
    CHECK(extended->seizures.at(0).extensionReason == QStringLiteral("需技术鉴定"));
    CHECK(seizureDue(id) == QStringLiteral("2026-05-04"));
    CHECK_FALSE(repo.extendSeizure(staff.head, c.id, id, QDate(2026, 4, 2), QStringLiteral("再延"), QDate(2026, 4, 2)));

    auto released = repo.releaseSeizure(staff.inspectorB, c.id, id, QDate(2026, 4, 20), QDate(2026, 4, 20));
    REQUIRE(released);
    CHECK(released->seizures.at(0).releasedOn == QDate(2026, 4, 20));
    CHECK(StatutoryClock::seizure(released->seizures.at(0), QDate(2026, 6, 1)).released);
    CHECK_FALSE(repo.releaseSeizure(staff.inspectorB, c.id, id, QDate(2026, 4, 21), QDate(2026, 4, 21)));
    CHECK_FALSE(repo.releaseSeizure(staff.inspectorB, c.id, 999, QDate(2026, 4, 21), QDate(2026, 4, 21)));

    const QList<CaseStep> steps = repo.steps(c.id);
    QStringList kinds;
    for (int i = steps.size() - 3; i < steps.size(); ++i)
        kinds << steps.at(i).kind;
    CHECK(kinds == QStringList{"seizure", "seizure-extension", "seizure-release"});
    const QStringList actions = auditActions(t.db(), c.uuid);
    CHECK(actions.mid(actions.size() - 3) == QStringList{"case.seize", "case.seizure-extend", "case.seizure-release"});
    // The decision's deadline is untouched by a seizure.
    CHECK(stored(t.db(), "due_on", c.id) == QStringLiteral("2026-06-02"));
}
