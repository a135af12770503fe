#include "followupdeadlines.h"

#include "duemarking.h"
#include "inspections/inspectionqueries.h"
#include "recordtable.h"
#include "sampling/samplingqueries.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace casedesk {

FollowUpDeadlines::FollowUpDeadlines(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("followUpHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_table = new RecordTable({tr("Record or Batch"), tr("Unit"), tr("Deadline"), tr("Due"), tr("Days Left")}, this);
    m_table->setObjectName(QStringLiteral("followUpDeadlines"));
    m_table->setAccessibleName(tr("Follow-up deadlines"));
    m_table->setToolTip(tr("Double-click a row, or press Enter, to open the inspection record or sampling batch."));
    m_table->setColumnWidth(NumberColumn, 200);
    m_table->setColumnWidth(UnitColumn, 240);
    m_table->setColumnWidth(WhatColumn, 200);
    m_table->setColumnWidth(DueColumn, 110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    m_heading->setText(tr("Follow-up deadlines of inspections and sampling"));

    // Rows of both sources share the table: the row, not the id, says which record.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_lines.size())
            return;
        const Line &line = m_lines.at(index.row());
        if (line.source == Source::Inspection)
            emit inspectionRequested(line.id);
        else
            emit samplingRequested(line.id);
    });
}

void FollowUpDeadlines::refresh(const Database *db, const QDate &today, int windowDays, int limit)
{
    m_lines.clear();
    if (db) {
        const auto followUps = InspectionQueries::followUps(*db, today, windowDays);
        if (!followUps)
            emit loadFailed(followUps.error().message);
        for (const FollowUpDue &f : followUps ? *followUps : QList<FollowUpDue>{}) {
            const QString what = f.outcome == InspectionOutcome::Directive
                                     ? tr("Follow-up of directive %1").arg(f.directiveNumber)
                                     : tr("Follow-up of order to correct");
            m_lines << Line{Source::Inspection, f.inspectionId, f.recordNumber, f.unitName, what, f.due, f.daysLeft};
        }
        const auto sampling = SamplingQueries::deadlines(*db, today, windowDays);
        if (!sampling)
            emit loadFailed(sampling.error().message);
        for (const SamplingDeadlineRow &d : sampling ? *sampling : QList<SamplingDeadlineRow>{})
            m_lines << Line{Source::Sampling,
                            d.batchId,
                            d.batchNumber,
                            d.unitName,
                            tr("%1 (%2)", "deadline and product").arg(SamplingClock::name(d.deadline.kind), d.product),
                            d.deadline.due,
                            d.daysLeft};
    }
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) { return a.due < b.due; });
    m_total = static_cast<int>(m_lines.size());
    m_overdue =
        static_cast<int>(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.daysLeft < 0; }));
    if (limit >= 0 && m_lines.size() > limit)
        m_lines = m_lines.mid(0, limit);
    const int shown = static_cast<int>(m_lines.size());
    m_heading->setText(
        shown < m_total
            ? tr("Follow-up deadlines of inspections and sampling (the first %1 of %2)").arg(shown).arg(m_total)
            : tr("Follow-up deadlines of inspections and sampling (%1)").arg(shown));
    m_table->resetRows(shown);
    for (int row = 0; row < shown; ++row) {
        const Line &l = m_lines.at(row);
        m_table->setRecord(row, l.id,
                           {l.number, l.unit, l.what, l.due.toString(Qt::ISODate), DueMarking::daysLeft(l.daysLeft)},
                           l.daysLeft < 0 ? RecordTable::Marking::Overdue : RecordTable::Marking::None);
    }
}

} // namespace casedesk
