// summary: the quarterly statistics (季度统计) for a quarter or a range of
// days, the whole bureau's or one section's, written as XLSX, CSV, PDF or
// JSON by the file's extension, or shown on stdout. Runs unattended from a
// scheduled job: the password comes from the environment or a file, the
// exit status says whether the file was written.
#include "clisession.h"
#include "commands.h"
#include "summary/summarycalculator.h"
#include "summary/summaryexport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

namespace casedesk::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Result<ReportPeriod> periodOption(const CommandLine &cl)
{
    const bool quarter = cl.has("--quarter"), range = cl.has("--from") || cl.has("--to");
    if (quarter && range)
        return refusal(Text::tr("--quarter: give either --quarter or --from and --to, not both"));
    if (quarter) {
        auto period = ReportPeriod::parse(cl.option("--quarter"));
        if (!period)
            return refusal(QStringLiteral("--quarter: ") + period.error().message);
        return period;
    }
    if (!range)
        return refusal(Text::tr("--quarter: required (e.g. --quarter 2026Q3), or --from DATE --to DATE"));
    auto days = dateRangeOptions(cl);
    if (!days)
        return days.error();
    if (!days->from.isValid() || !days->to.isValid())
        return refusal(Text::tr("--from: a range needs both --from and --to"));
    auto period = ReportPeriod::range(days->from, days->to);
    if (!period)
        return refusal(QStringLiteral("--from: ") + period.error().message);
    return period;
}

// The tables as text: each under its title, the cells separated by tabs.
void printTables(Printer &out, const QuarterSummary &summary)
{
    out.line(summary.title());
    for (const SummaryTable &table : summary.tables) {
        out.line(QString());
        out.line(QStringLiteral("== %1 ==").arg(table.title));
        out.line(table.headers.join(QLatin1Char('\t')));
        for (int r = 0; r < table.rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                cells << SummaryExport::cellText(table, r, c);
            out.line(cells.join(QLatin1Char('\t')));
        }
    }
}
} // namespace

int commandSummary(const CommandLine &cl, Printer &out)
{
    auto period = periodOption(cl);
    if (!period)
        return fail(period.error());
    const QString path = cl.option("--output"); // -o is its short form
    if (!path.isEmpty())
        if (auto format = SummaryExport::formatOf(path); !format)
            return fail(Error{QStringLiteral("-o: ") + format.error().message, true});
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("summary"));
    if (!session)
        return fail(session.error());
    SummaryRequest request;
    request.period = *period;
    request.section = cl.option("--section").trimmed();
    // A file is handed in: its words are Chinese whatever the locale of the
    // script that writes it.
    std::optional<Translations::ChineseScope> chinese;
    if (!path.isEmpty())
        chinese.emplace();
    auto summary = SummaryCalculator::compute(**db, *session, request);
    if (!summary)
        return fail(summary.error());

    if (path.isEmpty()) {
        if (cl.json)
            out.json(SummaryExport::json(*summary));
        else
            printTables(out, *summary);
        return Done;
    }
    const Status written = SummaryExport::write(*summary, path);
    chinese.reset(); // what follows is for the person at the terminal
    if (!written)
        return fail(written.error());
    const auto format = SummaryExport::formatOf(path);
    if (cl.json)
        out.json({{QStringLiteral("period"), summary->period.code()},
                  {QStringLiteral("section"), summary->section},
                  {QStringLiteral("format"), SummaryExport::extensionOf(*format)},
                  {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}});
    else
        out.line(Text::tr("Wrote the summary for %1 to %2.").arg(summary->period.label(), path));
    return Done;
}

} // namespace casedesk::cli
