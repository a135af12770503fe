#pragma once
// DerivedColumns: columns computed from a record's other fields (search
// text, name keys) by the record's own repository. They travel like any
// column, but two versions never conflict over them: after an exchange
// merges fields of two versions, they are computed afresh from the merged
// record, the same way on every workstation.

#include "database.h"
#include "result.h"

#include <QString>

namespace casedesk::DerivedColumns {

bool isDerived(const QString &table, const QString &column);
// Recomputes them for the live row `id` of the table (a tombstone keeps
// what it had).
Status refresh(const Database &db, const QString &table, qint64 id);

} // namespace casedesk::DerivedColumns
