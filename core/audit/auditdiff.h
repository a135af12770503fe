#pragma once
// AuditDiff: what an audit entry changed, field by field, for a record's
// history in the GUI and `audit list` on the command line: each field whose
// value differs between before and after, with a translated field name.

#include "audit/auditentry.h"

#include <QList>
#include <QString>

namespace casedesk {

struct FieldChange {
    QString field; // the key in the entry's JSON
    QString label; // its translated name
    QString before;
    QString after;
};

namespace AuditDiff {
// Fields in a stable order (the JSON's sorted keys); unchanged fields are
// left out, so a new record lists every field with an empty "before".
QList<FieldChange> changes(const AuditEntry &entry);
// The translated name of a field key ("bureauName" → 机构名称).
QString fieldLabel(const QString &field);
} // namespace AuditDiff

} // namespace casedesk
