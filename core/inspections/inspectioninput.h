#pragma once
// InspectionInput: what the repository does to a record a person typed
// before any rule is asked: identity and derived fields reset (only the
// repository gives numbers, versions and the lead), text tidied, fields of
// outcomes not taken cleared, and the references completed from the
// database: the unit copied from the register, the inspectors' names and
// certificates, and every id it points at checked to exist.

#include "database.h"
#include "inspections/inspection.h"
#include "register/fieldproblem.h"
#include "result.h"

namespace casedesk::InspectionInput {

// The record as a person may give it: id, number, version, status,
// directive number, lead, correction and stamps reset.
Inspection fresh(const Inspection &given);
// Trims text, orders and de-duplicates outcomes and items, and clears what
// belongs to an outcome not taken (the deadline, the directive's fields,
// the sealing note, to whom it was reported) and a refusal note without a
// refusal.
void tidy(Inspection &r);
// The unit copied from the register when the record is new or its entity
// changed (else kept from `before`); the equipment checked to belong to the
// unit; inspectors filled; items, system, plan entry, draw and the record
// followed up checked to exist. The refusal names the field.
Status complete(Database &db, Inspection &r, const Inspection *before);
// A follow-up must check a finished record of the same unit that ordered a
// correction or gave a directive ("followUpOf").
FieldProblems followUpProblems(const Database &db, const Inspection &r);

} // namespace casedesk::InspectionInput
