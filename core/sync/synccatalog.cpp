#include "sync/synccatalog.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncCatalog)
};

// Parents come before the tables that point at them, so a reader of the
// file meets them in that order (the import does not depend on it).
const char *const kRoots[] = {
    "section",
    "edition",
    "list_note",
    "duty",
    "item",
    "legal_reference",
    "boundary",
    "boundary_share",
    "supervision_system",
    "system_part",
    "content_point",
    "public_service",
    "accountability_body",
    "staff",
    "entity",
    "licence",
    "licence_status_change",
    "equipment",
    "case_number_block",
    "enforcement_case",
    "case_clock_stop",
    "case_seizure",
    "case_step",
    "case_attachment",
    "plan_entry",
    "recusal",
    "inspection_draw",
    "inspection",
    "sampling_batch",
};

const std::pair<const char *, const char *> kChildren[] = {
    {"item_section", "item_id"},
    {"case_handler", "case_id"},
    {"case_item", "case_id"},
    {"case_provision", "case_id"},
    {"case_penalty", "case_id"},
    {"plan_entry_target", "plan_entry_id"},
    {"draw_pick", "draw_id"},
    {"inspection_inspector", "inspection_id"},
    {"inspection_item", "inspection_id"},
    {"inspection_check", "inspection_id"},
    {"sampling_sampler", "batch_id"},
    {"sampling_item", "batch_id"},
};

// What two live records of the same table may not share. Two workstations
// can each register the same enterprise before they exchange; the import
// keeps both and offers them for merging (SyncDuplicates).
const std::pair<const char *, const char *> kNaturalKeys[] = {
    {"entity", "code"},
    {"equipment", "registration_number"},
    {"staff", "login"},
    {"licence", "kind,number"},
    {"section", "name"},
    {"recusal", "staff_id,entity_id"},
    {"edition", "department,label"},
    {"case_number_block", "block_site,year"},
};

const char *const kLocal[] = {
    "setting",      "item_search", "duty_search", "audit_entry",   "audit_head",     "case_number",   "sync_record",
    "sync_history", "sync_dirty",  "sync_peer",   "sync_conflict", "sync_duplicate", "sync_applying",
};

Result<QList<SyncColumn>> columnsOf(const Database &db, const QString &table, const QStringList &skip)
{
    QHash<QString, QString> references;
    auto fk = db.exec(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"), {table});
    if (!fk)
        return fk.error();
    while (fk->next())
        references.insert(fk->value(0).toString(), fk->value(1).toString());
    auto info = db.exec(QStringLiteral("SELECT name, upper(type), \"notnull\" FROM pragma_table_info(?) ORDER BY cid"),
                        {table});
    if (!info)
        return info.error();
    QList<SyncColumn> out;
    while (info->next()) {
        const QString name = info->value(0).toString();
        if (skip.contains(name))
            continue;
        out << SyncColumn{name, references.value(name), info->value(1).toString() == QLatin1String("BLOB"),
                          info->value(2).toBool()};
    }
    if (out.isEmpty())
        return failure(Text::tr("The table %1 is missing from the database.").arg(table));
    return out;
}

} // namespace

QStringList SyncCatalog::rootTables()
{
    QStringList out;
    for (const char *t : kRoots)
        out << QString::fromLatin1(t);
    return out;
}

QList<std::pair<QString, QString>> SyncCatalog::childTables()
{
    QList<std::pair<QString, QString>> out;
    for (const auto &[child, parentColumn] : kChildren)
        out.append({QString::fromLatin1(child), QString::fromLatin1(parentColumn)});
    return out;
}

QStringList SyncCatalog::localTables()
{
    QStringList out;
    for (const char *t : kLocal)
        out << QString::fromLatin1(t);
    return out;
}

QStringList SyncCatalog::metaColumns()
{
    return {QStringLiteral("modified_at"), QStringLiteral("modified_by"), QStringLiteral("site")};
}

Result<SyncCatalog> SyncCatalog::read(const Database &db)
{
    SyncCatalog catalog;
    QStringList rootSkip = metaColumns();
    rootSkip << QStringLiteral("id") << QStringLiteral("uuid");
    for (const QString &name : rootTables()) {
        auto columns = columnsOf(db, name, rootSkip);
        if (!columns)
            return columns.error();
        SyncTable table{name, *columns, {}, {}};
        for (const auto &[keyed, key] : kNaturalKeys)
            if (name == QLatin1String(keyed))
                table.naturalKey = QString::fromLatin1(key).split(QLatin1Char(','));
        catalog.m_index.insert(name, int(catalog.m_tables.size()));
        catalog.m_tables << table;
    }
    for (const auto &[child, parentColumn] : childTables()) {
        auto fk = db.exec(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?) WHERE \"from\" = ?"),
                          {child, parentColumn});
        if (!fk || !fk->next())
            return failure(Text::tr("The table %1 has no reference %2.").arg(child, parentColumn));
        const QString parent = fk->value(0).toString();
        auto columns = columnsOf(db, child, {parentColumn, QStringLiteral("id")});
        if (!columns)
            return columns.error();
        auto hasId = db.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'id'"), {child});
        const bool ownId = hasId && hasId->next() && hasId->value(0).toInt() > 0;
        catalog.m_tables[catalog.m_index.value(parent)].children
            << SyncChildTable{child, parentColumn, ownId, *columns};
    }
    return catalog;
}

const SyncTable *SyncCatalog::table(const QString &name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_tables[*it];
}

QString SyncCatalog::parentOf(const QString &child)
{
    for (const auto &[name, parentColumn] : childTables())
        if (name == child)
            return parentColumn;
    return {};
}

} // namespace casedesk
