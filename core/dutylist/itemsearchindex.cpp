#include "itemsearchindex.h"

namespace casedesk::ItemSearchIndex {

Status refreshEdition(const Database &db, qint64 editionId)
{
    // Fields are joined by line feeds, which a search word never contains,
    // so no match can span two fields.
    auto items = db.exec(QStringLiteral(R"(
        INSERT OR REPLACE INTO item_search(item_id, text)
        SELECT i.id, lower(i.text || char(10) || i.heading || char(10) || i.remarks || char(10)
            || coalesce((SELECT group_concat(s.name, char(10)) FROM item_section x JOIN section s ON s.id = x.section_id
                         WHERE x.item_id = i.id), '') || char(10)
            || coalesce((SELECT group_concat(r.law || char(10) || r.article || char(10) || r.situations, char(10))
                         FROM legal_reference r WHERE r.item_id = i.id AND r.deleted_at IS NULL), ''))
        FROM item i JOIN duty d ON d.id = i.duty_id
        WHERE d.edition_id = ? AND i.deleted_at IS NULL)"),
                         {editionId});
    if (!items)
        return items.error();
    auto duties = db.exec(QStringLiteral(R"(
        INSERT OR REPLACE INTO duty_search(duty_id, text)
        SELECT d.id, lower(d.text || char(10)
            || coalesce((SELECT group_concat(r.law || char(10) || r.article || char(10) || r.situations, char(10))
                         FROM legal_reference r WHERE r.duty_id = d.id AND r.item_id IS NULL
                           AND r.deleted_at IS NULL), ''))
        FROM duty d WHERE d.edition_id = ? AND d.deleted_at IS NULL)"),
                          {editionId});
    if (!duties)
        return duties.error();
    return success();
}

QString wordCondition()
{
    // The duty subquery does not depend on the row, so SQLite evaluates it
    // once per search, not once per item.
    return QStringLiteral("instr(ix.text, ?) OR i.duty_id IN (SELECT duty_id FROM duty_search WHERE instr(text, ?))");
}

} // namespace casedesk::ItemSearchIndex
