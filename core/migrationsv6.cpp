#include "migrationsteps.h"
#include "sync/synccatalog.h"

#include <QSqlQuery>

namespace casedesk::Migrations::detail {

namespace {

// Every write to a travelling record, through any code path, marks the
// record for the next exchange; a child row marks its parent. Writes of an
// import (sync_applying holds a row) are not changes of this workstation.
QStringList dirtyTriggers(QSqlDatabase &db)
{
    QStringList out;
    for (const QString &t : SyncCatalog::rootTables()) {
        for (const char *event : {"INSERT", "UPDATE"})
            out << QStringLiteral("CREATE TRIGGER sync_mark_%1_%2 AFTER %3 ON %1 "
                                  "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
                                  "INSERT OR IGNORE INTO sync_dirty(tbl, uuid) VALUES ('%1', NEW.uuid); END")
                       .arg(t, QString::fromLatin1(event).toLower(), QString::fromLatin1(event));
    }
    for (const auto &[child, parentColumn] : SyncCatalog::childTables()) {
        QSqlQuery fk(db);
        fk.prepare(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?) WHERE \"from\" = ?"));
        fk.addBindValue(child);
        fk.addBindValue(parentColumn);
        const QString parent = fk.exec() && fk.next() ? fk.value(0).toString() : QString();
        for (const auto &[event, row] : {std::pair{"INSERT", "NEW"}, {"UPDATE", "NEW"}, {"DELETE", "OLD"}})
            out << QStringLiteral("CREATE TRIGGER sync_mark_%1_%2 AFTER %3 ON %1 "
                                  "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
                                  "INSERT OR IGNORE INTO sync_dirty(tbl, uuid) "
                                  "SELECT '%4', uuid FROM %4 WHERE id = %5.%6; END")
                       .arg(child, QString::fromLatin1(event).toLower(), QString::fromLatin1(event), parent,
                            QString::fromLatin1(row), parentColumn);
    }
    return out;
}

struct UniqueRule {
    const char *index;
    const char *table;
    const char *columns;
    bool liveOnly; // unique among live records; false: for good (a login)
};

// These keys were unique indexes. Two workstations may each create the
// same enterprise (or login…) before they exchange, and an exchange must
// not fail on it: the index becomes a plain one, a trigger keeps refusing
// the duplicate a person types, and the import (which sets sync_applying)
// keeps both and offers them for merging.
const UniqueRule kRules[] = {
    {"entity_code", "entity", "code", true},
    {"equipment_registration", "equipment", "registration_number", true},
    {"licence_number", "licence", "kind,number", true},
    {"section_name", "section", "name", true},
    {"recusal_pair", "recusal", "staff_id,entity_id", true},
    {"edition_label", "edition", "department,label", true},
    {"case_number_block_site", "case_number_block", "block_site,year", true},
    {"staff_login", "staff", "login", false},
};

QStringList uniqueGuards()
{
    QStringList out;
    for (const UniqueRule &r : kRules) {
        const QString table = QString::fromLatin1(r.table);
        const QStringList columns = QString::fromLatin1(r.columns).split(QLatin1Char(','));
        QStringList same;
        for (const QString &c : columns)
            same << QStringLiteral("o.%1 = NEW.%1").arg(c);
        const QString live = r.liveOnly ? QStringLiteral(" AND o.deleted_at IS NULL") : QString();
        const QString newLive = r.liveOnly ? QStringLiteral("NEW.deleted_at IS NULL AND ") : QString();
        const QString message = QStringLiteral("UNIQUE constraint failed: %1.%2")
                                    .arg(table, columns.join(QStringLiteral(", %1.").arg(table)));
        out << QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(r.index))
            << QStringLiteral("CREATE INDEX %1 ON %2(%3)")
                   .arg(QString::fromLatin1(r.index), table, columns.join(QLatin1Char(',')));
        const QString when =
            QStringLiteral("%1NOT EXISTS (SELECT 1 FROM sync_applying) AND EXISTS (SELECT 1 FROM %2 o WHERE %3%4%5)")
                .arg(newLive, table, same.join(QStringLiteral(" AND ")), live);
        // An update is refused only when it makes the key collide: a change
        // of the key, or a tombstone brought back.
        QStringList changed;
        for (const QString &c : columns)
            changed << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(c);
        if (r.liveOnly)
            changed << QStringLiteral("(OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL)");
        out << QStringLiteral("CREATE TRIGGER unique_%1_insert BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT RAISE(ABORT, "
                              "'%4'); END")
                   .arg(QString::fromLatin1(r.index), table, when.arg(QString()), message)
            << QStringLiteral("CREATE TRIGGER unique_%1_update BEFORE UPDATE ON %2 WHEN (%3) AND %4 BEGIN SELECT "
                              "RAISE(ABORT, '%5'); END")
                   .arg(QString::fromLatin1(r.index), table, changed.join(QStringLiteral(" OR ")),
                        when.arg(QStringLiteral(" AND o.id <> NEW.id")), message);
    }
    return out;
}

} // namespace

// Data exchange between workstations (issue 8): the exchange's bookkeeping
// tables, the triggers that mark changed records, and natural keys that may
// be duplicated by an exchange until somebody merges them.
Status upgradeToV6(QSqlDatabase &db)
{
    QStringList statements = {
        // Records changed since they were last stamped with a version.
        R"(CREATE TABLE sync_dirty (tbl TEXT NOT NULL, uuid TEXT NOT NULL, UNIQUE (tbl, uuid)))",
        // Each record's current version: its version vector, the version
        // that last wrote each field, and its content as it travels.
        R"(CREATE TABLE sync_record (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            uuid TEXT NOT NULL,
            vv TEXT NOT NULL,
            dots TEXT NOT NULL,
            hash TEXT NOT NULL,
            meta TEXT NOT NULL,
            content TEXT NOT NULL,
            UNIQUE (tbl, uuid)))",
        // Earlier versions, for the common ancestor a conflict shows.
        R"(CREATE TABLE sync_history (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            uuid TEXT NOT NULL,
            vv TEXT NOT NULL,
            content TEXT NOT NULL))",
        R"(CREATE INDEX sync_history_record ON sync_history(tbl, uuid))",
        // What each other workstation has told us it holds.
        R"(CREATE TABLE sync_peer (
            site TEXT PRIMARY KEY,
            knowledge TEXT NOT NULL DEFAULT '{}',
            audit_heads TEXT NOT NULL DEFAULT '{}',
            last_import_at TEXT NOT NULL DEFAULT '',
            last_import_file TEXT NOT NULL DEFAULT '',
            last_export_at TEXT NOT NULL DEFAULT '',
            last_export_file TEXT NOT NULL DEFAULT ''))",
        // Fields two workstations changed independently. Side a is the
        // version with the lower dot, so every workstation that meets the
        // same conflict stores it the same way; the conflicts travel.
        R"(CREATE TABLE sync_conflict (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            record_uuid TEXT NOT NULL,
            record_label TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            value_a TEXT NOT NULL,
            value_b TEXT NOT NULL,
            ancestor TEXT NOT NULL,
            dot_a TEXT NOT NULL,
            dot_b TEXT NOT NULL,
            by_a TEXT NOT NULL DEFAULT '',
            at_a TEXT NOT NULL DEFAULT '',
            by_b TEXT NOT NULL DEFAULT '',
            at_b TEXT NOT NULL DEFAULT '',
            kept TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            raised_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            settled_at TEXT NOT NULL DEFAULT '',
            settled_by TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT '',
            UNIQUE (tbl, record_uuid, field, dot_a, dot_b)))",
        R"(CREATE INDEX sync_conflict_open ON sync_conflict(status, tbl, record_uuid))",
        R"(CREATE TABLE sync_duplicate (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            natural_key TEXT NOT NULL,
            first_uuid TEXT NOT NULL,
            second_uuid TEXT NOT NULL,
            found_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            settled_at TEXT NOT NULL DEFAULT '',
            settled_by TEXT NOT NULL DEFAULT '',
            kept_uuid TEXT NOT NULL DEFAULT '',
            UNIQUE (tbl, first_uuid, second_uuid)))",
        // Holds a row only while an import applies records (see uniqueGuards).
        R"(CREATE TABLE sync_applying (flag INTEGER))",
    };
    statements << uniqueGuards() << dirtyTriggers(db);
    // Records made before this version get their first version at the
    // first exchange.
    for (const QString &t : SyncCatalog::rootTables())
        statements << QStringLiteral("INSERT INTO sync_dirty(tbl, uuid) SELECT '%1', uuid FROM %1").arg(t);
    return execAll(db, statements);
}

} // namespace casedesk::Migrations::detail
