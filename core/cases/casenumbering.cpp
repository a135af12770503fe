// CaseNumbering: each workstation's blocks of case numbers and the
// allocation of the next number from them (see casenumber.h for why).
#include "audit/auditedtransaction.h"
#include "auth/session.h"
#include "cases/casenumber.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseNumbering)
};

constexpr int kLargestSequence = 999999; // CaseNumber::parse reads up to six digits

QString yearText(int year)
{
    return year == 0 ? Text::tr("every year") : QString::number(year);
}

QString blockText(const NumberBlock &b)
{
    return Text::tr("%1–%2 of workstation %3 (%4)").arg(b.first).arg(b.last).arg(b.site, yearText(b.year));
}

QJsonObject auditJson(const NumberBlock &b)
{
    return {{QStringLiteral("site"), b.site},
            {QStringLiteral("year"), b.year},
            {QStringLiteral("first"), b.first},
            {QStringLiteral("last"), b.last}};
}

NumberBlock blockFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
}

const char *const kColumns = "id, block_site, year, first, last";

Status validate(const NumberBlock &b)
{
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9-]{1,16}$"));
    if (!siteCode.match(b.site).hasMatch())
        return refusal(Text::tr("Workstation code: use 1 to 16 letters, digits or '-' (got \"%1\").").arg(b.site));
    if (b.year != 0 && (b.year < 1990 || b.year > 2999))
        return refusal(Text::tr("Year: give a year between 1990 and 2999, or 0 for every year (got %1).").arg(b.year));
    if (b.first < 1 || b.first > b.last || b.last > kLargestSequence)
        return refusal(Text::tr("Numbers: the block must run from 1 or more up to at most %1, the first number not "
                                "after the last (got %2–%3).")
                           .arg(kLargestSequence)
                           .arg(b.first)
                           .arg(b.last));
    return success();
}

// Another workstation's block sharing a number and a year with `b`; a
// year-0 block shares every year.
Status requireNoOverlap(const Database &db, const NumberBlock &b)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM case_number_block WHERE deleted_at IS NULL AND block_site <> ? "
                                    "AND (year = ? OR year = 0 OR ? = 0) AND first <= ? AND last >= ? "
                                    "ORDER BY year, first LIMIT 1")
                         .arg(QLatin1String(kColumns)),
                     {b.site, b.year, b.year, b.last, b.first});
    if (!q)
        return q.error();
    if (q->next())
        return refusal(Text::tr("The numbers %1 overlap the block %2; blocks of different workstations must not "
                                "share a number.")
                           .arg(blockText(b), blockText(blockFromRow(*q))));
    return success();
}

// Numbers the workstation already gave that the new block would leave
// outside (another workstation could later be given them).
Status requireGivenInside(const Database &db, const NumberBlock &b)
{
    const QString years = b.year != 0
                              ? QStringLiteral("year = ?")
                              : QStringLiteral("year NOT IN (SELECT year FROM case_number_block WHERE block_site = ? "
                                               "AND year > 0 AND deleted_at IS NULL)");
    auto q = db.exec(QStringLiteral("SELECT year, sequence FROM case_number WHERE given_site = ? AND %1 "
                                    "AND (sequence < ? OR sequence > ?) ORDER BY year, sequence LIMIT 1")
                         .arg(years),
                     {b.site, b.year != 0 ? QVariant(b.year) : QVariant(b.site), b.first, b.last});
    if (!q)
        return q.error();
    if (q->next())
        return refusal(
            Text::tr("Workstation %1 already gave the number %2, which lies outside %3; a block must keep "
                     "the numbers already given.")
                .arg(b.site, CaseNumber{q->value(0).toInt(), q->value(1).toInt()}.shortForm(), blockText(b)));
    return success();
}

// The next number of one block: after the highest given inside it, so a
// number is never given twice even when the case that had it is gone.
int nextInBlock(const Database &db, int year, const NumberBlock &b)
{
    auto q =
        db.exec(QStringLiteral("SELECT max(sequence) FROM case_number WHERE year = ? AND sequence BETWEEN ? AND ?"),
                {year, b.first, b.last});
    const int highest = q && q->next() && !q->value(0).isNull() ? q->value(0).toInt() : b.first - 1;
    return highest + 1;
}
} // namespace

NumberBlock CaseNumbering::defaultBlock(const QString &site)
{
    return {0, site, 0, 1, 999};
}

QList<NumberBlock> CaseNumbering::blocks() const
{
    QList<NumberBlock> out;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM case_number_block WHERE deleted_at IS NULL "
                                      "ORDER BY block_site, year, first")
                           .arg(QLatin1String(kColumns)));
    while (q && q->next())
        out << blockFromRow(*q);
    return out;
}

Status CaseNumbering::assign(const Session &session, NumberBlock block)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditBureauSettings); !s)
        return s;
    block.site = block.site.trimmed();
    if (auto s = validate(block); !s)
        return s;
    if (auto s = requireNoOverlap(m_db, block); !s)
        return s;
    if (auto s = requireGivenInside(m_db, block); !s)
        return s;
    auto existing = m_db.exec(QStringLiteral("SELECT %1, uuid FROM case_number_block WHERE block_site = ? "
                                             "AND year = ? AND deleted_at IS NULL")
                                  .arg(QLatin1String(kColumns)),
                              {block.site, block.year});
    if (!existing)
        return existing.error();
    const RecordWriter::Fields fields = {
        {"block_site", block.site}, {"year", block.year}, {"first", block.first}, {"last", block.last}};
    const QString label = blockText(block);
    if (existing->next()) {
        const NumberBlock before = blockFromRow(*existing);
        if (before.first == block.first && before.last == block.last)
            return success(); // nothing changed, nothing to record
        if (auto s = tx.writer().update("case_number_block", before.id, fields); !s)
            return s;
        if (auto s = tx.record({QStringLiteral("case-numbers.assign"), QStringLiteral("case_number_block"),
                                existing->value(5).toString(), label, auditJson(before), auditJson(block)});
            !s)
            return s;
    } else {
        auto id = tx.writer().insert("case_number_block", fields);
        if (!id)
            return id.error();
        if (auto s = tx.record({QStringLiteral("case-numbers.assign"),
                                QStringLiteral("case_number_block"),
                                tx.writer().lastUuid(),
                                label,
                                {},
                                auditJson(block)});
            !s)
            return s;
    }
    return tx.commit();
}

Result<CaseNumber> CaseNumbering::allocate(AuditedTransaction &tx, const QString &site, int year,
                                           const QString &caseUuid)
{
    const Database &db = tx.writer().database();
    // The year's own block first, then the block for every year.
    auto q = db.exec(QStringLiteral("SELECT %1 FROM case_number_block WHERE block_site = ? AND (year = ? OR year = 0) "
                                    "AND deleted_at IS NULL ORDER BY year DESC")
                         .arg(QLatin1String(kColumns)),
                     {site, year});
    if (!q)
        return q.error();
    QList<NumberBlock> blocks;
    while (q->next())
        blocks << blockFromRow(*q);
    if (blocks.isEmpty())
        return refusal(Text::tr("Workstation %1 has no block of case numbers for %2; ask the administrator to "
                                "assign one (case numbers in the bureau settings).")
                           .arg(site)
                           .arg(year));
    for (const NumberBlock &b : blocks) {
        const int next = nextInBlock(db, year, b);
        if (next > b.last)
            continue;
        auto stored = db.exec(QStringLiteral("INSERT INTO case_number (year, sequence, case_uuid, given_site, "
                                             "given_at) VALUES (?, ?, ?, ?, ?)"),
                              {year, next, caseUuid, site, tx.stamp().at});
        if (!stored)
            return stored.error();
        return CaseNumber{year, next};
    }
    QStringList used;
    for (const NumberBlock &b : blocks)
        used << blockText(b);
    return refusal(Text::tr("The case numbers for %1 are used up (%2); ask the administrator to assign workstation "
                            "%3 a new block.")
                       .arg(QString::number(year), used.join(QStringLiteral(", ")), site));
}

} // namespace casedesk
