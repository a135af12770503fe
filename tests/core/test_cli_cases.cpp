// casedesk-cli's cases commands as scripts use them, through the real
// binary: a complaint taken from cases add to an archived case by the people
// each step needs, refusals that name the field and change nothing, the
// list's filters and deadlines, the clock moved by an extension and a stop,
// seizures, attachments, documents printed to PDF, and number blocks.
#include "cases/casedocuments.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "clirunner.h"
#include "dutylist/dutylistrepository.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A bureau with the people of a case (casesupport.h), driven on the command line.
struct Desk {
    TempDatabase t;
    CaseStaff staff = setUpCaseStaff(t.db(), QStringLiteral("YQ-01"));
    const QDate today = QDate::currentDate();

    CliRun as(const Session &who, const QStringList &a)
    {
        const char *password = who.login() == QLatin1String("admin") ? kAdminPassword : kOwnPassword;
        return cliAs(t.path(), who.login(), QString::fromLatin1(password), a);
    }
    QJsonObject json(const Session &who, const QStringList &a)
    {
        const CliRun r = as(who, QStringList{QStringLiteral("--json")} + a);
        INFO(a.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.status == 0);
        return cliJson(r);
    }
    QJsonObject show(const QString &number)
    {
        return json(staff.clerk, {QStringLiteral("cases"), QStringLiteral("show"), number});
    }
    // The command is refused (exit 2) with one line naming `field`, and nothing changed.
    void refused(const Session &who, const QStringList &a, const QString &field)
    {
        const QByteArray before = fingerprint(t.db());
        const CliRun r = as(who, a);
        INFO(a.join(QLatin1Char(' ')).toStdString() << " → " << r.status << ": " << r.err.toStdString());
        CHECK(r.status == 2);
        CHECK(r.err.contains(field));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(fingerprint(t.db()) == before);
    }
};

int listTotal(Desk &d, const QStringList &filters)
{
    return d.json(d.staff.inspectorB, QStringList{QStringLiteral("cases"), QStringLiteral("list")} + filters)
        .value(QStringLiteral("total"))
        .toInt();
}

QStringList advance(const QString &number, const char *to, const QDate &on)
{
    return args({"cases", "advance"}) << number << QStringLiteral("--to") << QString::fromLatin1(to)
                                      << QStringLiteral("--on") << iso(on);
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toArray();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString();
}

// pdftotext's text with compatibility forms folded (fonts map some Han
// characters to Kangxi radicals: ⾏ for 行).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("cli cases: a complaint from cases add to an archived case", "[cli][cases]")
{
    Desk d;
    REQUIRE(ResponsibilityListRepository(d.t.db()).save(d.staff.admin, sampleList()));
    const Entity party = storeEntity(d.t.db(), d.staff.clerk, QStringLiteral("永清县华北电线有限公司"), 1);
    const QDate received = d.today.addDays(-70);
    const QDate filed = d.today.addDays(-60);

    // The item the case carries out, with the legal reference it cites.
    const QJsonArray items = array(d.json(d.staff.clerk, args({"cases", "items", "--search", "计量器具"})), "items");
    QJsonObject item;
    for (const QJsonValue &v : items)
        if (text(v.toObject(), "text") == QStringLiteral("依法监督管理计量器具"))
            item = v.toObject();
    REQUIRE_FALSE(item.isEmpty());
    const QJsonObject reference = array(item, "references").at(0).toObject();
    CHECK(text(reference, "law") == QStringLiteral("计量法"));
    const QString ref = text(reference, "ref");
    REQUIRE(ref.startsWith(QLatin1String("ref:")));

    const QJsonObject lead = d.json(
        d.staff.clerk, args({"cases",           "add",
                             "--source",        "complaint",
                             "--source-detail", "12345 投诉 第1号",
                             "--title",         "涉嫌生产销售不合格电线电缆案",
                             "--facts",         "当事人生产的BV2.5电线导体电阻不合格。",
                             "--section",       "稽查股",
                             "--handlers",      "insp1,insp2",
                             "--violated",      "产品质量法 第十三条",
                             "--applied",       "《产品质量法》第四十九条",
                             "--fine-range",    "30000-100000"})
                           << QStringLiteral("--entity") << party.code << QStringLiteral("--received") << iso(received)
                           << QStringLiteral("--items") << QString::number(item.value(QStringLiteral("id")).toInteger())
                           << QStringLiteral("--violated") << ref);
    CHECK(text(lead, "stage") == QStringLiteral("lead"));
    const QString leadNumber = text(lead, "leadNumber");
    CHECK(leadNumber == QStringLiteral("YQ-01-%1-0001").arg(received.year()));
    CHECK(lead.value(QStringLiteral("party")).toObject().value(QStringLiteral("name")).toString() == party.name);
    CHECK(lead.value(QStringLiteral("party")).toObject().value(QStringLiteral("entityId")).toInteger() == party.id);
    const QJsonArray handlers = array(lead, "handlers");
    REQUIRE(handlers.size() == 2);
    CHECK(text(handlers.at(0).toObject(), "login") == QStringLiteral("insp1"));
    CHECK_FALSE(text(handlers.at(1).toObject(), "certificateNumber").isEmpty());
    const QJsonArray provisions = array(lead, "provisions");
    REQUIRE(provisions.size() == 3);
    CHECK(text(provisions.at(0).toObject(), "article") == QStringLiteral("第十三条"));
    CHECK(text(provisions.at(1).toObject(), "law") == QStringLiteral("计量法"));
    CHECK(QStringLiteral("ref:%1").arg(
              provisions.at(1).toObject().value(QStringLiteral("legalReferenceId")).toInteger()) == ref);
    const QJsonObject applied = provisions.at(2).toObject();
    CHECK(text(applied, "role") == QStringLiteral("applied"));
    CHECK(text(applied, "law") == QStringLiteral("产品质量法"));
    CHECK(text(applied, "article") == QStringLiteral("第四十九条"));
    CHECK(text(applied.value(QStringLiteral("fineRange")).toObject(), "min") == QStringLiteral("30,000.00"));
    CHECK(applied.value(QStringLiteral("fineRange")).toObject().value(QStringLiteral("maxFen")).toInteger() ==
          10000000);

    // Nobody skips a step: the clerk may not file, nothing follows a lead but filing or its alternatives.
    d.refused(d.staff.clerk,
              advance(leadNumber, "filed", filed) << QStringLiteral("--opinion") << QStringLiteral("同意"),
              QStringLiteral("may not approve steps of enforcement cases"));
    d.refused(d.staff.head,
              advance(leadNumber, "decided", filed) << QStringLiteral("--opinion") << QStringLiteral("同意"),
              QStringLiteral("Decided is not a legal next stage"));
    d.refused(d.staff.head, advance(leadNumber, "filed", filed), QStringLiteral("give the approval opinion"));

    const QJsonObject filedCase = d.json(
        d.staff.head, advance(leadNumber, "filed", filed) << QStringLiteral("--opinion") << QStringLiteral("同意立案"));
    const QString number = QStringLiteral("永质监罚字〔%1〕第001号").arg(filed.year());
    const QString shortNumber = QStringLiteral("%1-001").arg(filed.year());
    CHECK(text(filedCase, "number") == number);
    CHECK(text(filedCase, "shortNumber") == shortNumber);
    CHECK(text(filedCase.value(QStringLiteral("clock")).toObject(), "phase") == QStringLiteral("running"));
    CHECK(text(filedCase.value(QStringLiteral("clock")).toObject(), "due") == iso(filed.addMonths(3)));

    REQUIRE(d.as(d.staff.inspectorA, advance(shortNumber, "investigating", filed.addDays(1))).status == 0);
    const QJsonObject fined =
        d.json(d.staff.inspectorA,
               args({"cases", "penalty", "--add", "fine", "--amount", "50000", "--reasons", "初次违法，积极配合调查"})
                   << number);
    const QJsonObject fine = array(fined, "penalties").at(0).toObject();
    CHECK(text(fine, "amount") == QStringLiteral("50,000.00"));
    CHECK(fine.value(QStringLiteral("amountFen")).toInteger() == 5000000);
    CHECK(fine.value(QStringLiteral("provision")).toInt() == 3);
    CHECK(text(fine, "tier") == QStringLiteral("lighter")); // 50,000 is within the lowest 30 % of 30,000–100,000
    REQUIRE(d.as(d.staff.inspectorA, args({"cases", "penalty", "--add", "order-to-correct", "--details",
                                           "停止生产销售不合格电线，召回已售产品", "--deadline"})
                                         << iso(filed.addDays(40)) << shortNumber)
                .status == 0);
    REQUIRE(d.as(d.staff.inspectorA,
                 args({"cases", "edit", "--findings", "经调查，当事人生产销售不合格电线，事实清楚，证据确凿。"})
                     << shortNumber)
                .status == 0);
    REQUIRE(d.as(d.staff.inspectorA, advance(shortNumber, "under-review", filed.addDays(10))).status == 0);
    REQUIRE(d.as(d.staff.chief, advance(shortNumber, "notified", filed.addDays(12))
                                    << QStringLiteral("--opinion") << QStringLiteral("事实清楚，拟予处罚"))
                .status == 0);
    d.refused(d.staff.head,
              advance(shortNumber, "decided", filed.addDays(13))
                  << QStringLiteral("--opinion") << QStringLiteral("同意"),
              QStringLiteral("to state their case"));
    REQUIRE(d.as(d.staff.head, advance(shortNumber, "decided", filed.addDays(16))
                                   << QStringLiteral("--opinion") << QStringLiteral("同意处罚"))
                .status == 0);
    REQUIRE(d.as(d.staff.inspectorA, advance(shortNumber, "served", filed.addDays(18))
                                         << QStringLiteral("--service-method") << QStringLiteral("直接送达"))
                .status == 0);
    d.refused(d.staff.inspectorA,
              advance(shortNumber, "executed", filed.addDays(25))
                  << QStringLiteral("--paid") << QStringLiteral("1.234"),
              QStringLiteral("--paid"));
    REQUIRE(d.as(d.staff.inspectorA, advance(shortNumber, "executed", filed.addDays(25))
                                         << QStringLiteral("--paid") << QStringLiteral("50,000.00")
                                         << QStringLiteral("--receipt") << QStringLiteral("冀财罚0012345"))
                .status == 0);
    REQUIRE(d.as(d.staff.head, advance(shortNumber, "closed", filed.addDays(30))
                                   << QStringLiteral("--opinion") << QStringLiteral("同意结案"))
                .status == 0);
    const CliRun archived =
        d.as(d.staff.clerk, advance(shortNumber, "archived", filed.addDays(35))
                                << QStringLiteral("--archive-number") << QStringLiteral("永质监档〔2026〕1号"));
    INFO(archived.err.toStdString());
    REQUIRE(archived.status == 0);
    CHECK(archived.out.startsWith(QStringLiteral("%1 is now Archived.").arg(number)));

    const QJsonObject shown = d.show(number);
    CHECK(text(shown, "stage") == QStringLiteral("archived"));
    CHECK(text(shown, "totalFines") == QStringLiteral("50,000.00"));
    CHECK(shown.value(QStringLiteral("paidFen")).toInteger() == 5000000);
    CHECK(text(shown, "receiptNumber") == QStringLiteral("冀财罚0012345"));
    CHECK(text(shown, "decidedOn") == iso(filed.addDays(16)));
    CHECK(text(shown.value(QStringLiteral("clock")).toObject(), "phase") == QStringLiteral("finished"));
    CHECK(array(shown, "offered").isEmpty());
    CHECK(array(shown, "documents").contains(QStringLiteral("penalty-decision")));
    QStringList stages, logins;
    for (const QJsonValue &v : array(shown, "steps"))
        if (text(v.toObject(), "kind") == QLatin1String("stage")) {
            stages << text(v.toObject(), "to");
            logins << text(v.toObject(), "login");
        }
    CHECK(stages == args({"filed", "investigating", "under-review", "notified", "decided", "served", "executed",
                          "closed", "archived"}));
    CHECK(logins == args({"head", "insp1", "insp1", "chief", "head", "insp1", "insp1", "head", "clerk"}));
    const CliRun asText = d.as(d.staff.clerk, args({"cases", "show"}) << leadNumber);
    CHECK(asText.out.contains(number));
    CHECK(asText.out.contains(QStringLiteral("Fine 50,000.00元")));
    CHECK(asText.out.contains(QStringLiteral("Closed → Archived")));
}

TEST_CASE("cli cases: list filters, overdue and due within days", "[cli][cases]")
{
    Desk d;
    const QDate overdueFiled = d.today.addDays(-100);
    const QDate soonFiled = d.today.addMonths(-3).addDays(5);
    const QDate laterFiled = d.today.addDays(-10);
    const EnforcementCase overdue = caseAtStage(d.t.db(), d.staff, CaseStage::Filed, overdueFiled, 1);
    const EnforcementCase soon = caseAtStage(d.t.db(), d.staff, CaseStage::Investigating, soonFiled, 2);
    caseAtStage(d.t.db(), d.staff, CaseStage::Filed, laterFiled, 3);
    caseAtStage(d.t.db(), d.staff, CaseStage::Lead, laterFiled, 4);
    auto total = [&](const QStringList &filters) { return listTotal(d, filters); };

    const QJsonArray late = array(d.json(d.staff.clerk, args({"cases", "list", "--overdue"})), "cases");
    REQUIRE(late.size() == 1);
    CHECK(late.at(0).toObject().value(QStringLiteral("id")).toInteger() == overdue.id);
    CHECK(late.at(0).toObject().value(QStringLiteral("daysLeft")).toInt() == d.today.daysTo(overdueFiled.addMonths(3)));
    CHECK(late.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    const QJsonArray week = array(d.json(d.staff.clerk, args({"cases", "list", "--due-within", "7"})), "cases");
    REQUIRE(week.size() == 2);
    CHECK(week.at(0).toObject().value(QStringLiteral("id")).toInteger() == overdue.id); // most urgent first
    CHECK(week.at(1).toObject().value(QStringLiteral("id")).toInteger() == soon.id);
    CHECK(week.at(1).toObject().value(QStringLiteral("daysLeft")).toInt() == d.today.daysTo(soonFiled.addMonths(3)));
    CHECK(text(week.at(1).toObject(), "stage") == QStringLiteral("investigating"));
    CHECK(total(args({"--due-within", "0"})) == 1);

    CHECK(total({}) == 4);
    CHECK(total(args({"--stage", "lead"})) == 1);
    CHECK(total(args({"--stage", "filed,investigating"})) == 3);
    CHECK(total(args({"--source", "complaint"})) == 4);
    CHECK(total(args({"--source", "inspection"})) == 0);
    CHECK(total(args({"--handler", "insp2"})) == 4);
    CHECK(total(args({"--handler", "chief"})) == 0);
    CHECK(total(args({"--section", "稽查股"})) == 4);
    CHECK(total(args({"--search", "第2电线"})) == 1);
    CHECK(total(QStringList{QStringLiteral("--year"), QString::number(d.today.year() + 1)}) == 0);
    const QJsonObject limited = d.json(d.staff.clerk, args({"cases", "list", "--limit", "1"}));
    CHECK(limited.value(QStringLiteral("total")).toInt() == 4);
    CHECK(array(limited, "cases").size() == 1);
    const CliRun asText = d.as(d.staff.clerk, args({"cases", "list", "--overdue"}));
    CHECK(asText.out.contains(QStringLiteral("days overdue")));
    CHECK(asText.out.endsWith(QStringLiteral("1 case\n")));

    d.refused(d.staff.clerk, args({"cases", "list", "--stage", "finished"}), QStringLiteral("--stage: \"finished\""));
    d.refused(d.staff.clerk, args({"cases", "list", "--handler", "nobody"}), QStringLiteral("--handler"));
    d.refused(d.staff.clerk, args({"cases", "list", "--due-within", "soon"}), QStringLiteral("--due-within"));
    // Reading cases needs a sign-in too.
    CHECK(cli(args({"--db"}) << d.t.path() << QStringLiteral("cases") << QStringLiteral("list")).status == 2);
}

TEST_CASE("cli cases: extension, clock stops and seizures move their due dates", "[cli][cases]")
{
    Desk d;
    const QDate filed = d.today.addDays(-40);
    const EnforcementCase c = caseAtStage(d.t.db(), d.staff, CaseStage::Filed, filed, 1);
    const QString number = c.number.shortForm();
    const QDate due = filed.addMonths(3);
    auto clock = [&] { return d.show(number).value(QStringLiteral("clock")).toObject(); };
    CHECK(text(clock(), "due") == iso(due));

    const QStringList extend = args({"cases", "extend", "--reason", "案情复杂，需进一步调查"}) << number;
    d.refused(d.staff.chief, extend, QStringLiteral("may not approve steps of enforcement cases"));
    d.refused(d.staff.head, args({"cases", "extend"}) << number, QStringLiteral("--reason"));
    const CliRun extended = d.as(d.staff.head, extend);
    INFO(extended.err.toStdString());
    REQUIRE(extended.status == 0);
    CHECK(extended.out.contains(QStringLiteral("Decision due: %1").arg(iso(due.addDays(30)))));
    CHECK(text(clock(), "due") == iso(due.addDays(30)));
    CHECK(d.show(number).value(QStringLiteral("extension")).toObject().value(QStringLiteral("days")).toInt() == 30);
    d.refused(d.staff.head, extend, QStringLiteral("the law allows one extension"));

    // Testing from ten days ago: the clock stands still, eleven days so far (today counts).
    d.refused(d.staff.chief, args({"cases", "suspend", "--kind", "lunch", "--reason", "x"}) << number,
              QStringLiteral("--kind: \"lunch\""));
    REQUIRE(d.as(d.staff.chief, args({"cases", "suspend", "--kind", "testing", "--reason", "送检"})
                                    << number << QStringLiteral("--on") << iso(d.today.addDays(-10)))
                .status == 0);
    CHECK(text(clock(), "phase") == QStringLiteral("stopped"));
    CHECK(text(clock(), "due") == iso(due.addDays(30 + 11)));
    // Resumed two days ago: nine days did not count.
    REQUIRE(d.as(d.staff.chief, args({"cases", "resume", "--reason", "检验报告已出"})
                                    << number << QStringLiteral("--on") << iso(d.today.addDays(-2)))
                .status == 0);
    const QJsonObject resumed = d.show(number);
    CHECK(text(resumed.value(QStringLiteral("clock")).toObject(), "phase") == QStringLiteral("running"));
    CHECK(text(resumed.value(QStringLiteral("clock")).toObject(), "due") == iso(due.addDays(30 + 9)));
    CHECK(resumed.value(QStringLiteral("clock")).toObject().value(QStringLiteral("stoppedDays")).toInt() == 9);
    REQUIRE(array(resumed, "stops").size() == 1);
    CHECK(text(array(resumed, "stops").at(0).toObject(), "to") == iso(d.today.addDays(-2)));

    // A seizure 35 days ago is 5 days overdue, until the head extends it.
    const QJsonObject seized =
        d.json(d.staff.inspectorA, args({"cases", "seize", "--items", "BV2.5电线100卷", "--place", "当事人成品仓库"})
                                       << number << QStringLiteral("--on") << iso(d.today.addDays(-35)));
    const QJsonObject seizure = array(seized, "seizures").at(0).toObject();
    CHECK(text(seizure, "due") == iso(d.today.addDays(-5)));
    CHECK(seizure.value(QStringLiteral("overdue")).toBool());
    const QString seizureId = QString::number(seizure.value(QStringLiteral("id")).toInteger());
    CHECK(listTotal(d, args({"--overdue"})) == 1);
    d.refused(d.staff.head, args({"cases", "seizure-extend", "--reason", "检验未完成"}) << number,
              QStringLiteral("--seizure"));
    const QJsonObject extendedSeizure =
        d.json(d.staff.head, args({"cases", "seizure-extend", "--reason", "检验未完成", "--seizure"})
                                 << seizureId << number << QStringLiteral("--on") << iso(d.today.addDays(-6)));
    CHECK(text(array(extendedSeizure, "seizures").at(0).toObject(), "due") == iso(d.today.addDays(25)));
    CHECK(listTotal(d, args({"--overdue"})) == 0);
    const QJsonObject released =
        d.json(d.staff.inspectorA, args({"cases", "seizure-release", "--seizure"}) << seizureId << number);
    CHECK(array(released, "seizures").at(0).toObject().value(QStringLiteral("released")).toBool());
    CHECK(text(array(released, "seizures").at(0).toObject(), "releasedOn") == iso(d.today));
}

TEST_CASE("cli cases: every document printed to PDF, and as HTML", "[cli][cases]")
{
    Desk d;
    const EnforcementCase c = caseAtStage(d.t.db(), d.staff, CaseStage::Archived, d.today.addDays(-60), 1);
    const QString sequence = QStringLiteral("〔%1〕第001号").arg(c.number.year);
    for (CaseDocumentKind kind : caseDocumentKinds().values()) {
        const QString code = caseDocumentKinds().code(kind);
        INFO(code.toStdString());
        const QString pdf = d.t.dir() + QLatin1Char('/') + code + QStringLiteral(".pdf");
        const CliRun printed = d.as(d.staff.chief, args({"cases", "print", "--document"})
                                                       << code << c.number.shortForm() << QStringLiteral("-o") << pdf);
        INFO(printed.err.toStdString());
        REQUIRE(printed.status == 0);
        CHECK(printed.err.isEmpty()); // no platform chatter on stderr
        CHECK(readAll(pdf).startsWith("%PDF"));
        const QString words = pdfText(pdf);
        CHECK(words.contains(sequence));
        CHECK(words.contains(QStringLiteral("永清县第1电线电缆有限公司")));
    }
    // The Chinese title names the document too; --html writes what the PDF is made of.
    const QString html = d.t.dir() + QStringLiteral("/decision.html");
    const QJsonObject written = d.json(d.staff.clerk, args({"cases", "print", "--html", "--document", "行政处罚决定书"})
                                                          << c.number.shortForm() << QStringLiteral("-o") << html);
    CHECK(text(written, "document") == QStringLiteral("penalty-decision"));
    CHECK(text(written, "format") == QStringLiteral("html"));
    CHECK(text(written, "title") == QStringLiteral("行政处罚决定书 永质监罚字%1").arg(sequence));
    const QString markup = QString::fromUtf8(readAll(html));
    CHECK(markup.contains(QStringLiteral("行政处罚决定书")));
    CHECK(markup.contains(QStringLiteral("伍万元整")));

    // A lead has no decision yet; an unknown document is named.
    const EnforcementCase lead = caseAtStage(d.t.db(), d.staff, CaseStage::Lead, d.today.addDays(-5), 2);
    const QString nothing = d.t.dir() + QStringLiteral("/nothing.pdf");
    d.refused(d.staff.clerk,
              args({"cases", "print", "--document", "penalty-decision", "-o"}) << nothing << lead.leadNumber,
              QStringLiteral("--document"));
    d.refused(d.staff.clerk, args({"cases", "print", "--document", "receipt", "-o"}) << nothing << lead.leadNumber,
              QStringLiteral("--document: \"receipt\""));
    CHECK_FALSE(QFile::exists(nothing));
    const QJsonObject filingForm = d.json(d.staff.clerk, args({"cases", "print", "--document", "filing-approval", "-o"})
                                                             << nothing << lead.leadNumber);
    CHECK(text(filingForm, "title").contains(lead.leadNumber));
}

TEST_CASE("cli cases: an attachment goes in and comes out unchanged", "[cli][cases]")
{
    Desk d;
    const EnforcementCase c = caseAtStage(d.t.db(), d.staff, CaseStage::Investigating, d.today.addDays(-10), 1);
    QByteArray photo;
    for (int i = 0; i < 5000; ++i)
        photo.append(char(i * 7 % 256));
    const QString file = d.t.dir() + QStringLiteral("/现场照片.jpg");
    writeFile(file, photo);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());

    d.refused(d.staff.admin, args({"cases", "attach"}) << c.leadNumber << file,
              QStringLiteral("may not edit enforcement cases"));
    d.refused(d.staff.inspectorA, args({"cases", "attach"}) << c.leadNumber << d.t.dir() + QStringLiteral("/none.jpg"),
              QStringLiteral("none.jpg"));
    const QJsonObject attached =
        d.json(d.staff.inspectorA, args({"cases", "attach", "--note", "仓库现场"}) << c.leadNumber << file);
    CHECK(text(attached, "name") == QStringLiteral("现场照片.jpg"));
    CHECK(attached.value(QStringLiteral("size")).toInteger() == photo.size());
    CHECK(text(attached, "sha256") == sha256);

    const QJsonArray listed = array(d.show(c.leadNumber), "attachments");
    REQUIRE(listed.size() == 1);
    CHECK(text(listed.at(0).toObject(), "note") == QStringLiteral("仓库现场"));
    CHECK(text(listed.at(0).toObject(), "sha256") == sha256);

    const QString id = QString::number(attached.value(QStringLiteral("id")).toInteger());
    const QString copy = d.t.dir() + QStringLiteral("/copy.jpg");
    const CliRun out = d.as(d.staff.clerk, args({"cases", "attachment", "-o"}) << copy << id);
    INFO(out.err.toStdString());
    REQUIRE(out.status == 0);
    CHECK(out.out.contains(sha256));
    CHECK(readAll(copy) == photo);
    d.refused(d.staff.clerk, args({"cases", "attachment", "999", "-o"}) << copy, QStringLiteral("999"));
    d.refused(d.staff.clerk, args({"cases", "attachment"}) << id, QStringLiteral("-o"));
}

TEST_CASE("cli cases: bad input is refused naming the field, and changes nothing", "[cli][cases]")
{
    Desk d;
    const Entity party = storeEntity(d.t.db(), d.staff.clerk, QStringLiteral("永清县华北电线有限公司"), 1);
    const EnforcementCase c = caseAtStage(d.t.db(), d.staff, CaseStage::Investigating, d.today.addDays(-10), 2);
    const QString number = c.number.shortForm();
    auto add = [&](std::initializer_list<const char *> extra) {
        QStringList a = args({"cases", "add", "--source", "complaint", "--title", "涉嫌无证生产案", "--facts",
                              "无证生产", "--handlers", "insp1,insp2"})
                        << QStringLiteral("--entity") << party.code;
        for (const char *w : extra)
            a << QString::fromUtf8(w);
        return a;
    };
    const Session &clerk = d.staff.clerk;
    d.refused(clerk, add({"--source", "rumour"}), QStringLiteral("--source: \"rumour\""));
    d.refused(clerk, add({"--received", "2026-13-45"}), QStringLiteral("--received"));
    d.refused(clerk, add({"--handlers", "insp1,nobody"}), QStringLiteral("--handlers"));
    d.refused(clerk, add({"--items", "99999"}), QStringLiteral("--items"));
    d.refused(clerk, add({"--title", " "}), QStringLiteral("--title"));
    d.refused(clerk, add({"--entity", "424242"}), QStringLiteral("--entity"));
    d.refused(clerk, add({"--person", "张三"}), QStringLiteral("--entity, --person"));
    d.refused(clerk,
              args({"cases", "add", "--source", "complaint", "--title", "涉嫌无证生产案", "--facts", "无证生产",
                    "--person", "张三"}),
              QStringLiteral("--id-number"));
    d.refused(clerk,
              args({"cases", "add", "--source", "complaint", "--title", "涉嫌无证生产案", "--facts", "无证生产",
                    "--person", "张三", "--id-number", "110105194912310021"}),
              QStringLiteral("--id-number"));
    d.refused(clerk, add({"--violated", "ref:77"}), QStringLiteral("--violated: ref:77"));
    d.refused(clerk, add({"--fine-range", "30000-100000"}), QStringLiteral("--fine-range"));
    d.refused(clerk, add({"--applied", "产品质量法 第四十九条", "--fine-range", "100000-30000"}),
              QStringLiteral("--fine-range"));
    d.refused(clerk, add({"--applied", "产品质量法 第四十九条", "--fine-multiple", "1-3x"}),
              QStringLiteral("--fine-basis"));
    d.refused(d.staff.admin, add({}), QStringLiteral("may not edit enforcement cases"));

    const Session &insp = d.staff.inspectorA;
    d.refused(insp, args({"cases", "advance", "--to", "nowhere"}) << number, QStringLiteral("--to: \"nowhere\""));
    d.refused(insp, args({"cases", "advance", "--to", "under-review", "--on", "2026-02-30"}) << number,
              QStringLiteral("--on"));
    d.refused(insp, args({"cases", "advance", "--to", "under-review"}) << number,
              QStringLiteral("write the findings of the investigation"));
    d.refused(insp, args({"cases", "penalty", "--add", "fine", "--amount", "1.234", "--reasons", "x"}) << number,
              QStringLiteral("--amount"));
    d.refused(insp, args({"cases", "penalty", "--add", "fine", "--amount", "50000", "--provision", "1"}) << number,
              QStringLiteral("--provision"));
    d.refused(insp, args({"cases", "penalty", "--add", "jail"}) << number, QStringLiteral("--add: \"jail\""));
    d.refused(insp, args({"cases", "penalty"}) << number, QStringLiteral("--add"));
    d.refused(insp,
              args({"cases", "penalty", "--add", "fine", "--amount", "200000", "--reasons", "情节严重"}) << number,
              QStringLiteral("200,000.00"));
    d.refused(insp, args({"cases", "show", "2031-404"}), QStringLiteral("2031-404"));
    d.refused(insp, args({"cases", "edit", "--facts", "改了"}), QStringLiteral("NUMBER"));
    d.refused(d.staff.admin, args({"cases", "numbering", "--site", "YQ-02", "--from", "100"}), QStringLiteral("--to"));
}

TEST_CASE("cli cases: a person as the party, details edited, number blocks", "[cli][cases]")
{
    Desk d;
    const QJsonObject lead =
        d.json(d.staff.clerk,
               args({"cases", "add", "--source", "hotline-12365", "--title", "涉嫌销售不合格电动车头盔案", "--facts",
                     "在集市摆摊销售无3C标志头盔。", "--person", "张三", "--id-number", "11010519491231002x",
                     "--address", "永清县永清镇", "--violated", "产品质量法 第三十九条; 产品质量法 第十三条"}));
    const QString number = text(lead, "leadNumber");
    const QJsonObject party = lead.value(QStringLiteral("party")).toObject();
    CHECK(text(party, "kind") == QStringLiteral("person"));
    CHECK(text(party, "code") == QStringLiteral("11010519491231002X"));
    CHECK(array(lead, "provisions").size() == 2);
    CHECK(text(lead, "source") == QStringLiteral("hotline-12365"));

    const QJsonObject edited = d.json(
        d.staff.inspectorA, args({"cases", "edit", "--phone", "13800000000", "--handlers", "insp1、insp2", "--applied",
                                  "产品质量法 第四十九条", "--fine-multiple", "0.5-3x", "--fine-basis", "goods"})
                                << number);
    CHECK(text(edited.value(QStringLiteral("party")).toObject(), "phone") == QStringLiteral("13800000000"));
    CHECK(array(edited, "handlers").size() == 2);
    const QJsonArray provisions = array(edited, "provisions");
    REQUIRE(provisions.size() == 3); // the violated two kept
    const QJsonObject range = provisions.at(2).toObject().value(QStringLiteral("fineRange")).toObject();
    CHECK(text(range, "kind") == QStringLiteral("multiple"));
    CHECK(range.value(QStringLiteral("minPercent")).toInt() == 50);
    CHECK(range.value(QStringLiteral("maxPercent")).toInt() == 300);
    CHECK(text(range, "basis") == QStringLiteral("goods"));
    // An edit that changes nothing succeeds and records nothing.
    const int steps = int(array(d.show(number), "steps").size());
    const CliRun same = d.as(d.staff.inspectorA, args({"cases", "edit", "--phone", "13800000000"}) << number);
    CHECK(same.status == 0);
    CHECK(array(d.show(number), "steps").size() == steps);

    const QJsonArray blocks = array(d.json(d.staff.clerk, args({"cases", "numbering"})), "blocks");
    REQUIRE(blocks.size() == 1);
    CHECK(text(blocks.at(0).toObject(), "site") == QStringLiteral("YQ-01"));
    CHECK(blocks.at(0).toObject().value(QStringLiteral("last")).toInt() == 999);
    d.refused(d.staff.clerk, args({"cases", "numbering", "--site", "YQ-02", "--from", "1000", "--to", "1999"}),
              QStringLiteral("may not change the bureau settings"));
    const QJsonArray assigned = array(d.json(d.staff.admin, args({"cases", "numbering", "--site", "YQ-02", "--from",
                                                                  "1000", "--to", "1999", "--year", "2027"})),
                                      "blocks");
    REQUIRE(assigned.size() == 2);
    CHECK(text(assigned.at(1).toObject(), "site") == QStringLiteral("YQ-02"));
    CHECK(assigned.at(1).toObject().value(QStringLiteral("year")).toInt() == 2027);
    d.refused(d.staff.admin, args({"cases", "numbering", "--site", "YQ-03", "--from", "500", "--to", "1200"}),
              QStringLiteral("YQ-01"));
}
