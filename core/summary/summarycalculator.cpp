#include "summary/summarycalculator.h"

#include "auth/permissions.h"
#include "bureausettings.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>

namespace casedesk::SummaryCalculator {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryCalculator)
};

using namespace SummaryParts;

// Counts the steps and asks the caller whether to go on.
class Steps {
  public:
    Steps(const std::function<bool(int, int)> &progress, int total) : m_progress(progress), m_total(total) {}
    Status next()
    {
        ++m_done;
        if (m_progress && !m_progress(m_done, m_total))
            return refusal(Text::tr("The summary was cancelled."));
        return success();
    }

  private:
    const std::function<bool(int, int)> &m_progress;
    int m_total;
    int m_done = 0;
};

constexpr int kSteps = 11;

// The figures of a period compared with: its coverage and duties first.
Result<QList<Figure>> figuresOf(const Database &db, const Scope &scope)
{
    auto covered = coverage(db, scope);
    if (!covered)
        return covered.error();
    QString edition;
    auto dutyTables = duties(db, scope, edition);
    if (!dutyTables)
        return dutyTables.error();
    return figures(db, scope, *covered, dutyTables->first());
}
} // namespace

Result<QuarterSummary> compute(const Database &db, const Session &session, const SummaryRequest &request)
{
    if (auto allowed = Permissions::require(session, Action::ViewSummary); !allowed)
        return allowed.error();
    if (!request.period.isValid())
        return refusal(Text::tr("The summary needs a valid period."));

    QuarterSummary summary;
    summary.period = request.period;
    summary.previous = request.period.previous();
    summary.yearBefore = request.period.yearBefore();
    summary.section = request.section;
    summary.bureau = BureauSettings::load(db).bureauName;
    const Scope scope = scopeOf(request.period, request.section, request.today);
    summary.asOf = scope.asOf;

    Steps steps(request.progress, kSteps);
    // Each table in its turn; the overview goes first once the figures are known.
    const QList<std::function<Result<SummaryTable>()>> tables{
        [&] { return inspectionsByDomain(db, scope); },
        [&] { return inspectionsBySection(db, scope); },
        [&] { return coverage(db, scope); },
        [&] { return sampling(db, scope); },
        [&] { return samplingFailures(db, scope); },
        [&]() -> Result<SummaryTable> {
            auto overdue = overdueCases(db, scope);
            if (!overdue)
                return overdue.error();
            return casesBySource(db, scope, *overdue);
        },
        [&] { return penalties(db, scope); },
        [&] { return equipmentOverdueTable(db, scope); },
    };
    for (const auto &make : tables) {
        auto table = make();
        if (!table)
            return table.error();
        summary.tables << *table;
        if (auto s = steps.next(); !s)
            return s.error();
    }
    auto dutyTables = duties(db, scope, summary.edition);
    if (!dutyTables)
        return dutyTables.error();
    summary.tables << *dutyTables;

    auto now = figures(db, scope, *summary.table(QStringLiteral("coverage")), dutyTables->first());
    if (!now)
        return now.error();
    if (auto s = steps.next(); !s)
        return s.error();
    auto previous = figuresOf(db, scopeOf(summary.previous, request.section, request.today));
    if (!previous)
        return previous.error();
    if (auto s = steps.next(); !s)
        return s.error();
    auto yearBefore = figuresOf(db, scopeOf(summary.yearBefore, request.section, request.today));
    if (!yearBefore)
        return yearBefore.error();
    summary.tables.prepend(
        overview(*now, *previous, *yearBefore, summary.period, summary.previous, summary.yearBefore));
    summary.charts = charts(summary, *now, *previous, *yearBefore);
    if (auto s = steps.next(); !s)
        return s.error();
    return summary;
}

QStringList sections(const Database &db)
{
    QStringList out;
    auto q = SummarySql::run(db,
                             QStringLiteral("SELECT section FROM inspection WHERE section <> '' UNION "
                                            "SELECT section FROM sampling_batch WHERE section <> '' UNION "
                                            "SELECT section FROM enforcement_case WHERE section <> '' UNION "
                                            "SELECT name FROM section WHERE deleted_at IS NULL ORDER BY 1"),
                             {});
    if (q)
        while (q->next())
            out << q->value(0).toString();
    return out;
}

} // namespace casedesk::SummaryCalculator
