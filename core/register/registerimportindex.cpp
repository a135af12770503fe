#include "register/registerimportindex.h"

#include "register/namesimilarity.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace casedesk {

namespace {
// NameSimilarity::near wants keys shorter than this to be equal, so they
// are filed under themselves only.
constexpr int kShortestFuzzyKey = 4;

// A read over many rows: forward only, so QtSql keeps no copy of the rows
// already seen (the statement has no values to bind).
Result<QSqlQuery> readRows(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement))
        return failure(
            QCoreApplication::translate("Database", "Database statement failed: %1").arg(q.lastError().text()));
    return q;
}
} // namespace

template <class F> void NameKeyIndex::forEachVariant(const QString &key, F f)
{
    // 64-bit FNV-1a over the UTF-16 units, skipping the one at `skip`.
    auto hash = [&key](qsizetype skip) {
        quint64 h = 14695981039346656037ULL;
        for (qsizetype i = 0; i < key.size(); ++i) {
            if (i == skip)
                continue;
            h = (h ^ key.at(i).unicode()) * 1099511628211ULL;
        }
        return h;
    };
    f(hash(-1));
    if (key.size() < kShortestFuzzyKey)
        return;
    for (qsizetype i = 0; i < key.size(); ++i)
        if (i == 0 || key.at(i) != key.at(i - 1)) // deleting either of two equal neighbours gives one string
            f(hash(i));
}

void NameKeyIndex::add(const QString &key)
{
    const int entry = int(m_keys.size());
    m_keys << key;
    if (key.isEmpty())
        return;
    forEachVariant(key, [&](quint64 h) {
        auto it = m_head.find(h);
        const int previous = it == m_head.end() ? -1 : *it;
        m_nodes.push_back({entry, previous});
        m_head.insert(h, int(m_nodes.size() - 1));
    });
}

QList<int> NameKeyIndex::near(const QString &key, int limit, const std::function<bool(int entry)> &skip) const
{
    QList<int> found;
    if (key.isEmpty())
        return found;
    forEachVariant(key, [&](quint64 h) {
        for (int node = m_head.value(h, -1); node >= 0 && found.size() < limit; node = m_nodes[node].next) {
            const int entry = m_nodes[node].entry;
            if (!found.contains(entry) && !(skip && skip(entry)) && NameSimilarity::near(key, m_keys[entry]))
                found << entry;
        }
    });
    // Oldest first, as the rows and records were added.
    std::sort(found.begin(), found.end());
    return found;
}

QString RegisterImportIndex::licenceKey(const QString &kindCode, const QString &number)
{
    return kindCode + QChar(0x1F) + number;
}

Result<RegisterImportIndex> RegisterImportIndex::load(const Database &db, RegisterTable table)
{
    RegisterImportIndex index;
    const bool names = table == RegisterTable::Entities;
    auto entities = readRows(db, QStringLiteral("SELECT id, name, code, name_key FROM entity WHERE deleted_at IS NULL "
                                                "ORDER BY id"));
    if (!entities)
        return entities.error();
    QSqlQuery &q = *entities;
    while (q.next()) {
        KnownEntity e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        index.m_byCode.insert(e.code, int(index.m_entities.size()));
        index.m_byId.insert(e.id, int(index.m_entities.size()));
        if (names)
            index.m_names.add(q.value(3).toString());
        index.m_entities << std::move(e);
    }
    if (table == RegisterTable::Licences) {
        auto licences =
            readRows(db, QStringLiteral("SELECT kind, number, entity_id FROM licence WHERE deleted_at IS NULL"));
        if (!licences)
            return licences.error();
        while (licences->next())
            index.m_licences.insert(licenceKey(licences->value(0).toString(), licences->value(1).toString()),
                                    licences->value(2).toLongLong());
    }
    if (table == RegisterTable::Equipment) {
        auto equipment = readRows(
            db, QStringLiteral("SELECT registration_number, entity_id FROM equipment WHERE deleted_at IS NULL"));
        if (!equipment)
            return equipment.error();
        while (equipment->next())
            index.m_equipment.insert(equipment->value(0).toString(), equipment->value(1).toLongLong());
    }
    return index;
}

const KnownEntity *RegisterImportIndex::entityByCode(const QString &code) const
{
    auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_entities[*it];
}

const KnownEntity *RegisterImportIndex::entityById(qint64 id) const
{
    auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entities[*it];
}

QList<KnownEntity> RegisterImportIndex::similarNames(const QString &nameKey, const QString &exceptCode, int limit) const
{
    QList<KnownEntity> out;
    const QList<int> entries =
        m_names.near(nameKey, limit, [&](int entry) { return m_entities[entry].code == exceptCode; });
    for (int entry : entries)
        out << m_entities[entry];
    return out;
}

qint64 RegisterImportIndex::licenceHolder(const QString &kindCode, const QString &number) const
{
    return m_licences.value(licenceKey(kindCode, number), 0);
}

qint64 RegisterImportIndex::equipmentOwner(const QString &registrationNumber) const
{
    return m_equipment.value(registrationNumber, 0);
}

} // namespace casedesk
