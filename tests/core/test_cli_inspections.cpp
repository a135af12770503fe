// casedesk-cli's inspections commands as scripts use them, through the real
// binary: a checklist inspection taken from the published list, recorded as
// a draft, completed, finished by the second inspector, listed by section
// and date range, shown, corrected as version 2, printed alone and with
// the section's others in one PDF; and the refusals that name the field
// and change nothing.
#include "auth/staffdirectory.h"
#include "inspectionclidesk.h"
#include "pdftools.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// pdftotext's words with compatibility forms folded (⾏ → 行).
QString pdfContent(const QString &pdf)
{
    return pdfWords(pdf).normalized(QString::NormalizationForm_KC);
}

QJsonObject point(const QJsonObject &record, int i)
{
    return array(record, "checklist").at(i).toObject();
}

QStringList numbers(const QJsonObject &list, const char *key = "inspections")
{
    QStringList out;
    for (const QJsonValue &v : array(list, key))
        out << text(v.toObject(), "recordNumber");
    return out;
}

} // namespace

TEST_CASE("cli inspections: a checklist inspection recorded, finished, listed, corrected and printed",
          "[cli][inspections]")
{
    InspectionDesk d;
    d.importYongqing();
    const auto metrologyInstitution = [](Entity &e) { e.kinds = {EntityKind::MetrologyInstitution}; };
    const Entity institute = d.entity(QStringLiteral("永清县计量检定测试所"), metrologyInstitution);
    const Entity works = d.entity(QStringLiteral("永清县衡器制造有限公司"));
    const Entity earlier = d.entity(QStringLiteral("永清县燃气表校验站"), metrologyInstitution);
    const QDate day = d.today.addDays(-1);
    const Session &insp1 = d.staff.inspectorA;
    const Session &insp2 = d.staff.inspectorB;

    // The points an inspector of metrology gets: the system's content points.
    const QJsonObject checklist = d.json(insp1, args({"inspections", "checklist", "--domain", "metrology"}));
    CHECK(text(checklist, "domain") == QStringLiteral("metrology"));
    const QJsonArray points = array(checklist, "points");
    REQUIRE(points.size() >= 3);
    const QString failed = text(points.at(1).toObject(), "label");
    const QString notApplicable = text(points.at(2).toObject(), "label");

    // A draft with one point answered.
    const QStringList add = args({"inspections", "add", "--kind", "routine", "--domain", "metrology", "--section",
                                  "标准计量股", "--inspectors", "insp1,insp2", "--entity"})
                            << institute.code << QStringLiteral("--on") << iso(day);
    const QJsonObject draft =
        d.json(insp1, QStringList(add) << QStringLiteral("--check")
                                       << failed + QStringLiteral("=不符合：超范围出具校准证书2份"));
    const QString number = text(draft, "recordNumber");
    CHECK(number == QStringLiteral("YQ-01-%1-J0001").arg(day.year()));
    CHECK(text(draft, "status") == QStringLiteral("draft"));
    CHECK(draft.value(QStringLiteral("unit")).toObject().value(QStringLiteral("name")).toString() == institute.name);
    REQUIRE(array(draft, "checklist").size() == points.size());
    for (int i = 0; i < points.size(); ++i)
        CHECK(text(point(draft, i), "text") == text(points.at(i).toObject(), "text"));
    CHECK(text(point(draft, 1), "result") == QStringLiteral("does-not-conform"));
    CHECK(text(point(draft, 1), "note") == QStringLiteral("超范围出具校准证书2份"));
    CHECK(text(point(draft, 0), "result") == QStringLiteral("unchecked"));
    CHECK(draft.value(QStringLiteral("uncheckedPoints")).toInt() == points.size() - 1);

    // Completed: the rest conform but one, which does not apply; an order to correct.
    const QDate correctBy = day.addDays(30);
    const QJsonObject completed =
        d.json(insp1, args({"inspections", "edit", "--all-conform", "--findings", "超出授权范围出具校准证书。",
                            "--outcome", "order-to-correct", "--signatory", "孟所长", "--check"})
                          << notApplicable + QStringLiteral("=not-applicable") << QStringLiteral("--correct-by")
                          << iso(correctBy) << number);
    CHECK(text(completed, "status") == QStringLiteral("draft"));
    CHECK(text(point(completed, 0), "result") == QStringLiteral("conforms"));
    CHECK(text(point(completed, 1), "result") == QStringLiteral("does-not-conform"));
    CHECK(text(point(completed, 2), "result") == QStringLiteral("not-applicable"));
    CHECK(completed.value(QStringLiteral("uncheckedPoints")).toInt() == 0);
    CHECK(completed.value(QStringLiteral("failedPoints")).toInt() == 1);

    // The second inspector finishes it; from then on it is locked.
    const QJsonObject finished = d.json(insp2, args({"inspections", "finish"}) << number);
    CHECK(text(finished, "status") == QStringLiteral("finished"));
    CHECK(text(finished, "finishedBy") == QStringLiteral("insp2"));
    d.refused(insp1, args({"inspections", "edit", "--findings", "改"}) << number,
              QStringLiteral("inspections correct"));

    // Two more of the section (one a month earlier) and one of another section.
    const QStringList conforming =
        args({"inspections", "add", "--kind", "routine", "--domain", "metrology", "--inspectors", "insp1,insp2",
              "--all-conform", "--outcome", "nothing-found", "--signatory", "负责人", "--finish"});
    const QString second =
        text(d.json(insp2, QStringList(conforming)
                               << QStringLiteral("--section") << QStringLiteral("标准计量股")
                               << QStringLiteral("--entity") << works.code << QStringLiteral("--on") << iso(day)),
             "recordNumber");
    REQUIRE(d.as(insp1, QStringList(conforming)
                            << QStringLiteral("--section") << QStringLiteral("标准计量股") << QStringLiteral("--entity")
                            << earlier.code << QStringLiteral("--on") << iso(day.addDays(-40)))
                .status == 0);
    REQUIRE(d.as(insp1, QStringList(conforming)
                            << QStringLiteral("--section") << QStringLiteral("质量监督股") << QStringLiteral("--entity")
                            << works.code << QStringLiteral("--on") << iso(day))
                .status == 0);

    const QStringList range =
        QStringList{QStringLiteral("--from"), iso(day.addDays(-7)), QStringLiteral("--to"), iso(day)};
    const QJsonObject listed = d.json(d.staff.chief, args({"inspections", "list", "--section", "标准计量股"}) + range);
    CHECK(listed.value(QStringLiteral("total")).toInt() == 2);
    QStringList inRange = numbers(listed);
    inRange.sort();
    CHECK(inRange == QStringList{number, second});
    CHECK(d.json(d.staff.chief, args({"inspections", "list", "--section", "标准计量股"}))
              .value(QStringLiteral("total"))
              .toInt() == 3);
    CHECK(d.json(d.staff.chief, args({"inspections", "list", "--status", "draft"})).value(QStringLiteral("total")) ==
          0);
    CHECK(numbers(d.json(d.staff.chief, args({"inspections", "list", "--follow-up-open"}))) == QStringList{number});

    // The follow-up check of the order falls due on its deadline.
    const QJsonArray followUps =
        array(d.json(d.staff.chief, args({"inspections", "follow-ups", "--within", "60"})), "followUps");
    REQUIRE(followUps.size() == 1);
    CHECK(text(followUps.at(0).toObject(), "recordNumber") == number);
    CHECK(text(followUps.at(0).toObject(), "due") == iso(correctBy));
    CHECK(text(followUps.at(0).toObject(), "outcome") == QStringLiteral("order-to-correct"));

    const QJsonObject shown = d.json(d.staff.clerk, args({"inspections", "show"}) << number);
    CHECK(text(shown, "correctBy") == iso(correctBy));
    CHECK(text(shown, "followUpDue") == iso(correctBy));
    CHECK(text(shown, "unitSignatory") == QStringLiteral("孟所长"));
    CHECK(text(shown, "systemTitle") == text(checklist, "title"));
    CHECK(array(shown, "outcomes") == QJsonArray{QStringLiteral("order-to-correct")});
    const QJsonArray inspectors = array(shown, "inspectors");
    REQUIRE(inspectors.size() == 2);
    CHECK(text(inspectors.at(0).toObject(), "login") == QStringLiteral("insp1"));
    CHECK_FALSE(text(inspectors.at(1).toObject(), "certificateNumber").isEmpty());
    CHECK(array(shown, "versions").size() == 1);

    // A correction is version 2; the first stays readable.
    d.refused(insp1, args({"inspections", "correct", "--correct-by", "2020-01-01"}) << number,
              QStringLiteral("--reason"));
    const QJsonObject corrected =
        d.json(insp1, args({"inspections", "correct", "--reason", "整改期限笔误", "--correct-by"})
                          << iso(day.addDays(20)) << number);
    CHECK(text(corrected, "recordNumber") == number);
    CHECK(corrected.value(QStringLiteral("version")).toInt() == 2);
    CHECK(text(corrected, "status") == QStringLiteral("finished"));
    CHECK(text(corrected, "correctBy") == iso(day.addDays(20)));
    const QJsonArray versions = array(d.json(insp2, args({"inspections", "show"}) << number), "versions");
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).toObject().value(QStringLiteral("version")).toInt() == 1);
    CHECK(text(versions.at(1).toObject(), "correctionReason") == QStringLiteral("整改期限笔误"));
    CHECK(d.json(d.staff.chief, args({"inspections", "list", "--section", "标准计量股"}) + range)
              .value(QStringLiteral("total"))
              .toInt() == 2);

    // Printed alone, and the section's week in one PDF, each record on its own pages.
    const QString one = d.t.dir() + QStringLiteral("/one.pdf");
    const QString two = d.t.dir() + QStringLiteral("/two.pdf");
    const QString week = d.t.dir() + QStringLiteral("/week.pdf");
    REQUIRE(d.as(d.staff.chief, args({"inspections", "print", "-o"}) << one << number).status == 0);
    REQUIRE(d.as(d.staff.chief, args({"inspections", "print", "-o"}) << two << second).status == 0);
    const QString oneText = pdfContent(one);
    CHECK(oneText.contains(QStringLiteral("监督检查记录")));
    CHECK(oneText.contains(institute.name));
    const QJsonObject batch =
        d.json(d.staff.chief, args({"inspections", "print", "--section", "标准计量股", "-o"}) << week << range);
    CHECK(array(batch, "records") == QJsonArray::fromStringList({number, second}));
    CHECK(pdfPages(week) == pdfPages(one) + pdfPages(two));
    const QString weekText = pdfContent(week);
    CHECK(weekText.count(QStringLiteral("监督检查记录")) >= 2);
    CHECK(weekText.contains(institute.name));
    CHECK(weekText.contains(works.name));
    CHECK_FALSE(weekText.contains(earlier.name));
    checkFontsEmbedded(week);

    // Nothing to print, and a directive the record does not have.
    const QString none = d.t.dir() + QStringLiteral("/none.pdf");
    d.refused(d.staff.chief, args({"inspections", "print", "--section", "无此股室", "-o"}) << none << range,
              QStringLiteral("--section"));
    CHECK_FALSE(QFile::exists(none));
    d.refused(d.staff.chief, args({"inspections", "print", "--directive", "-o"}) << none << number,
              QStringLiteral("--directive"));
}

TEST_CASE("cli inspections: a draft discarded, and refusals that name the field and change nothing",
          "[cli][inspections]")
{
    InspectionDesk d;
    d.importYongqing();
    const Entity unit = d.entity(QStringLiteral("永清县华北电线有限公司"));
    // A colleague whose enforcement certificate has run out.
    const Session old =
        addColleague(d.t.db(), d.staff.admin, QStringLiteral("old1"), {Role::Inspector}, QStringLiteral("赵长河"));
    auto member = StaffDirectory(d.t.db()).find(d.staff.admin, QStringLiteral("old1"));
    REQUIRE(member);
    member->enforcement = {QStringLiteral("ZF20190001"), QDate(2019, 1, 1), QDate(2024, 12, 31)};
    REQUIRE(StaffDirectory(d.t.db()).update(d.staff.admin, *member));

    const QString day = iso(d.today);
    // A finishable record; `changes` replace the options they name.
    const auto record = [&](const QStringList &changes) {
        const QStringList defaults = {QStringLiteral("--entity"),     unit.code,
                                      QStringLiteral("--on"),         day,
                                      QStringLiteral("--inspectors"), QStringLiteral("insp1,insp2"),
                                      QStringLiteral("--kind"),       QStringLiteral("routine"),
                                      QStringLiteral("--domain"),     QStringLiteral("product_quality"),
                                      QStringLiteral("--section"),    QStringLiteral("质量监督股"),
                                      QStringLiteral("--outcome"),    QStringLiteral("nothing-found"),
                                      QStringLiteral("--signatory"),  QStringLiteral("赵经理")};
        QStringList a = args({"inspections", "add", "--all-conform", "--finish"});
        for (int i = 0; i < defaults.size(); i += 2)
            if (!changes.contains(defaults[i]))
                a << defaults[i] << defaults[i + 1];
        return a + changes;
    };
    const Session &insp1 = d.staff.inspectorA;
    d.refused(insp1, record({QStringLiteral("--inspectors"), QStringLiteral("insp1")}), QStringLiteral("--inspectors"));
    d.refused(insp1, record({QStringLiteral("--inspectors"), QStringLiteral("insp1,old1")}),
              QStringLiteral("--inspectors: Inspectors: the certificate ZF20190001 of 赵长河 (old1) expired"));
    d.refused(insp1, record({QStringLiteral("--on"), QStringLiteral("2026-02-30")}), QStringLiteral("--on"));
    d.refused(insp1, record({QStringLiteral("--on"), iso(d.today.addDays(1))}), QStringLiteral("--on"));
    d.refused(insp1, record({QStringLiteral("--check"), QStringLiteral("9.9=conforms")}),
              QStringLiteral("--check: the checklist has no point 9.9"));
    d.refused(insp1, record({QStringLiteral("--check"), QStringLiteral("1=perhaps")}), QStringLiteral("--check 1"));
    d.refused(insp1, record({QStringLiteral("--entity"), QStringLiteral("999")}), QStringLiteral("--entity"));
    d.refused(insp1, record({QStringLiteral("--inspectors"), QStringLiteral("insp1,nobody")}),
              QStringLiteral("--inspectors"));
    d.refused(insp1, record({QStringLiteral("--outcome"), QStringLiteral("order-to-correct")}),
              QStringLiteral("--findings"));
    d.refused(insp1, record({QStringLiteral("--kind"), QStringLiteral("visit")}), QStringLiteral("--kind"));
    d.refused(d.staff.admin, record({}), QStringLiteral("may not record inspections and sampling"));

    // The same record with the defaults is accepted: the refusals were the fields'.
    const QJsonObject stored = d.json(insp1, record({}));
    CHECK(text(stored, "status") == QStringLiteral("finished"));
    CHECK(array(stored, "checklist").size() == 1);
    CHECK(text(point(stored, 0), "result") == QStringLiteral("conforms"));

    // A draft may name one inspector and leave points open; without
    // --section it belongs to the section of whoever records it.
    const QJsonObject draft = d.json(d.staff.chief, args({"inspections", "add", "--kind", "complaint", "--domain",
                                                          "product_quality", "--inspectors", "insp1", "--entity"})
                                                        << unit.code << QStringLiteral("--on") << day);
    CHECK(text(draft, "status") == QStringLiteral("draft"));
    CHECK(text(draft, "section") == QStringLiteral("稽查股"));
    CHECK(text(point(draft, 0), "result") == QStringLiteral("unchecked"));
    const QString draftNumber = text(draft, "recordNumber");
    REQUIRE(d.as(insp1, args({"inspections", "discard"}) << draftNumber).status == 0);
    CHECK(d.as(insp1, args({"inspections", "show"}) << draftNumber).status != 0);
    d.refused(insp1, args({"inspections", "discard"}) << text(stored, "recordNumber"),
              QStringLiteral("only a draft can be discarded"));
}
