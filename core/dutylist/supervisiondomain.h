#pragma once
// SupervisionDomain: the field of work an item or a supervision system
// belongs to (special equipment, metrology…). One classifier decides it for
// both, so an item can show "its" supervision system's checklist and a
// search for 电梯 finds the special-equipment items.

#include <QString>
#include <QStringList>

namespace casedesk::SupervisionDomain {

// Domain codes, stored in the database; "" means none recognised.
inline constexpr const char *SpecialEquipment = "special_equipment";
inline constexpr const char *Metrology = "metrology";
inline constexpr const char *ProductionLicence = "production_licence";
inline constexpr const char *ProductQuality = "product_quality";
inline constexpr const char *TestingBodies = "testing_bodies";
inline constexpr const char *Certification = "certification";
inline constexpr const char *Standardization = "standardization";
inline constexpr const char *FoodRelated = "food_related";
inline constexpr const char *Enforcement = "enforcement";

// Every known code, in display order.
QStringList codes();
// The domain a piece of text (an item, a duty, a system's title) is about.
QString classify(const QString &text);
// Like classify(), but falls back to the duty's text when the item's own
// text names no domain.
QString classifyItem(const QString &itemText, const QString &dutyText);
// The translated display name of a code.
QString displayName(const QString &code);
// Words that belong to a domain although the published text of an item need
// not use them (the eight kinds of special equipment, say); a search for one
// of them finds the domain's items.
QStringList glossary(const QString &code);
// The domains one of whose glossary words stands in the term.
QStringList domainsForTerm(const QString &term);

} // namespace casedesk::SupervisionDomain
