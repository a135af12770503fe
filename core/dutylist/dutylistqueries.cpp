#include "dutylistqueries.h"

#include "dutylist/editionparts.h"
#include "dutylist/itemsearchindex.h"
#include "dutylist/supervisiondomain.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponsibilityListQueries)
};

const char *const kEditionColumns = R"(
    SELECT e.id, e.label, e.department, e.region, e.published, e.created_at,
        (SELECT count(*) FROM duty d WHERE d.edition_id = e.id AND d.deleted_at IS NULL),
        (SELECT count(*) FROM item i JOIN duty d ON d.id = i.duty_id
            WHERE d.edition_id = e.id AND i.deleted_at IS NULL),
        (SELECT count(*) FROM boundary b WHERE b.edition_id = e.id AND b.deleted_at IS NULL),
        (SELECT count(*) FROM supervision_system s WHERE s.edition_id = e.id AND s.deleted_at IS NULL),
        (SELECT count(*) FROM public_service p WHERE p.edition_id = e.id AND p.deleted_at IS NULL),
        e.uuid
    FROM edition e WHERE e.deleted_at IS NULL)";

EditionRow editionFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toInt(),    q.value(7).toInt(),
            q.value(8).toInt(),      q.value(9).toInt(),    q.value(10).toInt(),   q.value(11).toString()};
}

// Rows of law, law_edition, article, situations.
QList<LegalReference> readReferences(Result<QSqlQuery> q)
{
    QList<LegalReference> refs;
    while (q && q->next())
        refs << LegalReference{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), -1};
    return refs;
}

QStringList itemSections(const Database &db, qint64 itemId)
{
    QStringList names;
    auto q = db.exec(QStringLiteral("SELECT s.name FROM item_section x JOIN section s ON s.id = x.section_id "
                                    "WHERE x.item_id = ? ORDER BY x.position"),
                     {itemId});
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace

QList<EditionRow> ResponsibilityListQueries::editions() const
{
    QList<EditionRow> rows;
    auto q =
        m_db.exec(QString::fromUtf8(kEditionColumns) + QStringLiteral(" ORDER BY e.department, e.published, e.id"));
    while (q && q->next())
        rows << editionFrom(*q);
    return rows;
}

Result<qint64> ResponsibilityListQueries::findEdition(const QString &idOrLabel) const
{
    const QList<EditionRow> rows = editions();
    if (rows.isEmpty())
        return refusal(Text::tr("No responsibility list has been imported yet."));
    if (idOrLabel.isEmpty()) {
        qint64 newest = 0;
        for (const EditionRow &e : rows)
            newest = std::max(newest, e.id);
        return newest;
    }
    QList<qint64> matches;
    for (const EditionRow &e : rows)
        if (QString::number(e.id) == idOrLabel || e.label == idOrLabel)
            matches << e.id;
    if (matches.isEmpty())
        return refusal(Text::tr("Edition: no edition has the id or label \"%1\".").arg(idOrLabel));
    if (matches.size() > 1)
        return refusal(
            Text::tr("Edition: several departments have an edition labelled \"%1\"; give its id.").arg(idOrLabel));
    return matches.first();
}

QList<DutyRow> ResponsibilityListQueries::duties(qint64 editionId) const
{
    QList<DutyRow> rows;
    auto q =
        m_db.exec(QStringLiteral("SELECT d.id, d.edition_id, d.number, d.text, "
                                 "(SELECT count(*) FROM item i WHERE i.duty_id = d.id AND i.deleted_at IS NULL) "
                                 "FROM duty d WHERE d.edition_id = ? AND d.deleted_at IS NULL ORDER BY d.position"),
                  {editionId});
    while (q && q->next())
        rows << DutyRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toInt()};
    return rows;
}

QList<ItemRow> ResponsibilityListQueries::items(qint64 dutyId) const
{
    QList<ItemRow> rows;
    auto q =
        m_db.exec(QStringLiteral("SELECT i.id, i.duty_id, i.text, i.domain, "
                                 "(SELECT group_concat(name, '、') FROM (SELECT s.name FROM item_section x "
                                 " JOIN section s ON s.id = x.section_id WHERE x.item_id = i.id ORDER BY x.position)) "
                                 "FROM item i WHERE i.duty_id = ? AND i.deleted_at IS NULL ORDER BY i.position"),
                  {dutyId});
    while (q && q->next()) {
        const QString sections = q->value(4).toString();
        rows << ItemRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                        sections.isEmpty() ? QStringList{} : sections.split(QStringLiteral("、")),
                        q->value(3).toString()};
    }
    return rows;
}

QList<LegalReference> ResponsibilityListQueries::dutyReferences(qint64 dutyId) const
{
    return readReferences(
        m_db.exec(QStringLiteral("SELECT law, law_edition, article, situations FROM legal_reference "
                                 "WHERE duty_id = ? AND item_id IS NULL AND deleted_at IS NULL ORDER BY position"),
                  {dutyId}));
}

ItemDetail ResponsibilityListQueries::itemDetail(qint64 itemId) const
{
    ItemDetail detail;
    auto q = m_db.exec(QStringLiteral("SELECT i.id, i.duty_id, i.text, i.domain, i.heading, i.remarks, d.edition_id, "
                                      "d.number, d.text FROM item i JOIN duty d ON d.id = i.duty_id "
                                      "WHERE i.id = ? AND i.deleted_at IS NULL"),
                       {itemId});
    if (!q || !q->next())
        return detail;
    detail.item = {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                   itemSections(m_db, itemId), q->value(3).toString()};
    detail.heading = q->value(4).toString();
    detail.remarks = q->value(5).toString();
    const qint64 editionId = q->value(6).toLongLong();
    detail.duty = {detail.item.dutyId, editionId, q->value(7).toString(), q->value(8).toString(), 0};

    auto e = m_db.exec(QString::fromUtf8(kEditionColumns) + QStringLiteral(" AND e.id = ?"), {editionId});
    if (e && e->next())
        detail.edition = editionFrom(*e);
    for (const DutyRow &d : duties(editionId))
        if (d.id == detail.duty.id)
            detail.duty.itemCount = d.itemCount;

    detail.references =
        readReferences(m_db.exec(QStringLiteral("SELECT law, law_edition, article, situations FROM legal_reference "
                                                "WHERE duty_id = ? AND deleted_at IS NULL "
                                                "AND (item_id IS NULL OR item_id = ?) ORDER BY position"),
                                 {detail.duty.id, itemId}));
    if (!detail.item.domain.isEmpty())
        if (auto systems = EditionParts::systems(m_db, editionId, detail.item.domain))
            detail.systems = *systems;
    return detail;
}

QList<SearchHit> ResponsibilityListQueries::search(const QString &term) const
{
    QList<SearchHit> hits;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = term.toLower().split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;

    QStringList conditions;
    QVariantList values;
    for (const QString &word : words) {
        // A 1-character word would make nearly every domain match; glossary
        // matches start at two characters.
        const QStringList domains = word.size() >= 2 ? SupervisionDomain::domainsForTerm(word) : QStringList{};
        QString condition = ItemSearchIndex::wordCondition();
        values << word << word;
        if (!domains.isEmpty()) {
            condition += QStringLiteral(" OR i.domain IN (%1)")
                             .arg(QStringList(domains.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            for (const QString &d : domains)
                values << d;
        }
        conditions << QLatin1Char('(') + condition + QLatin1Char(')');
    }
    QSqlQuery q(m_db.sql());
    const bool prepared = q.prepare(
        QStringLiteral("SELECT d.edition_id, i.duty_id, i.id FROM item_search ix JOIN item i ON i.id = ix.item_id "
                       "JOIN duty d ON d.id = i.duty_id JOIN edition e ON e.id = d.edition_id "
                       "WHERE i.deleted_at IS NULL AND d.deleted_at IS NULL AND e.deleted_at IS NULL "
                       "AND %1 ORDER BY e.department, e.published, e.id, d.position, i.position")
            .arg(conditions.join(QStringLiteral(" AND "))));
    if (!prepared) {
        qWarning("search failed: %s", qPrintable(q.lastError().text()));
        return hits;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("search failed: %s", qPrintable(q.lastError().text()));
        return hits;
    }
    while (q.next())
        hits << SearchHit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return hits;
}

QStringList ResponsibilityListQueries::sections() const
{
    QStringList names;
    auto q =
        m_db.exec(QStringLiteral("SELECT DISTINCT s.name FROM section s JOIN item_section x ON x.section_id = s.id "
                                 "JOIN item i ON i.id = x.item_id WHERE i.deleted_at IS NULL AND s.deleted_at IS NULL "
                                 "ORDER BY s.name"));
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace casedesk
