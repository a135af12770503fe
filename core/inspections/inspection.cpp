#include "inspections/inspection.h"

#include <algorithm>

namespace casedesk {

int Inspection::failedPoints() const
{
    return int(std::count_if(checklist.begin(), checklist.end(),
                             [](const CheckPoint &p) { return p.result == CheckResult::DoesNotConform; }));
}

int Inspection::uncheckedPoints() const
{
    return int(std::count_if(checklist.begin(), checklist.end(),
                             [](const CheckPoint &p) { return p.result == CheckResult::Unchecked; }));
}

} // namespace casedesk
