#pragma once
// RegisterWrites: the shapes the registers' writes share, written once:
// add (check, insert, audit, commit), remove one record (a tombstone and its
// entry) and restore it (refused when another record took its number
// meanwhile). Each register supplies what differs as small functions.

#include "audit/auditedtransaction.h"
#include "register/fieldproblem.h"
#include "register/registerrows.h"

namespace casedesk::RegisterWrites {

// validate(Record &) -> Status; insert(AuditedTransaction &, Record) -> Result<Record>.
template <class Record, class Validate, class Insert>
Result<Record> add(Database &db, const Session &session, Record record, Validate validate, Insert insert)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::EditRegister); !s)
        return s.error();
    record.id = 0;
    if (auto s = validate(record); !s)
        return s.error();
    auto stored = insert(tx, record);
    if (!stored)
        return stored;
    if (auto s = tx.commit(); !s)
        return s.error();
    return stored;
}

// find(id) -> Result<Record> of a live record.
template <class Find>
Status remove(Database &db, const Session &session, const char *table, const QString &action, qint64 id, Find find)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::RemoveRegisterRecord); !s)
        return s;
    auto record = find(id);
    if (!record)
        return record.error();
    if (auto s = tx.writer().markDeleted(table, "id", id); !s)
        return s;
    if (auto s =
            tx.record({action, QString::fromLatin1(table), record->uuid, record->label(), record->toAuditJson(), {}});
        !s)
        return s;
    return tx.commit();
}

// readRemoved(id) -> Result<Record> of the removed row; conflicts(Record) ->
// FieldProblems with live records; find(id) as above.
template <class ReadRemoved, class Conflicts, class Find>
auto restore(Database &db, const Session &session, const char *table, const QString &action, qint64 id,
             const QString &label, ReadRemoved readRemoved, Conflicts conflicts, Find find) -> decltype(find(id))
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::RemoveRegisterRecord); !s)
        return s.error();
    auto removedAt = RegisterRows::removedAt(db, table, id, label);
    if (!removedAt)
        return removedAt.error();
    auto removed = readRemoved(id);
    if (!removed)
        return removed.error();
    if (auto s = firstProblem(conflicts(*removed)); !s)
        return s.error();
    if (auto s = tx.writer().markRestored(table, "id", id, *removedAt); !s)
        return s.error();
    if (auto s = tx.record(
            {action, QString::fromLatin1(table), removed->uuid, removed->label(), {}, removed->toAuditJson()});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(id);
}

} // namespace casedesk::RegisterWrites
