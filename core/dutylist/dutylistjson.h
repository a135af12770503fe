#pragma once
// The JSON form of a stored edition, as `casedesk-cli duties list --json`
// prints it: the edition, its duties with items, sections and references,
// and the counts of the other parts.

#include "dutylist/dutylistqueries.h"
#include "dutylist/responsibilitylist.h"

#include <QJsonObject>

namespace casedesk {

QJsonObject editionToJson(const EditionRow &edition, const ResponsibilityList &list);

} // namespace casedesk
