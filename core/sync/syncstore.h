#pragma once
// SyncStore: the exchange's bookkeeping in the database. Each travelling
// record has a current version (its version vector, the stamp that last
// wrote each field, its content) and earlier versions kept for the common
// ancestor a conflict shows. This workstation's counter and what it knows
// of every workstation's stamps live in settings; what each other
// workstation has told us it holds lives in sync_peer.
//
// stampChanges() turns the records changed since the last exchange (marked
// by the schema's triggers, whatever wrote them) into new versions, all
// under one new stamp of this workstation.

#include "database.h"
#include "result.h"
#include "sync/recordcontent.h"
#include "sync/synccatalog.h"
#include "sync/versionvector.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace casedesk {

struct RecordVersion {
    QString table;
    QString uuid;
    VersionVector vv;
    QJsonObject dots; // field → Dot::toString() of the stamp that last wrote it
    RecordContent content;

    Dot dotOf(const QString &field) const { return Dot::parse(dots.value(field).toString()); }
};

struct PeerState {
    QString site;
    VersionVector knowledge;
    QJsonObject auditHeads; // site → the last audit sequence number it holds
    QString lastImportAt, lastImportFile, lastExportAt, lastExportFile;
};

class SyncStore {
  public:
    SyncStore(const Database &db, const SyncCatalog &catalog) : m_db(db), m_catalog(catalog), m_reader(db, catalog) {}

    // What this database holds of every workstation's stamps.
    VersionVector knowledge() const;
    Status setKnowledge(const VersionVector &knowledge);

    Result<std::optional<RecordVersion>> current(const QString &table, const QString &uuid);
    // Stores a new current version; the one it replaces goes to the history.
    Status save(const RecordVersion &version, bool replacesExisting);
    // The latest version held here that `limit` contains: the common past.
    Result<QJsonObject> ancestor(const QString &table, const QString &uuid, const VersionVector &limit);

    // Stamps every record changed since the last stamp. `forced` fields of
    // one record get the new stamp even when their value did not change
    // (a resolved conflict). Returns how many records got a new version.
    Result<int> stampChanges(const QString &site, const std::function<void(int, int)> &progress = {},
                             const QHash<QString, QStringList> &forced = {});

    Result<std::optional<PeerState>> peer(const QString &site) const;
    Result<QList<PeerState>> peers() const;
    Status savePeer(const PeerState &peer);

    RecordReader &reader() { return m_reader; }

  private:
    Result<qint64> nextCounter();
    // Prepared once per store: an import runs these for every record.
    QSqlQuery &statement(const char *sql);
    const Database &m_db;
    const SyncCatalog &m_catalog;
    RecordReader m_reader;
    QHash<const char *, QSqlQuery> m_statements;
};

} // namespace casedesk
