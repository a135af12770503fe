#pragma once
// AuditEntry: one line of the audit trail: who did what to which record and
// when, with the record's values before and after (JSON). Each workstation
// appends to its own chain (site, seq 1, 2, 3…); every entry holds the hash
// of the previous entry of its chain and a hash of itself, so editing,
// deleting or reordering entries afterwards shows (AuditVerifier).

#include <QJsonObject>
#include <QString>

namespace casedesk {

// What a write tells the trail; the rest of an entry comes from the session
// and the chain.
struct AuditEvent {
    QString action;      // "users.add", "duties.import"… (see auditActionName)
    QString table;       // the record's table
    QString recordUuid;  // the record's bureau-wide identity
    QString recordLabel; // how people know the record: a name, a case number
    QJsonObject before;  // empty for a new record
    QJsonObject after;   // empty for a removal
};

struct AuditEntry {
    qint64 id = 0;
    QString uuid;
    QString site;
    qint64 seq = 0;
    QString at; // UTC ISO 8601 with milliseconds
    QString actor;
    QString actorName;
    QString action;
    QString table;
    QString recordUuid;
    QString recordLabel;
    QString before; // compact JSON, as hashed
    QString after;
    QString prevHash;
    QString hash;

    // "A-12": the entry's place in its workstation's chain.
    QString reference() const { return QStringLiteral("%1-%2").arg(site).arg(seq); }
};

// The translated name of an audit action code, for lists and history.
QString auditActionName(const QString &action);

} // namespace casedesk
