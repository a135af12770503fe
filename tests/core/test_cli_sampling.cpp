// casedesk-cli's sampling commands through the real binary: a failed batch
// taken through its result, delivery, rectification, the request for a
// re-check and the re-check batch, with the deadlines listed as they open
// and close; an objection within its period; the frequency limit refused
// with the batch it collides with; a case opened from the failed re-check;
// and the sampling notice printed.
#include "inspectionclidesk.h"
#include "pdftools.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The open deadlines as "batch kind due".
QStringList deadlines(InspectionDesk &d, int within)
{
    QStringList out;
    for (const QJsonValue &v :
         array(d.json(d.staff.clerk, args({"sampling", "deadlines", "--within"}) << QString::number(within)),
               "deadlines")) {
        const QJsonObject row = v.toObject();
        const QJsonObject deadline = row.value(QStringLiteral("deadline")).toObject();
        out << QStringLiteral("%1 %2 %3").arg(text(row, "batchNumber"), text(deadline, "kind"), text(deadline, "due"));
    }
    return out;
}

QStringList sample(const Entity &unit, const QString &product, const QDate &on)
{
    return args({"sampling", "add", "--samplers", "insp1,insp2", "--lab", "河北省产品质量监督检验研究院",
                 "--from-stock", "成品库", "--section", "质量监督股", "--plan", "县级产品质量监督抽查计划",
                 "--quantity", "6 件", "--entity"})
           << unit.code << QStringLiteral("--product") << product << QStringLiteral("--on") << iso(on);
}

} // namespace

TEST_CASE("cli sampling: a failed batch through rectification and re-check to a case", "[cli][sampling]")
{
    InspectionDesk d;
    const Entity works = d.entity(QStringLiteral("永清县华北电线有限公司"));
    const Session &insp1 = d.staff.inspectorA;
    const QDate t = d.today;

    const QJsonObject batch = d.json(insp1, sample(works, QStringLiteral("电线电缆"), t.addDays(-40))
                                                << QStringLiteral("--spec") << QStringLiteral("BV 2.5")
                                                << QStringLiteral("--trademark") << QStringLiteral("华北"));
    const QString number = text(batch, "batchNumber");
    CHECK(number == QStringLiteral("YQ-01-%1-C0001").arg(t.addDays(-40).year()));
    CHECK(text(batch, "result") == QStringLiteral("pending"));
    CHECK(array(batch, "samplers").size() == 2);
    CHECK(batch.value(QStringLiteral("unit")).toObject().value(QStringLiteral("name")).toString() == works.name);

    d.refused(insp1,
              args({"sampling", "result", "--result", "fail", "--report", "JY-001", "--report-on"})
                  << iso(t.addDays(-30)) << number,
              QStringLiteral("--failed-items"));
    d.refused(insp1,
              args({"sampling", "result", "--result", "maybe", "--report", "JY-001", "--report-on"})
                  << iso(t.addDays(-30)) << number,
              QStringLiteral("--result"));
    REQUIRE(d.as(insp1, args({"sampling", "result", "--result", "fail", "--report", "JY-001", "--failed-items",
                              "导体电阻", "--report-on"})
                            << iso(t.addDays(-30)) << number)
                .status == 0);
    d.refused(insp1, args({"sampling", "deliver", "--on"}) << iso(t.addDays(-31)) << number, QStringLiteral("--on"));
    const QJsonObject delivered = d.json(insp1, args({"sampling", "deliver", "--on"}) << iso(t.addDays(-28)) << number);
    CHECK(text(delivered, "deliveredOn") == iso(t.addDays(-28)));

    // Objection 15 days (closed unused), rectification 30 days from delivery.
    const QJsonObject shown = d.json(d.staff.clerk, args({"sampling", "show"}) << number);
    CHECK(text(shown, "nextStep") == QStringLiteral("rectify"));
    QStringList clocks;
    for (const QJsonValue &v : array(shown, "deadlines"))
        clocks << text(v.toObject(), "kind") + QLatin1Char(' ') + text(v.toObject(), "due");
    CHECK(clocks.contains(QStringLiteral("objection ") + iso(t.addDays(-13))));
    CHECK(clocks.contains(QStringLiteral("rectification ") + iso(t.addDays(2))));
    CHECK(deadlines(d, 30).contains(QStringLiteral("%1 rectification %2").arg(number, iso(t.addDays(2)))));

    REQUIRE(d.as(insp1, args({"sampling", "rectified", "--on"}) << iso(t.addDays(-10)) << number).status == 0);
    REQUIRE(d.as(insp1, args({"sampling", "recheck-request", "--on"}) << iso(t.addDays(-8)) << number).status == 0);
    CHECK(text(d.json(d.staff.clerk, args({"sampling", "show"}) << number), "nextStep") ==
          QStringLiteral("sample-recheck"));
    const QStringList open = deadlines(d, 30);
    CHECK(open.contains(QStringLiteral("%1 recheck-sampling %2").arg(number, iso(t.addDays(7)))));
    CHECK_FALSE(open.join(QLatin1Char(' ')).contains(QStringLiteral("%1 rectification").arg(number)));

    // The re-check batch copies the enterprise and product of the batch it follows.
    const QJsonObject recheck =
        d.json(insp1, args({"sampling", "add", "--kind", "recheck", "--samplers", "insp1,insp2", "--lab",
                            "河北省产品质量监督检验研究院", "--from-stock", "成品库", "--parent"})
                          << number << QStringLiteral("--on") << iso(t.addDays(-2)));
    const QString recheckNumber = text(recheck, "batchNumber");
    CHECK(text(recheck, "kind") == QStringLiteral("recheck"));
    CHECK(text(recheck, "parentNumber") == number);
    CHECK(text(recheck, "product") == QStringLiteral("电线电缆"));
    CHECK(recheck.value(QStringLiteral("unit")).toObject().value(QStringLiteral("entityId")).toInteger() == works.id);
    CHECK_FALSE(deadlines(d, 30).join(QLatin1Char(' ')).contains(number + QStringLiteral(" recheck-sampling")));

    // The re-check fails too: the next step is a case.
    REQUIRE(d.as(insp1, args({"sampling", "result", "--result", "fail", "--report", "JY-009", "--failed-items",
                              "导体电阻", "--report-on"})
                            << iso(t.addDays(-1)) << recheckNumber)
                .status == 0);
    REQUIRE(d.as(insp1, args({"sampling", "deliver"}) << recheckNumber).status == 0);
    CHECK(text(d.json(d.staff.clerk, args({"sampling", "show"}) << number), "nextStep") == QStringLiteral("open-case"));
    const QJsonObject opened = d.json(insp1, args({"sampling", "open-case"}) << recheckNumber);
    CHECK_FALSE(text(opened, "caseNumber").isEmpty());
    CHECK(d.as(d.staff.clerk, args({"cases", "show"}) << text(opened, "caseNumber")).status == 0);

    const QJsonObject failedList = d.json(d.staff.clerk, args({"sampling", "list", "--result", "fail"}));
    CHECK(failedList.value(QStringLiteral("total")).toInt() == 2);
    CHECK(d.json(d.staff.clerk, args({"sampling", "list", "--kind", "recheck"})).value(QStringLiteral("total")) == 1);

    // The notice, printed.
    const QString pdf = d.t.dir() + QStringLiteral("/notice.pdf");
    REQUIRE(d.as(d.staff.chief, args({"sampling", "print", "-o"}) << pdf << number).status == 0);
    const QString printed = pdfWords(pdf).normalized(QString::NormalizationForm_KC);
    CHECK(printed.contains(QStringLiteral("抽查通知书")));
    CHECK(printed.contains(works.name));
    CHECK(printed.contains(QStringLiteral("电线电缆")));
}

TEST_CASE("cli sampling: an objection in its period, the frequency limit, and refusals", "[cli][sampling]")
{
    InspectionDesk d;
    const Entity works = d.entity(QStringLiteral("永清县插座电器有限公司"));
    const Session &insp2 = d.staff.inspectorB;
    const QDate t = d.today;

    const QString number = text(d.json(insp2, sample(works, QStringLiteral("转换器"), t.addDays(-20))), "batchNumber");
    REQUIRE(d.as(insp2, args({"sampling", "result", "--result", "fail", "--report", "JY-100", "--failed-items",
                              "插套保持力", "--report-on"})
                            << iso(t.addDays(-8)) << number)
                .status == 0);
    REQUIRE(d.as(insp2, args({"sampling", "deliver", "--on"}) << iso(t.addDays(-5)) << number).status == 0);
    const QStringList open = deadlines(d, 30);
    CHECK(open.contains(QStringLiteral("%1 objection %2").arg(number, iso(t.addDays(10)))));
    CHECK(open.contains(QStringLiteral("%1 rectification %2").arg(number, iso(t.addDays(25)))));

    const QJsonObject objected = d.json(insp2, args({"sampling", "object", "--on"}) << iso(t.addDays(-3)) << number);
    CHECK(text(objected, "objectionOn") == iso(t.addDays(-3)));
    const QJsonObject retest =
        d.json(insp2, args({"sampling", "add", "--kind", "objection", "--samplers", "insp1,insp2", "--lab",
                            "国家电器产品质量监督检验中心", "--from-stock", "封存备样", "--parent"})
                          << number << QStringLiteral("--on") << iso(t.addDays(-2)));
    CHECK(text(retest, "kind") == QStringLiteral("objection"));
    CHECK(text(d.json(d.staff.clerk, args({"sampling", "show"}) << number), "nextStep") ==
          QStringLiteral("await-objection"));

    // The same product of the same enterprise twice in one quarter: refused,
    // naming the batch; full-width letters and case do not make another product.
    const QDate quarterStart(t.year(), (t.month() - 1) / 3 * 3 + 1, 1);
    const Entity other = d.entity(QStringLiteral("永清县照明电器厂"));
    const QString firstOfQuarter = text(
        d.json(insp2, sample(other, QStringLiteral("LED灯"), std::max(quarterStart, t.addDays(-1)))), "batchNumber");
    d.refused(insp2, sample(other, QStringLiteral("LED灯"), t), firstOfQuarter);
    d.refused(insp2, sample(other, QStringLiteral("ＬＥＤ灯"), t), firstOfQuarter);
    d.refused(insp2, sample(other, QStringLiteral("led灯"), t), firstOfQuarter);

    // Refusals that name the field.
    d.refused(insp2,
              sample(other, QStringLiteral("插头"), t) << QStringLiteral("--samplers") << QStringLiteral("insp2"),
              QStringLiteral("--samplers"));
    d.refused(insp2, sample(other, QStringLiteral("插头"), t.addDays(1)), QStringLiteral("--on"));
    d.refused(insp2, sample(other, QStringLiteral("插头"), t) << QStringLiteral("--entity") << QStringLiteral("0"),
              QStringLiteral("--entity"));
    d.refused(insp2,
              args({"sampling", "add", "--kind", "recheck", "--samplers", "insp1,insp2", "--lab", "某检验所",
                    "--from-stock", "成品库", "--on"})
                  << iso(t),
              QStringLiteral("--parent"));
    d.refused(d.staff.admin, sample(other, QStringLiteral("插头"), t), QStringLiteral("may not record inspections"));
    d.refused(insp2, args({"sampling", "discard"}) << number, number);

    // A pending batch may be discarded.
    const QString pending = text(d.json(insp2, sample(other, QStringLiteral("插头"), t)), "batchNumber");
    REQUIRE(d.as(insp2, args({"sampling", "discard"}) << pending).status == 0);
    CHECK(d.as(insp2, args({"sampling", "show"}) << pending).status != 0);
}
