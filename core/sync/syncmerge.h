#pragma once
// SyncMerge: the one rule that decides what a record becomes when an
// exchange brings a version changed independently of this workstation's.
// Field by field: a field only one side changed since their common past
// takes that change; a field both sides changed keeps, for now, the value
// written by the greater stamp (the same choice on every workstation, so
// they all end up holding the same record) and is reported as a conflict
// for a person to decide. A record deleted on one side and edited on the
// other is a conflict too. The merged version contains both versions.

#include "sync/syncstore.h"

#include <QList>

namespace casedesk {

struct FieldConflict {
    QString field;
    // Side a is the version whose stamp on the field is the lower one.
    QJsonValue valueA, valueB;
    Dot dotA, dotB;
    QJsonObject metaA, metaB;
    bool keptA = false; // which value the merged record holds until resolved
};

struct MergeResult {
    RecordVersion merged;
    QList<FieldConflict> conflicts;
};

namespace SyncMerge {

// local and incoming are concurrent (neither vector within the other).
MergeResult merge(const RecordVersion &local, const RecordVersion &incoming);

} // namespace SyncMerge

} // namespace casedesk
