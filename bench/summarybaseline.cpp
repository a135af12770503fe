#include "summarybaseline.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <sys/resource.h>

namespace casedesk::bench::SummaryBaseline {

namespace {
// A value written into a statement, as one types it into the shell.
QString literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    }
}

QString day(const QDate &d)
{
    return literal(d.toString(Qt::ISODate));
}

QString within(const QString &column, const ReportPeriod &p)
{
    return QStringLiteral("%1 BETWEEN %2 AND %3").arg(column, day(p.from), day(p.to));
}

QString sectionOf(const QString &alias, const QString &section)
{
    return section.isEmpty() ? QString() : QStringLiteral(" AND %1.section = %2").arg(alias, literal(section));
}

// The counting rules' conditions, as in tr/summary-rules.md.
QString inspections(const ReportPeriod &p, const QString &section)
{
    return QStringLiteral("i.deleted_at IS NULL AND i.superseded_by IS NULL AND i.status = 'finished' AND ") +
           within(QStringLiteral("i.inspected_on"), p) + sectionOf(QStringLiteral("i"), section);
}

QString batches(const ReportPeriod &p, const QString &section)
{
    return QStringLiteral("b.deleted_at IS NULL AND ") + within(QStringLiteral("b.sampled_on"), p) +
           sectionOf(QStringLiteral("b"), section);
}

QString cases(const QString &section)
{
    return QStringLiteral("c.deleted_at IS NULL") + sectionOf(QStringLiteral("c"), section);
}

QString countIf(const QString &condition)
{
    return QStringLiteral("sum(%1)").arg(condition);
}

QStringList inspectionStatements(const ReportPeriod &p, const QString &section)
{
    const QString counted = inspections(p, section);
    QStringList kinds;
    for (const char *kind : {"routine", "campaign", "key-period", "complaint", "follow-up"})
        kinds << countIf(QStringLiteral("i.kind = '%1'").arg(QLatin1String(kind)));
    const ReportPeriod yearSoFar{QDate(p.to.year(), 1, 1), p.to, 0, 0};
    return {
        // By domain and kind, with the units, and the total row.
        QStringLiteral("SELECT i.domain, %1, count(*), count(DISTINCT i.entity_id) FROM inspection i WHERE %2 "
                       "GROUP BY i.domain;")
            .arg(kinds.join(QStringLiteral(", ")), counted),
        QStringLiteral("SELECT count(*), count(DISTINCT i.entity_id) FROM inspection i WHERE %1;").arg(counted),
        // By section.
        QStringLiteral("SELECT i.section, count(*), count(DISTINCT i.entity_id), %1, %2, %3 FROM inspection i "
                       "WHERE %4 GROUP BY i.section ORDER BY i.section;")
            .arg(countIf(QStringLiteral("i.failed_points > 0")),
                 countIf(QStringLiteral("instr(',' || i.outcomes || ',', ',order-to-correct,') > 0")),
                 countIf(QStringLiteral("i.case_id IS NOT NULL")), counted),
        // Coverage, approximated: the units due are the live register, those
        // inspected are distinct entities per domain in the period and the year.
        QStringLiteral("SELECT count(*) FROM entity e WHERE e.deleted_at IS NULL;"),
        QStringLiteral("SELECT i.domain, count(DISTINCT i.entity_id) FROM inspection i WHERE %1 GROUP BY i.domain;")
            .arg(counted),
        QStringLiteral("SELECT i.domain, count(DISTINCT i.entity_id) FROM inspection i WHERE %1 GROUP BY i.domain;")
            .arg(inspections(yearSoFar, section)),
    };
}

QStringList samplingStatements(const ReportPeriod &p, const QString &section)
{
    const QString counted = batches(p, section);
    return {
        QStringLiteral("SELECT b.kind, count(*), %1, %2, %3 FROM sampling_batch b WHERE %4 GROUP BY b.kind;")
            .arg(countIf(QStringLiteral("b.result = 'pass'")), countIf(QStringLiteral("b.result = 'fail'")),
                 countIf(QStringLiteral("b.result = 'pending'")), counted),
        QStringLiteral("SELECT b.batch_number, b.unit_name, b.unit_code, b.product, b.sampled_on, b.failed_items, "
                       "b.rectified_on, b.recheck_requested_on FROM sampling_batch b WHERE %1 AND b.kind = 'plan' "
                       "AND b.result = 'fail' ORDER BY b.sampled_on, b.batch_number;")
            .arg(counted),
    };
}

QStringList caseStatements(const ReportPeriod &p, const QDate &asOf, const QString &section)
{
    const QString base = cases(section);
    // The statutory clock, approximated: filed three months (plus an
    // extension) before asOf and neither decided nor ended by then.
    const QString overdue =
        QStringLiteral("c.filed_on <> '' AND c.filed_on <= %1 AND (c.decided_on = '' OR c.decided_on > %1) AND "
                       "(c.ended_on = '' OR c.ended_on > %1) AND date(c.filed_on, '+3 months', '+' || "
                       "c.extension_days || ' days') < %1")
            .arg(day(asOf));
    return {
        QStringLiteral("SELECT c.source, %1, %2, %3, %4, %5 FROM enforcement_case c WHERE %6 GROUP BY c.source;")
            .arg(countIf(within(QStringLiteral("c.received_on"), p)), countIf(within(QStringLiteral("c.filed_on"), p)),
                 countIf(within(QStringLiteral("c.decided_on"), p)), countIf(within(QStringLiteral("c.closed_on"), p)),
                 countIf(overdue), base),
        QStringLiteral("SELECT p.kind, count(DISTINCT p.case_id), count(*), sum(p.amount_fen) / 100.0 FROM "
                       "case_penalty p JOIN enforcement_case c ON c.id = p.case_id WHERE %1 AND %2 GROUP BY p.kind;")
            .arg(base, within(QStringLiteral("c.decided_on"), p)),
        QStringLiteral("SELECT sum(c.paid_fen) / 100.0 FROM enforcement_case c WHERE %1 AND %2;")
            .arg(base, within(QStringLiteral("c.executed_on"), p)),
    };
}

QString equipmentStatement(const QDate &asOf)
{
    return QStringLiteral("SELECT q.category, count(*), %1 FROM equipment q WHERE q.deleted_at IS NULL AND "
                          "q.status = 'in-use' GROUP BY q.category;")
        .arg(countIf(QStringLiteral("q.next_inspection_on <> '' AND q.next_inspection_on < %1").arg(day(asOf))));
}

// Per item of the newest live edition: the inspections, batches and cases
// that name it, through the link tables.
QString dutyStatement(const ReportPeriod &p, const QString &section)
{
    QStringList anyStep;
    for (const char *column : {"c.received_on", "c.filed_on", "c.decided_on", "c.closed_on"})
        anyStep << within(QLatin1String(column), p);
    const QString sectionItems =
        section.isEmpty() ? QString()
                          : QStringLiteral(" AND it.id IN (SELECT x.item_id FROM item_section x JOIN section s ON "
                                           "s.id = x.section_id WHERE s.name = %1)")
                                .arg(literal(section));
    return QStringLiteral(
               "SELECT d.number, it.text, "
               "(SELECT count(*) FROM inspection_item x JOIN inspection i ON i.id = x.inspection_id "
               "WHERE x.item_id = it.id AND %1), "
               "(SELECT count(*) FROM sampling_item x JOIN sampling_batch b ON b.id = x.batch_id "
               "WHERE x.item_id = it.id AND %2), "
               "(SELECT count(*) FROM case_item x JOIN enforcement_case c ON c.id = x.case_id "
               "WHERE x.item_id = it.id AND %3 AND (%4)) "
               "FROM item it JOIN duty d ON d.id = it.duty_id WHERE d.edition_id = (SELECT max(id) FROM edition "
               "WHERE deleted_at IS NULL) AND d.deleted_at IS NULL AND it.deleted_at IS NULL%5 "
               "ORDER BY d.position, it.position;")
        .arg(inspections(p, section), batches(p, section), cases(section), anyStep.join(QStringLiteral(" OR ")),
             sectionItems);
}

// The overview's figures of one period (it shows three).
QString overviewStatement(const ReportPeriod &p, const QString &section)
{
    const QString base = cases(section);
    return QStringLiteral("SELECT (SELECT count(*) FROM inspection i WHERE %1), "
                          "(SELECT count(DISTINCT i.entity_id) FROM inspection i WHERE %1), "
                          "(SELECT count(*) FROM sampling_batch b WHERE %2), "
                          "(SELECT %3 * 100.0 / count(*) FROM sampling_batch b WHERE %2 AND b.kind = 'plan' "
                          "AND b.result IN ('pass', 'fail')), "
                          "(SELECT count(DISTINCT b.entity_id) FROM sampling_batch b WHERE %2 AND b.kind = 'plan' "
                          "AND b.result = 'fail'), "
                          "(SELECT %4 FROM enforcement_case c WHERE %5), (SELECT %6 FROM enforcement_case c WHERE %5), "
                          "(SELECT %7 FROM enforcement_case c WHERE %5), (SELECT %8 FROM enforcement_case c WHERE %5), "
                          "(SELECT sum(p.amount_fen) FROM case_penalty p JOIN enforcement_case c ON c.id = p.case_id "
                          "WHERE %5 AND %9 AND p.kind = 'fine');")
        .arg(inspections(p, section), batches(p, section), countIf(QStringLiteral("b.result = 'pass'")),
             countIf(within(QStringLiteral("c.received_on"), p)), base,
             countIf(within(QStringLiteral("c.filed_on"), p)), countIf(within(QStringLiteral("c.decided_on"), p)),
             countIf(within(QStringLiteral("c.closed_on"), p)), within(QStringLiteral("c.decided_on"), p));
}
} // namespace

QString sql(const ReportPeriod &period, const QDate &asOf, const QString &section)
{
    QStringList statements;
    for (const ReportPeriod &p : {period, period.previous(), period.yearBefore()})
        statements << overviewStatement(p, section);
    statements << inspectionStatements(period, section) << samplingStatements(period, section)
               << caseStatements(period, asOf, section) << equipmentStatement(asOf) << dutyStatement(period, section);
    return statements.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString traceSql(const SummaryTrace &trace, int limit)
{
    // The placeholders are positional: each ? takes the next value.
    QString condition;
    qsizetype next = 0;
    for (const QChar c : trace.condition)
        condition += c == QLatin1Char('?') ? literal(trace.values.value(next++)) : QString(c);
    return QStringLiteral("SELECT count(*) FROM inspection i WHERE %1;\n"
                          "SELECT i.id, i.record_number, i.inspected_on, i.unit_name, i.domain, i.section, i.kind "
                          "FROM inspection i WHERE %1 ORDER BY i.inspected_on DESC, i.id DESC LIMIT %2;\n")
        .arg(condition)
        .arg(limit);
}

QString shellPath()
{
    return QStringLiteral("/usr/bin/sqlite3");
}

Timing runShell(const QString &database, const QString &sqlFile, const QString &statements, int runs)
{
    if (!QFileInfo(shellPath()).isExecutable())
        die(failure(shellPath() + QStringLiteral(" is missing: the baseline needs the sqlite3 shell.")));
    QFile file(sqlFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(statements.toUtf8()) < 0)
        die(failure(sqlFile + QStringLiteral(": ") + file.errorString()));
    file.close();
    const auto once = [&] {
        QProcess shell;
        shell.setStandardInputFile(sqlFile);
        shell.setStandardOutputFile(QProcess::nullDevice());
        shell.start(shellPath(), {QStringLiteral("-readonly"), QStringLiteral("-bail"), database});
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
            die(failure(QStringLiteral("sqlite3: ") + QString::fromUtf8(shell.readAllStandardError())));
    };
    // The shell's own CPU time: the children's, which the process clock
    // does not count.
    Timing best;
    for (int i = 0; i < runs; ++i) {
        rusage before{}, after{};
        getrusage(RUSAGE_CHILDREN, &before);
        Timing t = measure(once);
        getrusage(RUSAGE_CHILDREN, &after);
        const auto ms = [](const timeval &v) { return double(v.tv_sec) * 1e3 + double(v.tv_usec) / 1e3; };
        t.cpuMs = ms(after.ru_utime) - ms(before.ru_utime) + ms(after.ru_stime) - ms(before.ru_stime);
        if (i == 0 || t.wallMs < best.wallMs)
            best = t;
    }
    return best;
}

} // namespace casedesk::bench::SummaryBaseline
