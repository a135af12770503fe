#include "inspections/inspectionqueries.h"

#include "inspections/inspectionfiltersql.h"
#include "inspections/inspectionrows.h"

#include <QCoreApplication>
#include <QSqlError>

namespace casedesk::InspectionQueries {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

// Runs a statement with its values bound in order; a failure (a bug or a
// broken file, never bad user input) names the statement's error.
Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, Database::bindable(values.at(i)));
    if (!q.exec())
        return failure(Text::tr("Cannot read the inspections: %1").arg(q.lastError().text()));
    return q;
}

template <class E, std::size_t N> E fromCode(const EnumTable<E, N> &table, const QString &code, E fallback)
{
    for (E value : table.values())
        if (table.code(value) == code)
            return value;
    return fallback;
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// The inspectors' names in their order, joined by 、.
const char *const kInspectors = "(SELECT group_concat(name, '、') FROM (SELECT st.name FROM inspection_inspector x "
                                "JOIN staff st ON st.id = x.staff_id WHERE x.inspection_id = i.id "
                                "ORDER BY x.position))";

const char *const kCurrent = "i.deleted_at IS NULL AND i.superseded_by IS NULL";
} // namespace

Result<int> count(const Database &db, const InspectionFilter &filter)
{
    const InspectionFilterSql::Where w = InspectionFilterSql::where(filter);
    auto q = run(db, QStringLiteral("SELECT count(*) FROM inspection i WHERE ") + w.sql(), w.values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<InspectionRow>> page(const Database &db, const InspectionFilter &filter, const InspectionSort &sort,
                                  int offset, int limit)
{
    const InspectionFilterSql::Where w = InspectionFilterSql::where(filter);
    // The page's ids are chosen first (sorting only the keys), then its rows
    // are read with their inspectors: one subquery per row of the page, not
    // per record in the list.
    const QString order = InspectionFilterSql::orderBy(sort);
    const QString statement =
        QStringLiteral("SELECT i.id, i.record_number, i.version, i.status, i.inspected_on, i.unit_name, i.unit_code, "
                       "i.kind, i.domain, i.section, %1, i.outcomes, i.failed_points, i.follow_up_due "
                       "FROM (SELECT i.id FROM inspection i WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?) p "
                       "JOIN inspection i ON i.id = p.id ORDER BY %3")
            .arg(QString::fromUtf8(kInspectors), w.sql(), order);
    QVariantList values = w.values;
    values << limit << offset;
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    QList<InspectionRow> rows;
    while (q->next()) {
        InspectionRow r;
        r.id = q->value(0).toLongLong();
        r.recordNumber = q->value(1).toString();
        r.version = q->value(2).toInt();
        r.status = fromCode(inspectionStatuses(), q->value(3).toString(), InspectionStatus::Draft);
        r.inspectedOn = dateOf(q->value(4));
        r.unitName = q->value(5).toString();
        r.unitCode = q->value(6).toString();
        r.kind = fromCode(inspectionKinds(), q->value(7).toString(), InspectionKind::Routine);
        r.domain = q->value(8).toString();
        r.section = q->value(9).toString();
        r.inspectors = q->value(10).toString();
        r.outcomes = InspectionRows::outcomesFromCodes(q->value(11).toString());
        r.failedPoints = q->value(12).toInt();
        r.followUpDue = dateOf(q->value(13));
        rows << r;
    }
    return rows;
}

Result<QList<qint64>> forPrinting(const Database &db, const QString &section, const QDate &from, const QDate &to)
{
    InspectionFilter filter;
    filter.section = section;
    filter.from = from;
    filter.to = to;
    filter.status = InspectionStatus::Finished;
    const InspectionFilterSql::Where w = InspectionFilterSql::where(filter);
    auto q = run(
        db,
        QStringLiteral("SELECT i.id FROM inspection i WHERE %1 ORDER BY i.inspected_on, i.record_number").arg(w.sql()),
        w.values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QList<FollowUpDue>> followUps(const Database &db, const QDate &today, int withinDays, int limit)
{
    // follow_up_due is kept only while the follow-up is open (the partial
    // index inspection_follow_up holds just those rows).
    auto q = run(db,
                 QStringLiteral("SELECT i.id, i.record_number, i.unit_name, i.outcomes, i.directive_number, "
                                "i.follow_up_due FROM inspection i WHERE i.follow_up_due <> '' "
                                "AND i.follow_up_due <= ? AND %1 ORDER BY i.follow_up_due, i.record_number LIMIT ?")
                     .arg(QLatin1String(kCurrent)),
                 {today.addDays(withinDays).toString(Qt::ISODate), limit});
    if (!q)
        return q.error();
    QList<FollowUpDue> out;
    while (q->next()) {
        FollowUpDue d;
        d.inspectionId = q->value(0).toLongLong();
        d.recordNumber = q->value(1).toString();
        d.unitName = q->value(2).toString();
        const QList<InspectionOutcome> outcomes = InspectionRows::outcomesFromCodes(q->value(3).toString());
        d.outcome = outcomes.contains(InspectionOutcome::Directive) ? InspectionOutcome::Directive
                                                                    : InspectionOutcome::OrderToCorrect;
        d.directiveNumber = q->value(4).toString();
        d.due = dateOf(q->value(5));
        d.daysLeft = int(today.daysTo(d.due));
        out << d;
    }
    return out;
}

QStringList sections(const Database &db)
{
    // One step along the index of current records' sections per section in
    // use, instead of reading every record. Named, because SQLite would
    // rather search inspection_current and sort every current record for
    // each step (60 ms a step at 100,000 records, under 1 ms this way).
    QStringList out;
    QString after;
    while (true) {
        auto q = run(db,
                     QStringLiteral("SELECT i.section FROM inspection i INDEXED BY inspection_list_section "
                                    "WHERE i.section > ? AND %1 "
                                    "ORDER BY i.section LIMIT 1")
                         .arg(QLatin1String(kCurrent)),
                     {after});
        if (!q || !q->next())
            break;
        after = q->value(0).toString();
        out << after;
    }
    return out;
}

QList<int> years(const Database &db)
{
    // One step back along the inspection_current index per year in use.
    QList<int> out;
    QString before = QStringLiteral("9999");
    while (true) {
        auto q = run(db,
                     QStringLiteral("SELECT i.inspected_on FROM inspection i WHERE %1 AND i.inspected_on < ? "
                                    "ORDER BY i.inspected_on DESC LIMIT 1")
                         .arg(QLatin1String(kCurrent)),
                     {before});
        if (!q || !q->next())
            break;
        const int year = q->value(0).toString().left(4).toInt();
        if (year <= 0 || (!out.isEmpty() && year >= out.last()))
            break; // not an ISO date: never loop
        out << year;
        before = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    }
    return out;
}

} // namespace casedesk::InspectionQueries
