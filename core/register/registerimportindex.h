#pragma once
// RegisterImportIndex: what an import compares its rows with, read from the
// database in one query per table rather than one per row, so a file of
// 100,000 rows is checked in seconds: the live entities by code, the
// licence numbers and equipment registration numbers taken, and the
// entities' name keys for near-duplicate names.

#include "database.h"
#include "register/registercsv.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace casedesk {

// Finds keys at most one edit apart (NameSimilarity::near) without
// comparing every pair: each key is filed under itself and under every
// string one deletion away from it; two keys one insertion, deletion or
// substitution apart always share one of those, and NameSimilarity::near
// confirms each candidate.
class NameKeyIndex {
  public:
    // Files `key` as entry number entryCount(); empty keys are not filed.
    void add(const QString &key);
    int entryCount() const { return int(m_keys.size()); }
    // Entries whose keys are near `key`, at most `limit`; entries for
    // which `skip` returns true are passed over.
    QList<int> near(const QString &key, int limit, const std::function<bool(int entry)> &skip = {}) const;

  private:
    // Calls f(hash) for the key and each distinct one-deletion variant.
    // Variants are only hashed (the key without one character, read in two
    // pieces), never built, and candidates are confirmed by
    // NameSimilarity::near, so a collision costs one comparison.
    template <class F> static void forEachVariant(const QString &key, F f);

    struct Node {
        int entry;
        int next; // the previous node filed under the same hash, or -1
    };
    QList<QString> m_keys;
    QHash<quint64, int> m_head; // variant hash -> its newest node
    std::vector<Node> m_nodes;
};

struct KnownEntity {
    qint64 id = 0;
    QString name;
    QString code;
};

class RegisterImportIndex {
  public:
    // Reads what an import into `table` needs: always the entities by code;
    // for entities also their name keys, for licences the numbers taken,
    // for equipment the registration numbers taken.
    static Result<RegisterImportIndex> load(const Database &db, RegisterTable table);

    const KnownEntity *entityByCode(const QString &code) const;
    const KnownEntity *entityById(qint64 id) const;
    // Stored entities with names near `name` (NameSimilarity), not counting
    // the one with the code `exceptCode`.
    QList<KnownEntity> similarNames(const QString &nameKey, const QString &exceptCode, int limit) const;
    // The entity holding the licence, or 0 when the number is free.
    qint64 licenceHolder(const QString &kindCode, const QString &number) const;
    qint64 equipmentOwner(const QString &registrationNumber) const;

    static QString licenceKey(const QString &kindCode, const QString &number);

  private:
    QList<KnownEntity> m_entities;
    QHash<QString, int> m_byCode; // index into m_entities
    QHash<qint64, int> m_byId;
    NameKeyIndex m_names; // entry i is m_entities[i]
    QHash<QString, qint64> m_licences;
    QHash<QString, qint64> m_equipment;
};

} // namespace casedesk
