#pragma once
// Inspection: one supervision inspection (监督检查记录, DOMAIN.md §3) as the
// bureau keeps it: the unit inspected (copied from the register when the
// record is made, so the printed record stays what it was), the day, kind
// and domain, at least two inspectors, the checklist taken from the
// domain's supervision system with a result per point, the findings, what
// was done (outcomes), and the signatures or a noted refusal to sign.
// A finished record is locked; a correction is a new version with the same
// record number, and every version is kept.

#include "inspections/inspectionkinds.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

struct InspectionInspector {
    qint64 staffId = 0;
    QString login;
    QString name;              // filled on load
    QString certificateNumber; // the certificate the inspection needs (enforcement, or special-equipment), on load
    QDate certificateValidUntil;
    bool operator==(const InspectionInspector &) const = default;
};

// One point of the checklist. The text is copied from the supervision
// system's content point when the record is made (Checklist::forSystem), so
// a later edition of the list does not change a record.
struct CheckPoint {
    QString label; // "2.1" — the published label, with a sub-number when a point was split
    QString group; // the (一)/(二) group heading, if any
    QString text;
    CheckResult result = CheckResult::Unchecked;
    QString note; // required when the point does not conform
    bool operator==(const CheckPoint &) const = default;
};

// The unit's copy as it stood on the day.
struct InspectedUnit {
    qint64 entityId = 0;
    QString name;
    QString code;
    QString address;
    QString legalRepresentative;
    QString contactPerson;
    QString phone;
    bool operator==(const InspectedUnit &) const = default;
};

struct Inspection {
    qint64 id = 0; // this version's row
    QString uuid;
    QString recordNumber; // <site>-<year>-J<NNNN>, the same for every version
    int version = 1;
    bool current = true; // false once a later version replaced it
    InspectionStatus status = InspectionStatus::Draft;

    InspectedUnit unit;
    qint64 equipmentId = 0; // optional: the unit of special equipment inspected
    QString equipmentLabel; // its registration number and category, on load
    QDate inspectedOn;
    QString place; // where, when not the unit's address
    InspectionKind kind = InspectionKind::Routine;
    QString campaign;       // the campaign's or key period's name (专项/重点时段)
    qint64 planEntryId = 0; // the campaign or key-period plan entry it carries out, if any
    qint64 drawId = 0;      // the random draw that picked the unit, if any
    qint64 followUpOf = 0;  // for a follow-up: the inspection whose order or directive it checks
    QString domain;         // SupervisionDomain code
    qint64 systemId = 0;    // the supervision system the checklist came from (0 = none)
    QString systemTitle;    // on load
    QString section;        // the section responsible (股室)
    QList<InspectionInspector> inspectors;
    QList<qint64> itemIds; // responsibility items the inspection carries out
    QList<CheckPoint> checklist;
    QString findings;

    QList<InspectionOutcome> outcomes;
    QDate correctBy;                 // OrderToCorrect / Directive: the deadline to put it right
    QString directiveNumber;         // Directive: given when the record is finished
    QString directiveDemands;        // Directive: what the unit must do
    bool directiveOralFirst = false; // emergency: given orally first, written after
    QDate directiveOralOn;
    QString sealSeizeNote; // SealSeize: what was sealed or seized
    QString reportedTo;    // ReportUpward: to whom
    qint64 caseId = 0;     // OpenCase: the lead it opened
    QString caseNumber;    // on load

    QString unitSignatory; // the unit's responsible person who signed
    bool unitRefusedToSign = false;
    QString refusalNote; // required when the unit refused to sign

    QString correctionReason; // why this version replaced the previous one
    QString finishedAt;
    QString finishedBy;
    QString createdAt;
    QString createdBy;
    QString modifiedAt;
    QString modifiedBy;

    bool has(InspectionOutcome o) const { return outcomes.contains(o); }
    bool locked() const { return status == InspectionStatus::Finished || !current; }
    // Points not conforming / still unchecked.
    int failedPoints() const;
    int uncheckedPoints() const;

    bool operator==(const Inspection &) const = default;
};

// One version of a record, for the history list.
struct InspectionVersion {
    qint64 id = 0;
    int version = 0;
    InspectionStatus status = InspectionStatus::Draft;
    QString correctionReason;
    QString modifiedAt;
    QString modifiedBy;
};

} // namespace casedesk
