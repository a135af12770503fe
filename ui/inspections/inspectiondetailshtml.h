#pragma once
// InspectionDetailsHtml: the inspection view's details as rich text: the
// unit as it stood on the day, the day, place, kind (with the campaign or
// the record followed up), domain and checklist's system, the inspectors
// with their certificates, the responsibility items, the checklist with
// each result in its colour (not conforming in red, with its note), the
// findings, what was done (deadlines, the directive, the sealing, the
// report upward, the case opened), the signatures or the noted refusal,
// and, for a corrected version, why it was corrected. Pure: the same record,
// the same text.

#include "inspections/inspection.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace casedesk {

class InspectionDetailsHtml {
    Q_DECLARE_TR_FUNCTIONS(casedesk::InspectionDetailsHtml)

  public:
    // What the record only points at, read by the caller.
    struct Context {
        QString followUpOfNumber; // the record followed up
        QStringList itemTexts;    // the responsibility items
    };

    static QString render(const Inspection &record, const Context &context, const QDate &today);
    // The colour a result is shown in (also in the form's checklist).
    static QString resultColour(CheckResult result);

  private:
    static QString unit(const Inspection &record);
    static QString inspectors(const Inspection &record);
    static QString checklist(const Inspection &record);
    static QString outcomes(const Inspection &record, const QDate &today);
    static QString signatures(const Inspection &record);
};

} // namespace casedesk
