#pragma once
// RegisterWrites: the shapes the registers' writes share, written once:
// add (check, insert, audit, commit), remove one record (a tombstone and its
// entry) and restore it (refused when another record took its number
// meanwhile). Each register supplies what differs as small functions.

#include "audit/auditedtransaction.h"
#include "register/fieldproblem.h"
#include "register/registerrows.h"

namespace casedesk::RegisterWrites {

// The record as stored by the transaction: its modification stamp.
template <class Record> Record stamped(Record record, const AuditedTransaction &tx)
{
    record.modifiedAt = tx.stamp().at;
    record.modifiedBy = tx.stamp().by;
    return record;
}

// Inside a running transaction: stores the row's fields, gives the record
// its id and identity, and records `action` with the new values.
template <class Record>
Result<Record> insert(AuditedTransaction &tx, Record record, const char *table, const QString &action,
                      const RecordWriter::Fields &fields)
{
    auto id = tx.writer().insert(table, fields);
    if (!id)
        return id.error();
    record.id = *id;
    record.uuid = tx.writer().lastUuid();
    if (auto s = tx.record({action, QString::fromLatin1(table), record.uuid, record.label(), {}, record.toAuditJson()});
        !s)
        return s.error();
    return stamped(record, tx);
}

// An edit: the record must still be as the caller read it (modifiedAt);
// allowed(before, record) -> Status adds the register's own rule (a status
// that may not change here); validate(Record &) -> Status normalises and
// checks; fields(record) are the columns an edit writes.
template <class Record, class Find, class Allowed, class Validate, class Fields>
Result<Record> update(Database &db, const Session &session, Record record, const char *table, const QString &action,
                      Find find, Allowed allowed, Validate validate, Fields fields)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::EditRegister); !s)
        return s.error();
    auto before = find(record.id);
    if (!before)
        return before.error();
    if (auto s = RegisterRows::requireCurrent(db, table, record.id, record.modifiedAt, before->label()); !s)
        return s.error();
    if (auto s = allowed(*before, record); !s)
        return s.error();
    if (auto s = validate(record); !s)
        return s.error();
    record.uuid = before->uuid;
    if (auto s = tx.writer().update(table, record.id, fields(record)); !s)
        return s.error();
    if (auto s = tx.record({action, QString::fromLatin1(table), record.uuid, record.label(), before->toAuditJson(),
                            record.toAuditJson()});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return stamped(record, tx);
}

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
