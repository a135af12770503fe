// InspectionRules as pure functions: what a draft needs, the two-inspector
// rule with the certificates each domain asks for, and every problem that
// stops a record from being finished, each naming its field (and the
// person, for inspectors).
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionrules.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

const QDate kDay(2026, 3, 10);
const QString kSpecial = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
const QString kQuality = QString::fromLatin1(SupervisionDomain::ProductQuality);

StaffMember person(qint64 id, const QString &login, const QString &name, bool special = false)
{
    StaffMember m;
    m.id = id;
    m.login = login;
    m.name = name;
    m.enforcement = {QStringLiteral("ZF-%1").arg(login), QDate(2024, 1, 1), QDate(2028, 12, 31)};
    if (special)
        m.specialEquipment = {QStringLiteral("TS-%1").arg(login), QDate(2024, 1, 1), QDate(2028, 12, 31)};
    return m;
}

InspectionInspector inspectorOf(const StaffMember &m)
{
    return InspectionInspector{m.id, m.login, m.name, {}, {}};
}

CheckPoint conforming(const QString &label)
{
    CheckPoint p;
    p.label = label;
    p.text = QStringLiteral("是否持证");
    p.result = CheckResult::Conforms;
    return p;
}

// A record that can be finished as it stands.
Inspection ready(const QList<StaffMember> &staff, const QString &domain = kQuality)
{
    Inspection r;
    r.unit.entityId = 7;
    r.unit.name = QStringLiteral("永清县电缆厂");
    r.inspectedOn = kDay;
    r.domain = domain;
    r.section = QStringLiteral("质量监督股");
    for (const StaffMember &m : staff)
        r.inspectors << inspectorOf(m);
    r.checklist = {conforming(QStringLiteral("1")), conforming(QStringLiteral("2"))};
    r.outcomes = {InspectionOutcome::NothingFound};
    r.unitSignatory = QStringLiteral("赵经理");
    return r;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << p.field;
    return out;
}

QString messagesOf(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << p.message;
    return out.join(QLatin1Char('\n'));
}

const StaffMember kZhang = person(1, QStringLiteral("insp1"), QStringLiteral("张伟"));
const StaffMember kLiu = person(2, QStringLiteral("insp2"), QStringLiteral("刘洋"));
const StaffMember kSun = person(3, QStringLiteral("se1"), QStringLiteral("孙磊"), true);
const StaffMember kZhou = person(4, QStringLiteral("se2"), QStringLiteral("周敏"), true);
const QList<StaffMember> kStaff{kZhang, kLiu, kSun, kZhou};

} // namespace

TEST_CASE("a ready record has no problems; a draft needs the unit, day, domain and section", "[inspections][rules]")
{
    CHECK(InspectionRules::finishProblems(ready({kZhang, kLiu}), kStaff, kDay).isEmpty());
    CHECK(InspectionRules::finishProblems(ready({kSun, kZhou}, kSpecial), kStaff, kDay).isEmpty());

    Inspection empty;
    CHECK(fieldsOf(InspectionRules::draftProblems(empty, kDay)) ==
          QStringList{"unit", "inspectedOn", "domain", "section"});
    // A draft may lack everything finishing needs.
    Inspection draft;
    draft.unit.entityId = 7;
    draft.inspectedOn = kDay;
    draft.domain = kQuality;
    draft.section = QStringLiteral("质量监督股");
    CHECK(InspectionRules::draftProblems(draft, kDay).isEmpty());

    draft.inspectedOn = kDay.addDays(1);
    const auto future = InspectionRules::draftProblems(draft, kDay);
    CHECK(fieldsOf(future) == QStringList{"inspectedOn"});
    CHECK(messagesOf(future).contains(QStringLiteral("2026-03-11")));
    draft.inspectedOn = kDay;
    draft.domain = QStringLiteral("astrology");
    const auto unknown = InspectionRules::draftProblems(draft, kDay);
    CHECK(fieldsOf(unknown) == QStringList{"domain"});
    CHECK(messagesOf(unknown).contains(QStringLiteral("astrology")));
    draft.domain = kQuality;
    draft.section = QStringLiteral("  ");
    CHECK(fieldsOf(InspectionRules::draftProblems(draft, kDay)) == QStringList{"section"});
}

TEST_CASE("at least two different inspectors take part", "[inspections][rules]")
{
    const auto none = InspectionRules::finishProblems(ready({}), kStaff, kDay);
    CHECK(fieldsOf(none) == QStringList{"inspectors"});
    CHECK(messagesOf(none).contains(QStringLiteral("(0 named)")));

    const auto one = InspectionRules::finishProblems(ready({kZhang}), kStaff, kDay);
    CHECK(fieldsOf(one) == QStringList{"inspectors"});
    CHECK(messagesOf(one).contains(QStringLiteral("(1 named)")));

    // The same person twice is one inspector.
    const auto twice = InspectionRules::finishProblems(ready({kZhang, kZhang}), kStaff, kDay);
    CHECK(fieldsOf(twice) == QStringList{"inspectors", "inspectors"});
    CHECK(messagesOf(twice).contains(QStringLiteral("张伟 (insp1) is named twice")));
    CHECK(messagesOf(twice).contains(QStringLiteral("(1 named)")));

    CHECK(InspectionRules::finishProblems(ready({kZhang, kLiu}), kStaff, kDay).isEmpty());
    CHECK(InspectionRules::finishProblems(ready({kZhang, kLiu, kSun}), kStaff, kDay).isEmpty());

    // Someone the staff table does not know, and a deactivated colleague.
    Inspection stranger = ready({kZhang, kLiu});
    stranger.inspectors << InspectionInspector{99, QStringLiteral("ghost"), {}, {}, {}};
    const auto unknown = InspectionRules::finishProblems(stranger, kStaff, kDay);
    CHECK(fieldsOf(unknown) == QStringList{"inspectors"});
    CHECK(messagesOf(unknown).contains(QStringLiteral("ghost")));
    StaffMember gone = kLiu;
    gone.active = false;
    const auto inactive = InspectionRules::finishProblems(ready({kZhang, gone}), {kZhang, gone}, kDay);
    CHECK(fieldsOf(inactive) == QStringList{"inspectors"});
    CHECK(messagesOf(inactive).contains(QStringLiteral("刘洋 (insp2) no longer works here")));
}

TEST_CASE("each inspector's certificate is valid on the day of the inspection", "[inspections][rules]")
{
    StaffMember expired = kLiu;
    expired.enforcement.validUntil = QDate(2026, 3, 9);
    auto problems = InspectionRules::finishProblems(ready({kZhang, expired}), {kZhang, expired}, kDay);
    CHECK(fieldsOf(problems) == QStringList{"inspectors"});
    CHECK(messagesOf(problems).contains(QStringLiteral("ZF-insp2 of 刘洋 (insp2) expired on 2026-03-09")));
    // Valid through its last day.
    expired.enforcement.validUntil = kDay;
    CHECK(InspectionRules::finishProblems(ready({kZhang, expired}), {kZhang, expired}, kDay).isEmpty());

    StaffMember early = kLiu;
    early.enforcement.validFrom = QDate(2026, 3, 11);
    problems = InspectionRules::finishProblems(ready({kZhang, early}), {kZhang, early}, kDay);
    CHECK(fieldsOf(problems) == QStringList{"inspectors"});
    CHECK(messagesOf(problems).contains(QStringLiteral("valid only from 2026-03-11")));
    CHECK(messagesOf(problems).contains(QStringLiteral("刘洋 (insp2)")));

    StaffMember none = kLiu;
    none.enforcement = {};
    problems = InspectionRules::finishProblems(ready({kZhang, none}), {kZhang, none}, kDay);
    CHECK(fieldsOf(problems) == QStringList{"inspectors"});
    CHECK(messagesOf(problems).contains(QStringLiteral("刘洋 (insp2) holds no enforcement certificate")));

    // The day of the inspection counts, not the day it is finished.
    StaffMember later = kLiu;
    later.enforcement.validUntil = QDate(2026, 3, 31);
    CHECK(InspectionRules::finishProblems(ready({kZhang, later}), {kZhang, later}, QDate(2026, 6, 1)).isEmpty());

    CHECK(InspectionRules::mayInspect(kZhang, kQuality, kDay));
    CHECK_FALSE(InspectionRules::mayInspect(kZhang, kQuality, QDate(2029, 1, 1)));
    CHECK_FALSE(InspectionRules::mayInspect(kZhang, kQuality, QDate(2023, 12, 31)));
    StaffMember inactive = kZhang;
    inactive.active = false;
    CHECK_FALSE(InspectionRules::mayInspect(inactive, kQuality, kDay));
}

TEST_CASE("special-equipment inspections need special-equipment certificates", "[inspections][rules]")
{
    CHECK(InspectionRules::certificateFor(kSun, kSpecial).number == QStringLiteral("TS-se1"));
    CHECK(InspectionRules::certificateFor(kSun, kQuality).number == QStringLiteral("ZF-se1"));
    CHECK(InspectionRules::mayInspect(kSun, kSpecial, kDay));
    CHECK_FALSE(InspectionRules::mayInspect(kZhang, kSpecial, kDay));
    // Special-equipment inspectors may also take part in other domains on
    // their enforcement certificate.
    CHECK(InspectionRules::mayInspect(kSun, kQuality, kDay));

    // An inspector with only an enforcement certificate is refused, by name.
    const auto mixed = InspectionRules::finishProblems(ready({kSun, kZhang}, kSpecial), kStaff, kDay);
    CHECK(fieldsOf(mixed) == QStringList{"inspectors"});
    CHECK(messagesOf(mixed).contains(QStringLiteral("张伟 (insp1) holds no special-equipment inspector certificate")));
    const auto neither = InspectionRules::finishProblems(ready({kZhang, kLiu}, kSpecial), kStaff, kDay);
    CHECK(fieldsOf(neither) == QStringList{"inspectors", "inspectors"});
    CHECK(messagesOf(neither).contains(QStringLiteral("刘洋 (insp2)")));

    StaffMember lapsed = kZhou;
    lapsed.specialEquipment.validUntil = QDate(2025, 12, 31);
    const auto expired = InspectionRules::finishProblems(ready({kSun, lapsed}, kSpecial), {kSun, lapsed}, kDay);
    CHECK(fieldsOf(expired) == QStringList{"inspectors"});
    CHECK(messagesOf(expired).contains(QStringLiteral("TS-se2 of 周敏 (se2) expired on 2025-12-31")));
}

TEST_CASE("the checklist is answered, with a note for each point that does not conform", "[inspections][rules]")
{
    Inspection r = ready({kZhang, kLiu});
    r.checklist[1].result = CheckResult::Unchecked;
    r.checklist << conforming(QStringLiteral("3"));
    r.checklist[2].result = CheckResult::Unchecked;
    auto problems = InspectionRules::finishProblems(r, kStaff, kDay);
    CHECK(fieldsOf(problems) == QStringList{"checklist"});
    CHECK(messagesOf(problems).contains(QStringLiteral("not checked yet (2, 3)")));

    r = ready({kZhang, kLiu});
    r.checklist[1].result = CheckResult::NotApplicable;
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());

    r.checklist[0].result = CheckResult::DoesNotConform;
    r.outcomes = {InspectionOutcome::OrderToCorrect};
    r.correctBy = kDay.addDays(15);
    r.findings = QStringLiteral("出厂检验记录不全");
    problems = InspectionRules::finishProblems(r, kStaff, kDay);
    CHECK(fieldsOf(problems) == QStringList{"checklist"});
    CHECK(messagesOf(problems).contains(QStringLiteral("point 1 does not conform")));
    r.checklist[0].note = QStringLiteral("缺少三月份记录");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
}

TEST_CASE("outcomes and findings agree with the checklist", "[inspections][rules]")
{
    Inspection r = ready({kZhang, kLiu});
    r.outcomes.clear();
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"outcomes"});

    // Nothing found goes alone, with every point conforming and no findings.
    r.outcomes = {InspectionOutcome::NothingFound, InspectionOutcome::ReportUpward};
    r.reportedTo = QStringLiteral("廊坊市质监局");
    r.findings = QStringLiteral("发现问题");
    auto problems = InspectionRules::finishProblems(r, kStaff, kDay);
    CHECK(fieldsOf(problems) == QStringList{"outcomes", "outcomes"});
    r = ready({kZhang, kLiu});
    r.checklist[0].result = CheckResult::DoesNotConform;
    r.checklist[0].note = QStringLiteral("无记录");
    problems = InspectionRules::finishProblems(r, kStaff, kDay);
    CHECK(fieldsOf(problems) == QStringList{"outcomes", "findings"});
    CHECK(messagesOf(problems).contains(QStringLiteral("1 point(s) do not conform")));

    // Any other outcome needs findings.
    r = ready({kZhang, kLiu});
    r.outcomes = {InspectionOutcome::ReportUpward};
    r.reportedTo = QStringLiteral("廊坊市质监局");
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"findings"});
    r.findings = QStringLiteral("涉及外地企业");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
}

TEST_CASE("each outcome asks for its own details", "[inspections][rules]")
{
    auto acted = [](InspectionOutcome o, const QString &domain = kQuality) {
        Inspection r = ready({kSun, kZhou}, domain);
        r.outcomes = {o};
        r.findings = QStringLiteral("发现隐患");
        return r;
    };
    // Order to correct: a deadline after the day.
    Inspection r = acted(InspectionOutcome::OrderToCorrect);
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"correctBy"});
    r.correctBy = kDay;
    const auto sameDay = InspectionRules::finishProblems(r, kStaff, kDay);
    CHECK(fieldsOf(sameDay) == QStringList{"correctBy"});
    CHECK(messagesOf(sameDay).contains(QStringLiteral("2026-03-10 must come after")));
    r.correctBy = kDay.addDays(1);
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
    CHECK(InspectionRules::followUpDue(r) == kDay.addDays(1));

    // A directive: special equipment only, with demands and a deadline; the
    // oral variant with its day, not after the record's.
    r = acted(InspectionOutcome::Directive);
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) ==
          QStringList{"correctBy", "outcomes", "directiveDemands"});
    r = acted(InspectionOutcome::Directive, kSpecial);
    r.correctBy = kDay.addDays(7);
    r.directiveDemands = QStringLiteral("立即停止使用3号电梯");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
    r.directiveOralFirst = true;
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"directiveOralOn"});
    r.directiveOralOn = kDay.addDays(1);
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay.addDays(2))) == QStringList{"directiveOralOn"});
    r.directiveOralOn = kDay.addDays(-1);
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
    CHECK(InspectionRules::followUpDue(r) == kDay.addDays(7));

    r = acted(InspectionOutcome::SealSeize);
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"sealSeizeNote"});
    r.sealSeizeNote = QStringLiteral("查封不合格电线200卷");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
    CHECK_FALSE(InspectionRules::followUpDue(r).isValid());

    r = acted(InspectionOutcome::ReportUpward);
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"reportedTo"});

    r = acted(InspectionOutcome::OpenCase);
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
    CHECK_FALSE(InspectionRules::followUpDue(ready({kZhang, kLiu})).isValid());
}

TEST_CASE("the unit signs or its refusal is noted; campaigns and follow-ups name what they belong to",
          "[inspections][rules]")
{
    Inspection r = ready({kZhang, kLiu});
    r.unitSignatory.clear();
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"unitSignatory"});
    r.unitRefusedToSign = true;
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"refusalNote"});
    r.refusalNote = QStringLiteral("负责人拒绝签字，由两名执法人员在场见证");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());

    r = ready({kZhang, kLiu});
    r.kind = InspectionKind::Campaign;
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"campaign"});
    r.kind = InspectionKind::KeyPeriod;
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"campaign"});
    r.campaign = QStringLiteral("春节前特种设备安全检查");
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());

    r = ready({kZhang, kLiu});
    r.kind = InspectionKind::FollowUp;
    CHECK(fieldsOf(InspectionRules::finishProblems(r, kStaff, kDay)) == QStringList{"followUpOf"});
    r.followUpOf = 12;
    CHECK(InspectionRules::finishProblems(r, kStaff, kDay).isEmpty());
}
