#include "migrations.h"

#include "migrationsteps.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <vector>

namespace casedesk::Migrations {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

// Columns every record that travels between workstations carries: a
// bureau-wide identity, who made and last changed it and when (UTC ISO 8601),
// the workstation it came from, and soft deletion (a tombstone, never a
// DELETE).
const char *const kRecordColumns = R"(
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    site TEXT NOT NULL DEFAULT '',
    deleted_at TEXT)";

} // namespace

namespace detail {

QString withRecordColumns(const char *table)
{
    return QString::fromUtf8(table).replace(QStringLiteral("RECORD_COLUMNS"), QString::fromUtf8(kRecordColumns));
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s))
            return failure(
                Text::tr("Schema upgrade failed: %1 (%2)").arg(q.lastError().text(), s.simplified().left(80)));
    }
    return success();
}

} // namespace detail

using detail::execAll;
using detail::upgradeToV4;
using detail::upgradeToV5;
using detail::upgradeToV6;
using detail::withRecordColumns;

namespace {

Status upgradeToV1(QSqlDatabase &db)
{
    const char *const tables[] = {
        R"(CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
        R"(CREATE TABLE edition (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            department TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            accountability_intro TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX edition_label ON edition(department, label) WHERE deleted_at IS NULL)",
        R"(CREATE TABLE list_note (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE TABLE duty (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE INDEX duty_edition ON duty(edition_id, position))",
        R"(CREATE TABLE section (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX section_name ON section(name) WHERE deleted_at IS NULL)",
        R"(CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            duty_id INTEGER NOT NULL REFERENCES duty(id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            remarks TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX item_duty ON item(duty_id, position))",
        R"(CREATE TABLE item_section (
            item_id INTEGER NOT NULL REFERENCES item(id),
            section_id INTEGER NOT NULL REFERENCES section(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (item_id, section_id)))",
        R"(CREATE INDEX item_section_section ON item_section(section_id))",
        R"(CREATE TABLE legal_reference (
            id INTEGER PRIMARY KEY,
            duty_id INTEGER NOT NULL REFERENCES duty(id),
            item_id INTEGER REFERENCES item(id),
            position INTEGER NOT NULL,
            law TEXT NOT NULL DEFAULT '',
            law_edition TEXT NOT NULL DEFAULT '',
            article TEXT NOT NULL DEFAULT '',
            situations TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX legal_reference_duty ON legal_reference(duty_id, position))",
        R"(CREATE TABLE boundary (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            matter TEXT NOT NULL,
            basis TEXT NOT NULL DEFAULT '',
            example TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX boundary_edition ON boundary(edition_id, position))",
        R"(CREATE TABLE boundary_share (
            id INTEGER PRIMARY KEY,
            boundary_id INTEGER NOT NULL REFERENCES boundary(id),
            position INTEGER NOT NULL,
            department TEXT NOT NULL,
            share TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX boundary_share_boundary ON boundary_share(boundary_id, position))",
        R"(CREATE TABLE supervision_system (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            domain TEXT NOT NULL DEFAULT '',
            intro TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX supervision_system_edition ON supervision_system(edition_id, position))",
        R"(CREATE TABLE system_part (
            id INTEGER PRIMARY KEY,
            system_id INTEGER NOT NULL REFERENCES supervision_system(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX system_part_system ON system_part(system_id, position))",
        R"(CREATE TABLE content_point (
            id INTEGER PRIMARY KEY,
            system_id INTEGER NOT NULL REFERENCES supervision_system(id),
            position INTEGER NOT NULL,
            group_label TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE INDEX content_point_system ON content_point(system_id, position))",
        R"(CREATE TABLE public_service (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX public_service_edition ON public_service(edition_id, position))",
        R"(CREATE TABLE accountability_body (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            share TEXT NOT NULL DEFAULT '',
            procedure TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX accountability_body_edition ON accountability_body(edition_id, position))",
        // Derived, local search text per item (never travels): see
        // ItemSearchIndex.
        R"(CREATE TABLE item_search (
            item_id INTEGER PRIMARY KEY REFERENCES item(id),
            text TEXT NOT NULL))",
        R"(CREATE TABLE duty_search (
            duty_id INTEGER PRIMARY KEY REFERENCES duty(id),
            text TEXT NOT NULL))",
    };
    QStringList statements;
    for (const char *t : tables)
        statements << withRecordColumns(t);
    return execAll(db, statements);
}

// People, sign-in and the audit trail.
Status upgradeToV2(QSqlDatabase &db)
{
    const char *const tables[] = {
        // A person who left is deactivated, never deleted; a login is never
        // reused, so the unique index covers inactive rows too.
        R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL COLLATE NOCASE,
            name TEXT NOT NULL,
            section TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL,
            enforcement_cert TEXT NOT NULL DEFAULT '',
            enforcement_cert_from TEXT NOT NULL DEFAULT '',
            enforcement_cert_until TEXT NOT NULL DEFAULT '',
            equipment_cert TEXT NOT NULL DEFAULT '',
            equipment_cert_from TEXT NOT NULL DEFAULT '',
            equipment_cert_until TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            password_hash TEXT NOT NULL,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            password_changed_at TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX staff_login ON staff(login))",
        // One hash chain per workstation: entries travel between
        // workstations (issue 8) and each chain stays verifiable.
        R"(CREATE TABLE audit_entry (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site TEXT NOT NULL,
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            record_table TEXT NOT NULL,
            record_uuid TEXT NOT NULL,
            record_label TEXT NOT NULL DEFAULT '',
            before_json TEXT NOT NULL,
            after_json TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))",
        R"(CREATE INDEX audit_entry_chain ON audit_entry(site, seq))",
        R"(CREATE INDEX audit_entry_record ON audit_entry(record_uuid, at))",
        R"(CREATE INDEX audit_entry_at ON audit_entry(at))",
        // Where each chain ends, so removing the newest entries shows.
        R"(CREATE TABLE audit_head (
            site TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL))",
    };
    QStringList statements;
    for (const char *t : tables)
        statements << withRecordColumns(t);
    return execAll(db, statements);
}

// The register of supervised entities (issue 4): entities, their licences
// with the history of each licence's status, and special equipment.
Status upgradeToV3(QSqlDatabase &db)
{
    const char *const tables[] = {
        // name_key: NameSimilarity's key, for near-duplicate names.
        // search_text: lower-cased name, code, address and people, for the
        // list's substring search. kinds: EntityKind bits.
        R"(CREATE TABLE entity (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            code TEXT NOT NULL,
            code_kind TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            township TEXT NOT NULL DEFAULT '',
            legal_representative TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            kinds INTEGER NOT NULL DEFAULT 0,
            last_incident_on TEXT NOT NULL DEFAULT '',
            complaints_confirmed INTEGER NOT NULL DEFAULT 0,
            crowded_place INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        // A removed entity keeps its code; only live ones must differ.
        R"(CREATE UNIQUE INDEX entity_code ON entity(code) WHERE deleted_at IS NULL)",
        R"(CREATE INDEX entity_name ON entity(name))",
        R"(CREATE INDEX entity_name_key ON entity(name_key))",
        R"(CREATE INDEX entity_township ON entity(township, name))",
        R"(CREATE INDEX entity_modified ON entity(modified_at))",
        // The list sorts by these columns too; without an index a sort of
        // 100,000 rows computes every row's flags and counts first.
        R"(CREATE INDEX entity_address ON entity(address))",
        R"(CREATE INDEX entity_legal_representative ON entity(legal_representative))",
        R"(CREATE TABLE licence (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            kind TEXT NOT NULL,
            number TEXT NOT NULL,
            scope TEXT NOT NULL DEFAULT '',
            issued_on TEXT NOT NULL DEFAULT '',
            expires_on TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'valid',
            status_on TEXT NOT NULL DEFAULT '',
            status_reason TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX licence_number ON licence(kind, number) WHERE deleted_at IS NULL)",
        R"(CREATE INDEX licence_entity ON licence(entity_id))",
        R"(CREATE INDEX licence_expiry ON licence(status, expires_on))",
        R"(CREATE TABLE licence_status_change (
            id INTEGER PRIMARY KEY,
            licence_id INTEGER NOT NULL REFERENCES licence(id),
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            reason TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE INDEX licence_status_change_licence ON licence_status_change(licence_id))",
        R"(CREATE TABLE equipment (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            category TEXT NOT NULL,
            registration_number TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            next_inspection_on TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'in-use',
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX equipment_registration ON equipment(registration_number) WHERE deleted_at IS NULL)",
        R"(CREATE INDEX equipment_entity ON equipment(entity_id))",
        R"(CREATE INDEX equipment_due ON equipment(status, next_inspection_on))",
    };
    QStringList statements;
    for (const char *t : tables)
        statements << withRecordColumns(t);
    return execAll(db, statements);
}

// Index i upgrades version i to version i + 1.
const std::vector<std::function<Status(QSqlDatabase &)>> &upgrades()
{
    static const std::vector<std::function<Status(QSqlDatabase &)>> list = {upgradeToV1, upgradeToV2, upgradeToV3,
                                                                            upgradeToV4, upgradeToV5, upgradeToV6};
    return list;
}

Result<int> pragmaInt(QSqlDatabase &db, const char *pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(pragma)) || !q.next())
        return refusal(Text::tr("%1 is not a CaseDesk database (%2).").arg(db.databaseName(), q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

int latestVersion()
{
    return int(upgrades().size());
}

Result<int> readVersion(QSqlDatabase &db)
{
    auto appId = pragmaInt(db, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    auto version = pragmaInt(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    if (*appId == kApplicationId)
        return *version;
    if (*appId != 0)
        return refusal(Text::tr("%1 belongs to another program (application id %2); it has not been modified.")
                           .arg(db.databaseName())
                           .arg(*appId));
    // A fresh file has no tables yet; anything else is somebody else's data.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return refusal(Text::tr("%1 is not a CaseDesk database (%2).").arg(db.databaseName(), q.lastError().text()));
    if (q.value(0).toInt() > 0)
        return refusal(
            Text::tr("%1 is a SQLite file of another program; it has not been modified.").arg(db.databaseName()));
    return 0;
}

Status migrate(QSqlDatabase &db)
{
    auto current = readVersion(db);
    if (!current)
        return current.error();
    for (int v = *current; v < latestVersion(); ++v) {
        TransactionGuard tx(db);
        if (!tx.active())
            return failure(Text::tr("Cannot start the schema upgrade of %1.").arg(db.databaseName()));
        if (auto s = upgrades()[size_t(v)](db); !s)
            return s.error();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return failure(Text::tr("Cannot record the schema version: %1").arg(q.lastError().text()));
        if (!tx.commit())
            return failure(
                Text::tr("Cannot commit the schema upgrade to version %1: %2").arg(v + 1).arg(db.lastError().text()));
    }
    return success();
}

} // namespace casedesk::Migrations
