#include "register/entityqueries.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace casedesk::EntityQueries {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Register)
};

// A WHERE clause with its bound values, built from the filter. User text
// is only ever bound, never written into the statement.
struct Where {
    QStringList conditions{QStringLiteral("e.deleted_at IS NULL")};
    QVariantList values;

    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
};

QDate dayOf(const EntityFilter &filter)
{
    return filter.today.isValid() ? filter.today : QDate::currentDate();
}

Where whereOf(const EntityFilter &filter)
{
    Where w;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : filter.search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        w.conditions << QStringLiteral("instr(e.search_text, ?) > 0");
        w.values << word;
    }
    if (filter.kinds) {
        w.conditions << QStringLiteral("(e.kinds & ?) <> 0");
        w.values << filter.kinds;
    }
    if (filter.risks) {
        QStringList any;
        for (RiskFlag f : EntityRisk::all())
            if (filter.risks & int(f))
                any << EntityRisk::sqlCondition(f, dayOf(filter));
        w.conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!filter.township.isEmpty()) {
        w.conditions << QStringLiteral("e.township = ?");
        w.values << filter.township;
    }
    return w;
}

QString orderBy(const EntitySort &sort)
{
    QString column;
    switch (sort.column) {
    case EntitySortColumn::Name:
        column = QStringLiteral("e.name");
        break;
    case EntitySortColumn::Code:
        column = QStringLiteral("e.code");
        break;
    case EntitySortColumn::Township:
        column = QStringLiteral("e.township");
        break;
    case EntitySortColumn::Address:
        column = QStringLiteral("e.address");
        break;
    case EntitySortColumn::LegalRepresentative:
        column = QStringLiteral("e.legal_representative");
        break;
    case EntitySortColumn::Modified:
        column = QStringLiteral("e.modified_at");
        break;
    }
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    // The id breaks ties, so paging is stable.
    return column + direction + QStringLiteral(", e.id") + direction;
}

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(Text::tr("Cannot read the register: %1").arg(q.lastError().text()));
    return q;
}
} // namespace

Result<int> count(const Database &db, const EntityFilter &filter)
{
    const Where w = whereOf(filter);
    auto q = run(db, QStringLiteral("SELECT count(*) FROM entity e WHERE ") + w.sql(), w.values);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<QList<EntityRow>> page(const Database &db, const EntityFilter &filter, const EntitySort &sort, int offset,
                              int limit)
{
    const Where w = whereOf(filter);
    const QString statement =
        QStringLiteral("SELECT e.id, e.uuid, e.name, e.code, e.township, e.address, e.legal_representative, "
                       "e.contact_person, e.phone, e.kinds, %1, "
                       "(SELECT count(*) FROM licence l WHERE l.entity_id = e.id AND l.deleted_at IS NULL "
                       " AND l.status = 'valid'), "
                       "(SELECT count(*) FROM equipment q WHERE q.entity_id = e.id AND q.deleted_at IS NULL "
                       " AND q.status <> 'scrapped') "
                       "FROM entity e WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
            .arg(EntityRisk::sqlBits(dayOf(filter)), w.sql(), orderBy(sort));
    QVariantList values = w.values;
    values << limit << offset;
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    QList<EntityRow> rows;
    while (q->next()) {
        EntityRow r;
        r.id = q->value(0).toLongLong();
        r.uuid = q->value(1).toString();
        r.name = q->value(2).toString();
        r.code = q->value(3).toString();
        r.township = q->value(4).toString();
        r.address = q->value(5).toString();
        r.legalRepresentative = q->value(6).toString();
        r.contactPerson = q->value(7).toString();
        r.phone = q->value(8).toString();
        r.kinds = EntityKinds::fromBits(q->value(9).toInt());
        r.risks = RiskFlags::fromBits(q->value(10).toInt());
        r.licences = q->value(11).toInt();
        r.equipment = q->value(12).toInt();
        rows << r;
    }
    return rows;
}

Result<QStringList> townships(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT township FROM entity WHERE deleted_at IS NULL AND township <> '' "
                                    "ORDER BY township"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace casedesk::EntityQueries
