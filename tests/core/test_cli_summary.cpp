// casedesk-cli summary through the real binary, as a scheduled job runs it:
// a quarter's figures as JSON on stdout and as XLSX, CSV, PDF and JSON
// files chosen by the extension, a section's summary, and every bad request
// refused with exit 2, one line naming the option, and no file left behind.
#include "inspectionclidesk.h"
#include "pdftools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QJsonArray rowsOf(const QJsonObject &summary, const QString &key)
{
    for (const QJsonValue &t : summary.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("key")).toString() == key)
            return t.toObject().value(QStringLiteral("rows")).toArray();
    FAIL("no table " << key.toStdString());
    return {};
}

// The overview's "this period" figure of the row whose label is `name`'s row
// number (rows keep the figures' fixed order: inspections first).
double overviewFigure(const QJsonObject &summary, int row, int column = 1)
{
    return rowsOf(summary, QStringLiteral("overview")).at(row).toArray().at(column).toDouble();
}

} // namespace

TEST_CASE("cli summary: a quarter's figures in every format", "[cli][summary]")
{
    InspectionDesk d;
    const Entity works = d.entity(QStringLiteral("永清县华北电线有限公司"));
    const Entity plant = d.entity(QStringLiteral("永清县金属制品厂"));
    // Two in 2026Q3 (its first and last day), one the day before, one the day after.
    finishedInspection(d.t.db(), d.staff, works.id, QDate(2026, 7, 1));
    finishedInspection(d.t.db(), d.staff, plant.id, QDate(2026, 9, 30));
    finishedInspection(d.t.db(), d.staff, works.id, QDate(2026, 6, 30));
    finishedInspection(d.t.db(), d.staff, plant.id, QDate(2026, 10, 1));

    const QJsonObject summary = d.json(d.staff.clerk, args({"summary", "--quarter", "2026Q3"}));
    CHECK(summary.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2026-07-01"));
    CHECK(summary.value(QStringLiteral("previous")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("2026Q2"));
    CHECK(overviewFigure(summary, 0) == 2);    // inspections in Q3
    CHECK(overviewFigure(summary, 0, 2) == 1); // in Q2
    CHECK(overviewFigure(summary, 0, 3) == 1); // the change
    CHECK(overviewFigure(summary, 1) == 2);    // units inspected
    const QJsonArray byDomain = rowsOf(summary, QStringLiteral("inspections_by_domain"));
    REQUIRE(byDomain.size() == 2); // product quality, and the total
    CHECK(byDomain.at(1).toArray().at(0).toString() == QStringLiteral("Total"));
    CHECK(byDomain.at(1).toArray().at(6).toInt() == 2);

    // The same quarter typed as a range of days is the quarter.
    const QJsonObject range = d.json(d.staff.clerk, args({"summary", "--from", "2026-07-01", "--to", "2026-09-30"}));
    CHECK(range.value(QStringLiteral("period")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("2026Q3"));
    CHECK(overviewFigure(range, 0) == 2);
    const QJsonObject august = d.json(d.staff.clerk, args({"summary", "--from", "2026-07-01", "--to", "2026-08-31"}));
    CHECK(overviewFigure(august, 0) == 1);

    // Another section's summary has none of them.
    const QJsonObject other = d.json(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "--section", "稽查队"}));
    CHECK(other.value(QStringLiteral("section")).toString() == QStringLiteral("稽查队"));
    CHECK(overviewFigure(other, 0) == 0);

    QTemporaryDir dir;
    for (const char *extension : {"xlsx", "csv", "pdf", "json"}) {
        const QString path = dir.filePath(QStringLiteral("2026Q3.") + QLatin1String(extension));
        const QJsonObject wrote = d.json(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "-o"}) << path);
        CHECK(text(wrote, "format") == QLatin1String(extension));
        CHECK(text(wrote, "path") == path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(extension);
        if (QLatin1String(extension) == QLatin1String("xlsx"))
            CHECK(bytes.startsWith("PK"));
        else if (QLatin1String(extension) == QLatin1String("csv")) {
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            // Handed in: Chinese whatever the locale of the job.
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n监督检查次数,2,1,+1,0,+2\r\n")));
        } else if (QLatin1String(extension) == QLatin1String("pdf")) {
            CHECK(bytes.startsWith("%PDF"));
            CHECK(pdfWords(path).contains(QStringLiteral("监督检查次数2")));
        } else
            CHECK(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("tables")).toArray().size() ==
                  summary.value(QStringLiteral("tables")).toArray().size());
    }
    // Without --json a line says what was written.
    const QString csv = dir.filePath(QStringLiteral("again.csv"));
    const CliRun plain = d.as(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "-o"}) << csv);
    CHECK(plain.status == 0);
    CHECK(plain.out.contains(csv));
}

TEST_CASE("cli summary: bad requests are refused and write nothing", "[cli][summary]")
{
    InspectionDesk d;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.xlsx"));
    d.refused(d.staff.clerk, args({"summary"}), QStringLiteral("--quarter"));
    d.refused(d.staff.clerk, args({"summary", "--quarter", "2026Q5"}), QStringLiteral("--quarter"));
    d.refused(d.staff.clerk, args({"summary", "--quarter", "Q3"}), QStringLiteral("--quarter"));
    d.refused(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "--from", "2026-07-01"}),
              QStringLiteral("--quarter"));
    d.refused(d.staff.clerk, args({"summary", "--from", "2026-09-01", "--to", "2026-08-01"}), QStringLiteral("--from"));
    d.refused(d.staff.clerk, args({"summary", "--from", "2026-09-31", "--to", "2026-10-01"}), QStringLiteral("--from"));
    d.refused(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "-o"}) << dir.filePath(QStringLiteral("out.txt")),
              QStringLiteral("-o"));
    d.refused(d.staff.clerk,
              args({"summary", "--quarter", "2026Q3", "-o"}) << dir.filePath(QStringLiteral("no/out.csv")),
              QStringLiteral("no"));
    d.refused(d.staff.clerk, args({"summary", "--quarter", "2026Q3", "extra"}), QStringLiteral("extra"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Unattended runs still sign in: no password, no summary.
    const CliRun anonymous = cli({QStringLiteral("--db"), d.t.path(), QStringLiteral("--user"), d.staff.clerk.login(),
                                  QStringLiteral("summary"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                                  QStringLiteral("-o"), file});
    CHECK(anonymous.status == 2);
    CHECK_FALSE(QFile::exists(file));
}
