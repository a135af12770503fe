#pragma once
// SyncCatalog: which tables travel between workstations and how. A root
// table's rows are records with a bureau-wide identity (uuid); a child
// table's rows (a case's handlers, an inspection's checklist…) have none
// and travel inside their parent's record. Local tables (settings, search
// indexes, the audit chain's heads, the exchange's own bookkeeping) never
// travel. Columns and references are read from the schema itself, so a
// column added by a later migration travels without a change here; a test
// makes sure every table is in one of the three lists.

#include "database.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

struct SyncColumn {
    QString name;
    QString references; // the root table an integer reference points at, else empty
    bool blob = false;  // travels beside the record, named by its SHA-256
    bool notNull = false;
};

struct SyncChildTable {
    QString name;
    QString parentColumn;      // the reference to the parent record's id
    bool hasOwnId = false;     // an INTEGER PRIMARY KEY id, local to each workstation
    QList<SyncColumn> columns; // without parentColumn and id
};

struct SyncTable {
    QString name;
    QList<SyncColumn> columns; // every column but id and the version's metadata
    QList<SyncChildTable> children;
    QStringList naturalKey; // the columns two live records may not share (duplicates)
};

class SyncCatalog {
  public:
    // Reads the columns of every travelling table from the database's schema.
    static Result<SyncCatalog> read(const Database &db);

    const QList<SyncTable> &tables() const { return m_tables; }
    const SyncTable *table(const QString &name) const;

    // Root tables and their children, as names (the migration's triggers).
    static QStringList rootTables();
    static QList<std::pair<QString, QString>> childTables(); // child, parent column
    static QString parentOf(const QString &child);
    static QStringList localTables();
    // The version's metadata: who changed the record last, when and where.
    static QStringList metaColumns();

  private:
    QList<SyncTable> m_tables;
    QHash<QString, int> m_index;
};

} // namespace casedesk
