#include "inspections/inspectionnumbers.h"

namespace casedesk::InspectionNumbers {

namespace {
// The largest sequence after `prefix` among the values of `column` in the
// range [prefix, bound) — an index range, not a scan; the sequence is the
// number that follows the prefix (CAST reads the leading digits).
Result<int> largestAfter(const Database &db, const char *column, const QString &prefix, const QString &extra = {})
{
    QString bound = prefix;
    bound.back() = QChar(bound.back().unicode() + 1);
    auto q = db.exec(QStringLiteral("SELECT max(CAST(substr(%1, ?) AS INTEGER)) FROM inspection "
                                    "WHERE %1 >= ? AND %1 < ?%2")
                         .arg(QLatin1String(column), extra),
                     {prefix.size() + 1, prefix, bound});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}
} // namespace

Result<QString> nextRecordNumber(const Database &db, const QString &site, int year)
{
    const QString prefix = QStringLiteral("%1-%2-J").arg(site).arg(year);
    auto last = largestAfter(db, "record_number", prefix);
    if (!last)
        return last.error();
    return prefix + QStringLiteral("%1").arg(*last + 1, 4, 10, QLatin1Char('0'));
}

QString directivePrefix(const QString &abbreviation, const QString &site, int year)
{
    return QStringLiteral("%1特令〔%2〕%3第").arg(abbreviation).arg(year).arg(site);
}

Result<QString> nextDirectiveNumber(const Database &db, const QString &abbreviation, const QString &site, int year)
{
    const QString prefix = directivePrefix(abbreviation, site, year);
    // The partial index inspection_directive serves "directive_number <> ''".
    auto last = largestAfter(db, "directive_number", prefix, QStringLiteral(" AND directive_number <> ''"));
    if (!last)
        return last.error();
    return prefix + QStringLiteral("%1号").arg(*last + 1, 3, 10, QLatin1Char('0'));
}

} // namespace casedesk::InspectionNumbers
