#pragma once
// FieldProblem: what is wrong with one field of a record, for the forms that
// explain as the clerk types and for import reports. `field` is the record's
// field key ("name", "code", …), stable across languages.

#include "result.h"

#include <QList>
#include <QString>

namespace casedesk {

struct FieldProblem {
    QString field;
    QString message;
};

using FieldProblems = QList<FieldProblem>;

// The first problem as a refusal, or success when there is none.
inline Status firstProblem(const FieldProblems &problems)
{
    if (problems.isEmpty())
        return success();
    return refusal(problems.first().message);
}

} // namespace casedesk
