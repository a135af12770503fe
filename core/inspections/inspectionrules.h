#pragma once
// InspectionRules: the one place that decides whether an inspection record
// may be saved or finished (DOMAIN.md §3). Pure functions of the record and
// the facts they need; the repository, the forms (live, under each field)
// and the CLI all ask them.
//
// A draft needs the unit, the day (not in the future), the kind, the domain
// and the section. Finishing also needs:
// - at least two different inspectors, each with a certificate valid on the
//   day: an enforcement certificate, or for the special_equipment domain a
//   special-equipment certificate (the refusal names the person);
// - every check point answered, and a note for each that does not conform;
// - at least one outcome; NothingFound alone, and only when every point
//   conforms or is not applicable and no finding is written;
// - findings when a point does not conform or an outcome other than
//   NothingFound is taken;
// - OrderToCorrect / Directive: a deadline after the day; Directive: the
//   special_equipment domain and the demands; oral first: the oral day, on
//   or before the record's day; SealSeize: the note; ReportUpward: to whom;
// - the unit's signatory, or a refusal to sign with the note;
// - a campaign name for Campaign / KeyPeriod; the inspection followed up
//   for FollowUp.

#include "auth/staffmember.h"
#include "inspections/inspection.h"
#include "register/fieldproblem.h"

#include <QDate>
#include <QList>

namespace casedesk {

namespace InspectionRules {

inline constexpr int kMinimumInspectors = 2;

// Whether the staff member may inspect in `domain` on `day`, and the
// certificate that counts.
bool mayInspect(const StaffMember &staff, const QString &domain, const QDate &day);
const Certificate &certificateFor(const StaffMember &staff, const QString &domain);

// Problems with a draft (field codes as in FieldProblem: "unit", "inspectedOn",
// "kind", "domain", "section", "campaign", "followUpOf", "inspectors",
// "checklist", "findings", "outcomes", "correctBy", "directiveDemands",
// "directiveOralOn", "sealSeizeNote", "reportedTo", "unitSignatory",
// "refusalNote", "correctionReason"). `staff` are the inspectors' records.
QList<FieldProblem> draftProblems(const Inspection &record, const QDate &today);
QList<FieldProblem> finishProblems(const Inspection &record, const QList<StaffMember> &staff, const QDate &today);

// The follow-up check of an order to correct or a directive is due on the
// deadline; invalid when the record asks for none.
QDate followUpDue(const Inspection &record);

} // namespace InspectionRules

} // namespace casedesk
