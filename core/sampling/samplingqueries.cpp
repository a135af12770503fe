#include "sampling/samplingqueries.h"

#include "sampling/samplingrows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <algorithm>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A WHERE clause over `sampling_batch b` with its bound values, in order.
// User text is only ever bound.
struct Where {
    QStringList conditions{QStringLiteral("b.deleted_at IS NULL")};
    QVariantList values;
    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
};

Where whereOf(const SamplingFilter &f)
{
    Where w;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : f.search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        w.conditions << QStringLiteral("instr(b.search_text, ?) > 0");
        w.values << word;
    }
    if (!f.section.isEmpty()) {
        w.conditions << QStringLiteral("b.section = ?");
        w.values << f.section;
    }
    if (f.from.isValid()) {
        w.conditions << QStringLiteral("b.sampled_on >= ?");
        w.values << iso(f.from);
    }
    if (f.to.isValid()) {
        w.conditions << QStringLiteral("b.sampled_on <= ?");
        w.values << iso(f.to);
    }
    if (f.result) {
        w.conditions << QStringLiteral("b.result = ?");
        w.values << samplingResults().code(*f.result);
    }
    if (f.kind) {
        w.conditions << QStringLiteral("b.kind = ?");
        w.values << samplingKinds().code(*f.kind);
    }
    if (f.entityId != 0) {
        w.conditions << QStringLiteral("b.entity_id = ?");
        w.values << f.entityId;
    }
    if (f.samplerId != 0) {
        w.conditions << QStringLiteral("b.id IN (SELECT ss.batch_id FROM sampling_sampler ss WHERE ss.staff_id = ?)");
        w.values << f.samplerId;
    }
    return w;
}

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(Text::tr("Could not read the sampling batches: %1").arg(q.lastError().text()));
    return q;
}

// The batches of a `SELECT b.*` statement with their followers (one query
// for all of them).
struct Batches {
    QList<SamplingBatch> batches;
    QHash<qint64, QList<SamplingBatch>> followers;
};

Result<Batches> readBatches(const Database &db, const QString &statement, const QVariantList &values)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    Batches out;
    QList<qint64> ids;
    while (q->next()) {
        out.batches << SamplingRows::fromRow(*q);
        ids << out.batches.last().id;
    }
    auto followers = SamplingRows::followersOf(db, ids);
    if (!followers)
        return followers.error();
    out.followers = *followers;
    return out;
}

} // namespace

namespace SamplingQueries {

Result<int> count(const Database &db, const SamplingFilter &filter)
{
    const Where w = whereOf(filter);
    auto q = run(db, QStringLiteral("SELECT count(*) FROM sampling_batch b WHERE ") + w.sql(), w.values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<SamplingRow>> page(const Database &db, const SamplingFilter &filter, int offset, int limit,
                                const QDate &today)
{
    const Where w = whereOf(filter);
    QVariantList values = w.values;
    values << limit << offset;
    auto found = readBatches(db,
                             QStringLiteral("SELECT b.* FROM sampling_batch b WHERE %1 "
                                            "ORDER BY b.sampled_on DESC, b.id DESC LIMIT ? OFFSET ?")
                                 .arg(w.sql()),
                             values);
    if (!found)
        return found.error();
    QList<SamplingRow> rows;
    for (const SamplingBatch &b : found->batches) {
        const QList<SamplingBatch> followers = found->followers.value(b.id);
        SamplingRow r;
        r.id = b.id;
        r.batchNumber = b.batchNumber;
        r.kind = b.kind;
        r.planName = b.planName;
        r.unitName = b.unit.name;
        r.product = b.product;
        r.sampledOn = b.sampledOn;
        r.lab = b.lab;
        r.result = b.result;
        r.section = b.section;
        r.nextStep = SamplingRules::nextStep(b, followers, today);
        r.nextDue = SamplingClock::nextDue(SamplingClock::deadlines(b, followers), today);
        rows << r;
    }
    return rows;
}

Result<QList<SamplingDeadlineRow>> deadlines(const Database &db, const QDate &today, int withinDays, int limit)
{
    const QDate until = today.addDays(withinDays);
    // next_due is the earliest open deadline, so it bounds the rows whose
    // deadlines can fall in the window. Only a failed batch has deadlines
    // that can be overdue (an objection period that closed unused is over).
    // "+deleted_at" keeps SQLite on sampling_batch_due (6 ms at 100,000
    // batches) rather than walking sampling_batch_live (70 ms).
    auto found = readBatches(db,
                             QStringLiteral("SELECT b.* FROM sampling_batch b WHERE +b.deleted_at IS NULL "
                                            "AND b.next_due <> '' AND b.next_due <= ? "
                                            "AND (b.result = ? OR b.next_due >= ?) ORDER BY b.next_due, b.id"),
                             {iso(until), samplingResults().code(SamplingResult::Fail), iso(today)});
    if (!found)
        return found.error();
    QList<SamplingDeadlineRow> rows;
    for (const SamplingBatch &b : found->batches)
        for (const SamplingDeadline &d : SamplingClock::deadlines(b, found->followers.value(b.id)))
            if (SamplingClock::pending(d, today) && d.due <= until)
                rows << SamplingDeadlineRow{b.id, b.batchNumber, b.unit.name, b.product, d, d.daysLeft(today)};
    std::stable_sort(rows.begin(), rows.end(), [](const SamplingDeadlineRow &a, const SamplingDeadlineRow &b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due : a.batchNumber < b.batchNumber;
    });
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QStringList sections(const Database &db)
{
    QStringList out;
    if (auto q = run(db,
                     QStringLiteral("SELECT DISTINCT section FROM sampling_batch WHERE deleted_at IS NULL "
                                    "AND section <> '' ORDER BY section"),
                     {}))
        while (q->next())
            out << q->value(0).toString();
    return out;
}

} // namespace SamplingQueries

} // namespace casedesk
