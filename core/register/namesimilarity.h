#pragma once
// NameSimilarity: when are two entity names probably the same unit? Clerks
// write 永清县某某食品有限公司, 某某食品有限责任公司 and 某某食品(永清)公司
// for one enterprise. The key drops what varies (legal form, the county's
// place names, brackets, spaces, full/half width); names with the same key,
// or keys one character apart, are pointed out as near duplicates.

#include <QString>

namespace casedesk::NameSimilarity {

// The comparison key of a name; stored with each entity (entity.name_key).
QString key(const QString &name);
// Whether two keys are at most one insertion, deletion or substitution apart
// (keys shorter than 4 characters must be equal).
bool near(const QString &keyA, const QString &keyB);

} // namespace casedesk::NameSimilarity
