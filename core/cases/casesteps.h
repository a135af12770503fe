#pragma once
// CaseSteps: the case's timeline (case_step): every stage reached and every
// clock event, with who recorded it and when. Steps are only ever appended,
// inside the write they describe, so the timeline and the case cannot
// disagree; the case file review (案卷评查) reads them back in order.

#include "cases/enforcementcase.h"
#include "database.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

class AuditedTransaction;

struct StepRecord {
    QString kind; // see CaseStep::kind
    CaseStage from = CaseStage::Lead;
    CaseStage to = CaseStage::Lead;
    QDate on;
    QString text;
};

namespace CaseSteps {

// Appends a step of case `caseId`, stamped with the transaction's person and time.
Status append(AuditedTransaction &tx, qint64 caseId, const StepRecord &step);
// The steps of a case in the order they were recorded, with each author's name.
QList<CaseStep> load(const Database &db, qint64 caseId);

} // namespace CaseSteps

} // namespace casedesk
