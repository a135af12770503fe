#include "cases/casequeries.h"

#include "bureausettings.h"
#include "cases/casefiltersql.h"

#include <QSet>
#include <QSqlError>
#include <QtDebug>

namespace casedesk {

namespace {
// Runs a statement with its values bound in order; a failure (a bug or a
// broken file, never bad user input) is logged and reads as no rows.
std::optional<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        qWarning().noquote() << "CaseQueries:" << q.lastError().text() << statement.simplified().left(200);
        return std::nullopt;
    }
    return q;
}

// The value stored under `code` (codes only: rows never hold names).
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

// The case number (filed) or the lead number, from c.case_year,
// c.case_sequence and c.lead_number at `column`.
QString displayNumber(const QSqlQuery &q, int column, const QString &abbreviation)
{
    const CaseNumber number{q.value(column).toInt(), q.value(column + 1).toInt()};
    return number.isNull() ? q.value(column + 2).toString() : number.format(abbreviation);
}

// The handlers' names in their order, joined by 、.
const char *const kHandlers = "(SELECT group_concat(name, '、') FROM (SELECT st.name FROM case_handler h "
                              "JOIN staff st ON st.id = h.staff_id WHERE h.case_id = c.id ORDER BY h.position))";
// The earliest due date of the case's seizures in force.
const char *const kSeizureDue = "(SELECT min(s.due_on) FROM case_seizure s WHERE s.case_id = c.id "
                                "AND s.released_on = '' AND s.deleted_at IS NULL)";
} // namespace

int CaseQueries::count(const CaseFilter &filter) const
{
    const CaseFilterSql::Where w = CaseFilterSql::where(filter);
    auto q = run(m_db, QStringLiteral("SELECT count(*) FROM enforcement_case c WHERE ") + w.sql(), w.values);
    return q && q->next() ? q->value(0).toInt() : 0;
}

QList<CaseRow> CaseQueries::page(const CaseFilter &filter, CaseSort sort, bool ascending, int offset, int limit) const
{
    const CaseFilterSql::Where w = CaseFilterSql::where(filter);
    // The page's ids are chosen first (sorting only the keys), then its
    // rows are read with their handlers and seizures: 200 subqueries, not
    // one per case in the list.
    const QString order = CaseFilterSql::orderBy(sort, ascending);
    const QString statement =
        QStringLiteral("SELECT c.id, c.case_year, c.case_sequence, c.lead_number, c.title, c.party_name, c.stage, "
                       "c.source, c.section, %1, c.received_on, c.filed_on, c.due_on, %2, c.clock_stopped, "
                       "c.modified_at FROM (SELECT c.id FROM enforcement_case c WHERE %3 ORDER BY %4 "
                       "LIMIT ? OFFSET ?) p JOIN enforcement_case c ON c.id = p.id ORDER BY %4")
            .arg(QString::fromUtf8(kHandlers), QString::fromUtf8(kSeizureDue), w.sql(), order);
    QVariantList values = w.values;
    values << limit << offset;
    auto q = run(m_db, statement, values);
    QList<CaseRow> rows;
    if (!q)
        return rows;
    const QString abbreviation = BureauSettings::load(m_db).abbreviation;
    while (q->next()) {
        CaseRow r;
        r.id = q->value(0).toLongLong();
        r.displayNumber = displayNumber(*q, 1, abbreviation);
        r.title = q->value(4).toString();
        r.partyName = q->value(5).toString();
        r.stage = fromCode(caseStages(), q->value(6).toString(), CaseStage::Lead);
        r.source = fromCode(caseSources(), q->value(7).toString(), CaseSource::Complaint);
        r.section = q->value(8).toString();
        r.handlers = q->value(9).toString();
        r.receivedOn = dateOf(q->value(10));
        r.filedOn = dateOf(q->value(11));
        r.dueOn = dateOf(q->value(12));
        r.seizureDueOn = dateOf(q->value(13));
        r.clockStopped = q->value(14).toBool();
        r.modifiedAt = q->value(15).toString();
        rows << r;
    }
    return rows;
}

QList<CaseDeadline> CaseQueries::deadlines(const QDate &today, int days) const
{
    const QString until = today.addDays(days).toString(Qt::ISODate);
    auto q = run(m_db,
                 QStringLiteral("SELECT c.id, c.case_year, c.case_sequence, c.lead_number, c.title, c.party_name, "
                                "'decision' AS what, c.due_on AS due FROM enforcement_case c "
                                "WHERE c.deleted_at IS NULL AND c.due_on <> '' AND c.due_on <= ? "
                                "UNION ALL "
                                "SELECT c.id, c.case_year, c.case_sequence, c.lead_number, c.title, c.party_name, "
                                "'seizure', s.due_on FROM case_seizure s JOIN enforcement_case c ON c.id = s.case_id "
                                "WHERE s.released_on = '' AND s.deleted_at IS NULL AND s.due_on <= ? "
                                "AND c.deleted_at IS NULL "
                                "ORDER BY due, 1, what"),
                 {until, until});
    QList<CaseDeadline> out;
    if (!q)
        return out;
    const QString abbreviation = BureauSettings::load(m_db).abbreviation;
    while (q->next()) {
        CaseDeadline d;
        d.caseId = q->value(0).toLongLong();
        d.displayNumber = displayNumber(*q, 1, abbreviation);
        d.title = q->value(4).toString();
        d.partyName = q->value(5).toString();
        d.what = q->value(6).toString();
        d.due = dateOf(q->value(7));
        d.daysLeft = int(today.daysTo(d.due));
        out << d;
    }
    return out;
}

QList<CaseProvision> CaseQueries::provisionChoices(const QList<qint64> &itemIds) const
{
    QList<CaseProvision> out;
    if (itemIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 id : itemIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString ids = marks.join(QStringLiteral(", "));
    // The items' own references and their duties' (item_id NULL), in the
    // order the list publishes them.
    auto q = run(m_db,
                 QStringLiteral("SELECT r.id, r.law, r.article, r.situations FROM legal_reference r "
                                "JOIN duty d ON d.id = r.duty_id WHERE r.deleted_at IS NULL AND "
                                "(r.item_id IN (%1) OR (r.item_id IS NULL AND r.duty_id IN "
                                "(SELECT i.duty_id FROM item i WHERE i.id IN (%1) AND i.deleted_at IS NULL))) "
                                "ORDER BY d.edition_id, d.position, r.position, r.id")
                     .arg(ids),
                 values + values);
    if (!q)
        return out;
    QSet<qint64> seen;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        CaseProvision p;
        p.role = ProvisionRole::Violated;
        p.legalReferenceId = id;
        p.law = q->value(1).toString();
        p.article = q->value(2).toString();
        p.text = q->value(3).toString();
        out << p;
    }
    return out;
}

QStringList CaseQueries::sections() const
{
    QStringList out;
    if (auto q = run(m_db,
                     QStringLiteral("SELECT DISTINCT section FROM enforcement_case WHERE deleted_at IS NULL "
                                    "AND section <> '' ORDER BY section"),
                     {}))
        while (q->next())
            out << q->value(0).toString();
    return out;
}

QList<int> CaseQueries::years() const
{
    // One step back along the received_on index per year in use, instead
    // of reading every case.
    QList<int> out;
    QString before = QStringLiteral("9999");
    while (auto q = run(m_db,
                        QStringLiteral("SELECT received_on FROM enforcement_case WHERE deleted_at IS NULL "
                                       "AND received_on <> '' AND received_on < ? ORDER BY received_on DESC LIMIT 1"),
                        {before})) {
        if (!q->next())
            break;
        const int year = q->value(0).toString().left(4).toInt();
        if (year <= 0 || (!out.isEmpty() && year >= out.last()))
            break; // not an ISO date: never loop
        out << year;
        before = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    }
    return out;
}

} // namespace casedesk
