// 履职情况: every item of the responsibility list in force with the
// inspections, sampling batches and cases that carried it out in the
// period, and the items nothing carried out.
#include "dutylist/dutylistqueries.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk::SummaryParts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTables)
};

struct ItemLine {
    qint64 id = 0;
    QString dutyNumber;
    QString dutyText;
    QString text;
    QString sections;
};

// How many of the trace's records name each item through `link` (the link
// table, aliased x, with its record column and item_id).
Result<QHash<qint64, qint64>> perItem(const Database &db, const SummaryTrace &records, const QString &link,
                                      const QString &recordColumn)
{
    const QString alias = SummaryTraces::aliasOf(records.kind);
    auto q =
        SummarySql::run(db,
                        QStringLiteral("SELECT x.item_id, count(*) FROM %1 x JOIN %2 ON %3.id = x.%4 "
                                       "WHERE %5 GROUP BY x.item_id")
                            .arg(link, SummaryTraces::tableOf(records.kind), alias, recordColumn, records.condition),
                        records.values);
    if (!q)
        return q.error();
    QHash<qint64, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return counts;
}

SummaryTrace linkedTo(const SummaryTrace &records, const QString &link, const QString &recordColumn, qint64 itemId)
{
    const QString alias = SummaryTraces::aliasOf(records.kind);
    return narrowed(
        records, QStringLiteral("%1.id IN (SELECT x.%2 FROM %3 x WHERE x.item_id = ?)").arg(alias, recordColumn, link),
        {itemId});
}

Result<QList<ItemLine>> itemsOf(const Database &db, qint64 editionId, const QString &section)
{
    QString sql = QStringLiteral(
        "SELECT it.id, d.number, d.text, it.text, (SELECT group_concat(name, '、') FROM (SELECT s.name FROM "
        "item_section x JOIN section s ON s.id = x.section_id WHERE x.item_id = it.id ORDER BY x.position)) "
        "FROM item it JOIN duty d ON d.id = it.duty_id WHERE d.edition_id = ? AND d.deleted_at IS NULL "
        "AND it.deleted_at IS NULL");
    QVariantList values{editionId};
    if (!section.isEmpty()) {
        sql += QStringLiteral(" AND it.id IN (SELECT x.item_id FROM item_section x JOIN section s ON "
                              "s.id = x.section_id WHERE s.name = ?)");
        values << section;
    }
    auto q = SummarySql::run(db, sql + QStringLiteral(" ORDER BY d.position, it.position"), values);
    if (!q)
        return q.error();
    QList<ItemLine> items;
    while (q->next())
        items << ItemLine{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toString()};
    return items;
}
} // namespace

Result<QList<SummaryTable>> duties(const Database &db, const Scope &scope, QString &edition)
{
    SummaryTable performed;
    performed.key = QStringLiteral("duties");
    performed.title = Text::tr("Duties performed");
    performed.headers = {Text::tr("Duty"),
                         Text::tr("Responsibility item"),
                         Text::tr("Sections"),
                         Text::tr("Inspections"),
                         Text::tr("Sampling batches"),
                         Text::tr("Cases"),
                         Text::tr("Total"),
                         Text::tr("Performed")};
    performed.columns = {SummaryColumn::Label, SummaryColumn::Label, SummaryColumn::Label, SummaryColumn::Count,
                         SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Label};
    SummaryTable idle;
    idle.key = QStringLiteral("duties_idle");
    idle.title = Text::tr("Items with no activity");
    idle.headers = {Text::tr("Duty"), Text::tr("Main duty"), Text::tr("Responsibility item"), Text::tr("Sections")};
    idle.columns.fill(SummaryColumn::Label, idle.headers.size());

    const ResponsibilityListQueries list(db);
    const auto editionId = list.findEdition(QString());
    if (!editionId) {
        edition.clear();
        performed.note = Text::tr("No responsibility list has been imported.");
        idle.note = performed.note;
        return QList<SummaryTable>{performed, idle};
    }
    for (const EditionRow &row : list.editions())
        if (row.id == *editionId)
            edition = row.label;
    performed.note = Text::tr("Items of the edition %1; an inspection, batch or case counts for each item it names "
                              "(cases: received, filed, decided or closed in the period).")
                         .arg(edition);
    idle.note = Text::tr("No inspection, sampling batch or case of the period names these items.");

    auto items = itemsOf(db, *editionId, scope.section);
    if (!items)
        return items.error();
    const SummaryTrace inspected = inspections(scope), sampled = samplingBatches(scope), cases = casesActive(scope);
    const QString inspectionLink = QStringLiteral("inspection_item"), samplingLink = QStringLiteral("sampling_item"),
                  caseLink = QStringLiteral("case_item");
    auto byInspections = perItem(db, inspected, inspectionLink, QStringLiteral("inspection_id"));
    auto bySampling = perItem(db, sampled, samplingLink, QStringLiteral("batch_id"));
    auto byCases = perItem(db, cases, caseLink, QStringLiteral("case_id"));
    for (const auto *r : {&byInspections, &bySampling, &byCases})
        if (!*r)
            return r->error();

    QList<SummaryCell> totals{label(Text::tr("Total")), label({}), label({})};
    qint64 sums[4] = {0, 0, 0, 0};
    int done = 0;
    for (const ItemLine &item : *items) {
        const qint64 n[3] = {byInspections->value(item.id), bySampling->value(item.id), byCases->value(item.id)};
        const qint64 all = n[0] + n[1] + n[2];
        for (int i = 0; i < 3; ++i)
            sums[i] += n[i];
        sums[3] += all;
        done += all > 0 ? 1 : 0;
        performed.rows << QList<SummaryCell>{
            label(item.dutyNumber),
            label(item.text),
            label(item.sections),
            number(n[0], linkedTo(inspected, inspectionLink, QStringLiteral("inspection_id"), item.id)),
            number(n[1], linkedTo(sampled, samplingLink, QStringLiteral("batch_id"), item.id)),
            number(n[2], linkedTo(cases, caseLink, QStringLiteral("case_id"), item.id)),
            number(all),
            label(all > 0 ? Text::tr("Yes") : Text::tr("No"))};
        if (all == 0)
            idle.rows << QList<SummaryCell>{label(item.dutyNumber), label(item.dutyText), label(item.text),
                                            label(item.sections)};
    }
    for (qint64 sum : sums)
        totals << number(sum);
    totals << label(Text::tr("%1 of %2").arg(done).arg(items->size()));
    performed.rows << totals;
    performed.totalRow = true;
    return QList<SummaryTable>{performed, idle};
}

} // namespace casedesk::SummaryParts
