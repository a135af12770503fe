#include "migrationsteps.h"

namespace casedesk::Migrations::detail {

// Inspections, random draws, the year's plan entries and sampling (issue 6).
// Dates are ISO 8601 text ('' when unset), enumerations their stable codes.
// A record's versions share its record_number; the current one has
// superseded_by NULL. The unit's details are copied into the record on the
// day, as the printed record shows them.
Status upgradeToV5(QSqlDatabase &db)
{
    const char *const tables[] = {
        R"(CREATE TABLE plan_entry (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            domain TEXT NOT NULL DEFAULT '',
            from_on TEXT NOT NULL,
            to_on TEXT NOT NULL,
            section TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        R"(CREATE INDEX plan_entry_year ON plan_entry(year, from_on))",
        R"(CREATE TABLE plan_entry_target (
            plan_entry_id INTEGER NOT NULL REFERENCES plan_entry(id),
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (plan_entry_id, entity_id)))",
        R"(CREATE INDEX plan_entry_target_entity ON plan_entry_target(entity_id))",
        R"(CREATE TABLE recusal (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            reason TEXT NOT NULL,
            declared_on TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX recusal_pair ON recusal(staff_id, entity_id) WHERE deleted_at IS NULL)",
        R"(CREATE INDEX recusal_entity ON recusal(entity_id))",
        // A draw keeps everything needed to re-run it: the seed, both pools
        // as drawn (newline-joined, sorted), the recusals that applied
        // ("login<TAB>code" lines) and the hashes.
        R"(CREATE TABLE inspection_draw (
            id INTEGER PRIMARY KEY,
            draw_number TEXT NOT NULL,
            drawn_on TEXT NOT NULL,
            domain TEXT NOT NULL DEFAULT '',
            pool_filter TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            seed TEXT NOT NULL,
            draw_count INTEGER NOT NULL,
            per_unit INTEGER NOT NULL,
            entity_pool TEXT NOT NULL,
            inspector_pool TEXT NOT NULL,
            recusals TEXT NOT NULL DEFAULT '',
            entity_pool_hash TEXT NOT NULL,
            inspector_pool_hash TEXT NOT NULL,
            result_hash TEXT NOT NULL,
            RECORD_COLUMNS))",
        R"(CREATE UNIQUE INDEX inspection_draw_number ON inspection_draw(draw_number))",
        R"(CREATE INDEX inspection_draw_drawn ON inspection_draw(drawn_on))",
        R"(CREATE TABLE draw_pick (
            draw_id INTEGER NOT NULL REFERENCES inspection_draw(id),
            position INTEGER NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            entity_code TEXT NOT NULL,
            inspector_logins TEXT NOT NULL,
            PRIMARY KEY (draw_id, position)))",
        R"(CREATE INDEX draw_pick_entity ON draw_pick(entity_id))",
        R"(CREATE TABLE inspection (
            id INTEGER PRIMARY KEY,
            record_number TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            superseded_by INTEGER REFERENCES inspection(id),
            status TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            unit_name TEXT NOT NULL,
            unit_code TEXT NOT NULL DEFAULT '',
            unit_address TEXT NOT NULL DEFAULT '',
            unit_representative TEXT NOT NULL DEFAULT '',
            unit_contact TEXT NOT NULL DEFAULT '',
            unit_phone TEXT NOT NULL DEFAULT '',
            equipment_id INTEGER REFERENCES equipment(id),
            inspected_on TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            campaign TEXT NOT NULL DEFAULT '',
            plan_entry_id INTEGER REFERENCES plan_entry(id),
            draw_id INTEGER REFERENCES inspection_draw(id),
            follow_up_of INTEGER REFERENCES inspection(id),
            domain TEXT NOT NULL DEFAULT '',
            system_id INTEGER REFERENCES supervision_system(id),
            section TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '',
            correct_by TEXT NOT NULL DEFAULT '',
            directive_number TEXT NOT NULL DEFAULT '',
            directive_demands TEXT NOT NULL DEFAULT '',
            directive_oral_first INTEGER NOT NULL DEFAULT 0,
            directive_oral_on TEXT NOT NULL DEFAULT '',
            seal_seize_note TEXT NOT NULL DEFAULT '',
            reported_to TEXT NOT NULL DEFAULT '',
            case_id INTEGER REFERENCES enforcement_case(id),
            unit_signatory TEXT NOT NULL DEFAULT '',
            unit_refused INTEGER NOT NULL DEFAULT 0,
            refusal_note TEXT NOT NULL DEFAULT '',
            correction_reason TEXT NOT NULL DEFAULT '',
            finished_at TEXT NOT NULL DEFAULT '',
            finished_by TEXT NOT NULL DEFAULT '',
            follow_up_due TEXT NOT NULL DEFAULT '',
            failed_points INTEGER NOT NULL DEFAULT 0,
            search_text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        // outcomes: the codes joined with ','. follow_up_due: the deadline
        // of an order or directive while no finished follow-up exists
        // ('' otherwise), kept up to date on every write so the lists and
        // the start page filter in SQL.
        R"(CREATE UNIQUE INDEX inspection_version ON inspection(record_number, version))",
        R"(CREATE INDEX inspection_current ON inspection(deleted_at, superseded_by, inspected_on))",
        R"(CREATE INDEX inspection_entity ON inspection(entity_id, inspected_on))",
        R"(CREATE INDEX inspection_section ON inspection(section, inspected_on))",
        R"(CREATE INDEX inspection_follow_up ON inspection(follow_up_due) WHERE follow_up_due <> '')",
        R"(CREATE INDEX inspection_follow_up_of ON inspection(follow_up_of))",
        R"(CREATE INDEX inspection_plan_entry ON inspection(plan_entry_id))",
        R"(CREATE INDEX inspection_modified ON inspection(modified_at))",
        // The next directive number of a workstation and year (InspectionNumbers).
        R"(CREATE INDEX inspection_directive ON inspection(directive_number) WHERE directive_number <> '')",
        // The inspection list sorted by a column reads its first page off
        // these (current versions only) instead of sorting every record.
        R"(CREATE INDEX inspection_list_unit ON inspection(unit_name) WHERE deleted_at IS NULL AND superseded_by IS NULL)",
        R"(CREATE INDEX inspection_list_kind ON inspection(kind) WHERE deleted_at IS NULL AND superseded_by IS NULL)",
        R"(CREATE INDEX inspection_list_domain ON inspection(domain) WHERE deleted_at IS NULL AND superseded_by IS NULL)",
        R"(CREATE INDEX inspection_list_status ON inspection(status) WHERE deleted_at IS NULL AND superseded_by IS NULL)",
        R"(CREATE INDEX inspection_list_section ON inspection(section) WHERE deleted_at IS NULL AND superseded_by IS NULL)",
        R"(CREATE TABLE inspection_inspector (
            inspection_id INTEGER NOT NULL REFERENCES inspection(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (inspection_id, staff_id)))",
        R"(CREATE INDEX inspection_inspector_staff ON inspection_inspector(staff_id))",
        R"(CREATE TABLE inspection_item (
            inspection_id INTEGER NOT NULL REFERENCES inspection(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (inspection_id, item_id)))",
        R"(CREATE INDEX inspection_item_item ON inspection_item(item_id))",
        R"(CREATE TABLE inspection_check (
            inspection_id INTEGER NOT NULL REFERENCES inspection(id),
            position INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            group_label TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            result TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (inspection_id, position)))",
        R"(CREATE TABLE sampling_batch (
            id INTEGER PRIMARY KEY,
            batch_number TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent_id INTEGER REFERENCES sampling_batch(id),
            plan_name TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            unit_name TEXT NOT NULL,
            unit_code TEXT NOT NULL DEFAULT '',
            unit_address TEXT NOT NULL DEFAULT '',
            unit_representative TEXT NOT NULL DEFAULT '',
            unit_contact TEXT NOT NULL DEFAULT '',
            unit_phone TEXT NOT NULL DEFAULT '',
            product TEXT NOT NULL,
            product_key TEXT NOT NULL,
            specification TEXT NOT NULL DEFAULT '',
            production_batch TEXT NOT NULL DEFAULT '',
            trademark TEXT NOT NULL DEFAULT '',
            sample_quantity TEXT NOT NULL DEFAULT '',
            sampled_from TEXT NOT NULL DEFAULT '',
            sampled_on TEXT NOT NULL,
            lab TEXT NOT NULL DEFAULT '',
            standard TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            report_number TEXT NOT NULL DEFAULT '',
            report_on TEXT NOT NULL DEFAULT '',
            delivered_on TEXT NOT NULL DEFAULT '',
            failed_items TEXT NOT NULL DEFAULT '',
            objection_on TEXT NOT NULL DEFAULT '',
            rectified_on TEXT NOT NULL DEFAULT '',
            recheck_requested_on TEXT NOT NULL DEFAULT '',
            case_id INTEGER REFERENCES enforcement_case(id),
            notes TEXT NOT NULL DEFAULT '',
            next_due TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            RECORD_COLUMNS))",
        // next_due: the earliest open SamplingClock deadline ('' when none),
        // kept up to date on every write of the batch or its followers.
        R"(CREATE UNIQUE INDEX sampling_batch_number ON sampling_batch(batch_number))",
        R"(CREATE INDEX sampling_batch_live ON sampling_batch(deleted_at, sampled_on))",
        R"(CREATE INDEX sampling_batch_product ON sampling_batch(entity_id, product_key, sampled_on))",
        R"(CREATE INDEX sampling_batch_parent ON sampling_batch(parent_id))",
        R"(CREATE INDEX sampling_batch_due ON sampling_batch(next_due) WHERE next_due <> '')",
        R"(CREATE TABLE sampling_sampler (
            batch_id INTEGER NOT NULL REFERENCES sampling_batch(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (batch_id, staff_id)))",
        R"(CREATE INDEX sampling_sampler_staff ON sampling_sampler(staff_id))",
        R"(CREATE TABLE sampling_item (
            batch_id INTEGER NOT NULL REFERENCES sampling_batch(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (batch_id, item_id)))",
        R"(CREATE INDEX sampling_item_item ON sampling_item(item_id))",
        // The year's plan (InspectionPlan) tests every live entity against
        // the frequency rules: these cover the columns the rules read, so
        // the plan of 100,000 entities reads two narrow indexes instead of
        // the tables. deleted_at comes last: leading, it would draw the
        // register's lists (deleted_at IS NULL ORDER BY name) away from
        // their sort indexes. (IF NOT EXISTS: they index tables of version 3.)
        R"(CREATE INDEX IF NOT EXISTS entity_plan ON entity(kinds, crowded_place, last_incident_on, deleted_at))",
        R"(CREATE INDEX IF NOT EXISTS licence_plan ON licence(kind, status, entity_id, expires_on, issued_on)
            WHERE deleted_at IS NULL)",
    };
    QStringList statements;
    for (const char *t : tables)
        statements << withRecordColumns(t);
    return execAll(db, statements);
}

} // namespace casedesk::Migrations::detail
