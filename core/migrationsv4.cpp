#include "cases/casenumber.h"
#include "migrationsteps.h"
#include "recordwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace casedesk::Migrations::detail {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};
} // namespace

// Enforcement cases (issue 5). Dates are ISO 8601 text ('' when unset),
// money is integer fen, enumerations their stable codes. due_on is what
// StatutoryClock computed at the last write ('' when the clock does not run
// or stands still), stored so that lists filter deadlines in SQL.
Status upgradeToV4(QSqlDatabase &db)
{
    const char *const tables[] = {
        R"(CREATE TABLE enforcement_case (
            id INTEGER PRIMARY KEY,
            lead_number TEXT NOT NULL,
            case_year INTEGER NOT NULL DEFAULT 0,
            case_sequence INTEGER NOT NULL DEFAULT 0,
            stage TEXT NOT NULL,
            source TEXT NOT NULL,
            source_detail TEXT NOT NULL DEFAULT '',
            received_on TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            party_kind TEXT NOT NULL,
            party_entity_id INTEGER REFERENCES entity(id),
            party_name TEXT NOT NULL DEFAULT '',
            party_code TEXT NOT NULL DEFAULT '',
            party_address TEXT NOT NULL DEFAULT '',
            party_representative TEXT NOT NULL DEFAULT '',
            party_phone TEXT NOT NULL DEFAULT '',
            facts TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '',
            filed_on TEXT NOT NULL DEFAULT '',
            notified_on TEXT NOT NULL DEFAULT '',
            hearing_notice INTEGER NOT NULL DEFAULT 0,
            party_waived INTEGER NOT NULL DEFAULT 0,
            decided_on TEXT NOT NULL DEFAULT '',
            served_on TEXT NOT NULL DEFAULT '',
            service_method TEXT NOT NULL DEFAULT '',
            executed_on TEXT NOT NULL DEFAULT '',
            paid_fen INTEGER NOT NULL DEFAULT 0,
            receipt_number TEXT NOT NULL DEFAULT '',
            closed_on TEXT NOT NULL DEFAULT '',
            archived_on TEXT NOT NULL DEFAULT '',
            archive_number TEXT NOT NULL DEFAULT '',
            transferred_to TEXT NOT NULL DEFAULT '',
            ended_on TEXT NOT NULL DEFAULT '',
            extension_on TEXT NOT NULL DEFAULT '',
            extension_days INTEGER NOT NULL DEFAULT 0,
            extension_reason TEXT NOT NULL DEFAULT '',
            extension_by TEXT NOT NULL DEFAULT '',
            due_on TEXT NOT NULL DEFAULT '',
            clock_stopped INTEGER NOT NULL DEFAULT 0,
            search_text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX enforcement_case_lead ON enforcement_case(lead_number))",
        R"(CREATE UNIQUE INDEX enforcement_case_number ON enforcement_case(case_year, case_sequence)
            WHERE case_year > 0)",
        R"(CREATE INDEX enforcement_case_stage ON enforcement_case(stage, due_on))",
        R"(CREATE INDEX enforcement_case_due ON enforcement_case(due_on) WHERE due_on <> '')",
        R"(CREATE INDEX enforcement_case_received ON enforcement_case(received_on))",
        R"(CREATE INDEX enforcement_case_party ON enforcement_case(party_name))",
        R"(CREATE INDEX enforcement_case_entity ON enforcement_case(party_entity_id))",
        R"(CREATE INDEX enforcement_case_modified ON enforcement_case(modified_at))",
        // The case list (CaseQueries) with 100,000 cases: counting the live
        // cases and paging by number read this index alone; sorting by due
        // date (empty last) reads the next; the section and year filters
        // and the section choices use the last two.
        R"(CREATE INDEX enforcement_case_live ON enforcement_case(deleted_at, case_year, case_sequence, lead_number))",
        R"(CREATE INDEX enforcement_case_due_order ON enforcement_case(deleted_at, due_on = '', due_on))",
        R"(CREATE INDEX enforcement_case_section ON enforcement_case(section) WHERE deleted_at IS NULL)",
        R"(CREATE INDEX enforcement_case_filed ON enforcement_case(filed_on))",
        R"(CREATE TABLE case_handler (
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (case_id, staff_id)))",
        R"(CREATE INDEX case_handler_staff ON case_handler(staff_id))",
        R"(CREATE TABLE case_item (
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (case_id, item_id)))",
        R"(CREATE INDEX case_item_item ON case_item(item_id))",
        R"(CREATE TABLE case_provision (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            legal_reference_id INTEGER REFERENCES legal_reference(id),
            law TEXT NOT NULL,
            article TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            fine_kind TEXT NOT NULL DEFAULT 'none',
            fine_min_fen INTEGER NOT NULL DEFAULT 0,
            fine_max_fen INTEGER NOT NULL DEFAULT 0,
            fine_min_percent INTEGER NOT NULL DEFAULT 0,
            fine_max_percent INTEGER NOT NULL DEFAULT 0,
            fine_basis TEXT NOT NULL DEFAULT ''))",
        R"(CREATE INDEX case_provision_case ON case_provision(case_id, position))",
        R"(CREATE TABLE case_penalty (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            amount_fen INTEGER NOT NULL DEFAULT 0,
            provision_position INTEGER NOT NULL DEFAULT -1,
            basis_fen INTEGER NOT NULL DEFAULT 0,
            tier TEXT NOT NULL DEFAULT '',
            tier_reasons TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL DEFAULT '',
            licence_id INTEGER REFERENCES licence(id)))",
        R"(CREATE INDEX case_penalty_case ON case_penalty(case_id, position))",
        R"(CREATE TABLE case_clock_stop (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            kind TEXT NOT NULL,
            from_on TEXT NOT NULL,
            to_on TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX case_clock_stop_case ON case_clock_stop(case_id))",
        R"(CREATE TABLE case_seizure (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            items TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            from_on TEXT NOT NULL,
            extended_on TEXT NOT NULL DEFAULT '',
            extension_reason TEXT NOT NULL DEFAULT '',
            released_on TEXT NOT NULL DEFAULT '',
            due_on TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE INDEX case_seizure_case ON case_seizure(case_id))",
        R"(CREATE INDEX case_seizure_due ON case_seizure(due_on) WHERE released_on = '')",
        // The timeline: every stage reached and every clock event, with who
        // and when; never changed after it is written.
        R"(CREATE TABLE case_step (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            kind TEXT NOT NULL,
            from_stage TEXT NOT NULL DEFAULT '',
            to_stage TEXT NOT NULL DEFAULT '',
            effective_on TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX case_step_case ON case_step(case_id, id))",
        R"(CREATE TABLE case_attachment (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            content BLOB NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE INDEX case_attachment_case ON case_attachment(case_id))",
        // Each workstation numbers cases from its own block (CaseNumbering);
        // year 0 is the block for every year without one of its own.
        R"(CREATE TABLE case_number_block (
            id INTEGER PRIMARY KEY,
            block_site TEXT NOT NULL,
            year INTEGER NOT NULL,
            first INTEGER NOT NULL,
            last INTEGER NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX case_number_block_site ON case_number_block(block_site, year) WHERE deleted_at IS NULL)",
        // Every number ever given, kept for good so none is reused.
        R"(CREATE TABLE case_number (
            year INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            case_uuid TEXT NOT NULL,
            given_site TEXT NOT NULL,
            given_at TEXT NOT NULL,
            PRIMARY KEY (year, sequence)))",
    };
    QStringList statements;
    for (const char *t : tables)
        statements << withRecordColumns(t);
    if (auto s = execAll(db, statements); !s)
        return s;
    // A bureau set up before cases existed gets the block every new
    // workstation starts with, so it can file its first case.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'site'")))
        return failure(Text::tr("Schema upgrade failed: %1").arg(q.lastError().text()));
    if (!q.next())
        return success();
    const NumberBlock block = CaseNumbering::defaultBlock(q.value(0).toString());
    const QString now = utcNowIso();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO case_number_block (block_site, year, first, last, uuid, created_at, "
                                  "created_by, modified_at, modified_by, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(block.site), QVariant(block.year), QVariant(block.first), QVariant(block.last),
                              QVariant(newRecordUuid()), QVariant(now), QVariant(QStringLiteral("system")),
                              QVariant(now), QVariant(QStringLiteral("system")), QVariant(block.site)})
        insert.addBindValue(v);
    if (!insert.exec())
        return failure(Text::tr("Schema upgrade failed: %1").arg(insert.lastError().text()));
    return success();
}

} // namespace casedesk::Migrations::detail
