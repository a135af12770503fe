#pragma once
// PlanProgressTable: how far the year's plan has got, one line per domain
// (the frequency rules), one per campaign or key period, then the whole
// bureau (InspectionPlan::progress): units due, done, still due and the
// share done, coloured (red below half, amber below all, green when done).
// Double-click or Enter on a line narrows the plan's rows to it.

#include "inspections/inspectionplan.h"
#include "recordtable.h"

namespace casedesk {

class PlanProgressTable : public RecordTable {
    Q_OBJECT

  public:
    enum Column { WhatColumn, DueColumn, DoneColumn, StillDueColumn, ShareColumn };

    explicit PlanProgressTable(QWidget *parent = nullptr);

    void setProgress(const QList<PlanProgress> &lines);
    const QList<PlanProgress> &progress() const { return m_lines; }
    // "37%" (rounded down, so 100% means every unit is done).
    static QString shareText(const PlanProgress &line);

  signals:
    // A domain's line ("" for the whole bureau).
    void domainChosen(const QString &domain);
    void planEntryChosen(qint64 planEntryId);

  private:
    QList<PlanProgress> m_lines;
};

} // namespace casedesk
