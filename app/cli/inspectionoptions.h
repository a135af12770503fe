#pragma once
// What the inspections and sampling commands share: the common start (the
// positional words, the database, --user signed in and allowed the action),
// finding records by their numbers, and turning options into the values of
// an inspection record — the unit, the inspectors, the checklist results by
// label, the outcomes and the signatures. The rules stay in the core
// (InspectionRules); the command runs them first only to name the option a
// problem belongs to, so a script's author sees which argument was wrong.

#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/staffmember.h"
#include "commandline.h"
#include "database.h"
#include "inspections/inspection.h"
#include "register/entity.h"
#include "register/fieldproblem.h"

#include <QDate>
#include <memory>
#include <optional>

namespace casedesk::cli {

struct InspectionCommand {
    std::unique_ptr<Database> db;
    std::optional<Session> session;
    QDate today;
};

// `words`: how many command words the command takes, counting the
// positional argument `argument` names ("NUMBER", "ID") when it has one.
Result<InspectionCommand> startInspectionCommand(const CommandLine &cl, const QString &command, int words,
                                                 Action action, const QString &argument = {});

// "a,b、c，d" → {a, b, c, d}
QStringList listValue(const QString &text);
// A registered entity by id or registration code, the refusal naming `option`.
Result<Entity> entityValue(const InspectionCommand &c, const QString &text, const char *option);
// Active staff by their logins, in the order given.
Result<QList<InspectionInspector>> staffValue(const InspectionCommand &c, const QString &text, const char *option);
// The staff records of the people named (for the certificate rules).
Result<QList<StaffMember>> staffRecords(const InspectionCommand &c, const QList<InspectionInspector> &people);
// Responsibility item ids that exist.
Result<QList<qint64>> itemsValue(const InspectionCommand &c, const QString &text, const char *option);
// A SupervisionDomain code (or its name), refused naming `option`.
Result<QString> domainValue(const QString &text, const char *option);

// The option a field code of InspectionRules or SamplingRules is given by.
QString optionForField(const QString &field);
// The first problem as a refusal "--option: message"; success when none.
Status firstFieldProblem(const QList<FieldProblem> &problems);

// An id or a record number, the current version.
Result<Inspection> findInspection(const InspectionCommand &c, const QString &number);

// The detail options of inspections add, edit and correct that are given,
// applied to `record`: --entity, --on, --place, --kind, --campaign,
// --plan-entry, --draw, --follow-up-of, --domain, --system, --section,
// --inspectors, --items, the checklist (taken afresh from the system when
// the domain or --system changes; then --all-conform and each --check
// LABEL=RESULT[:NOTE]), --findings, --outcome (replacing the outcomes),
// --correct-by, --directive-demands, --oral-on, --seal-note, --reported-to,
// --signatory or --refused.
Status applyInspectionOptions(const CommandLine &cl, const InspectionCommand &c, Inspection &record);

// InspectionRules' problems of the record as a draft, or (`finishing`) as
// a finished record, as a refusal naming the option.
Status checkInspection(const InspectionCommand &c, const Inspection &record, bool finishing);

} // namespace casedesk::cli
