#include "summarydrilldowndialog.h"

#include "recordtable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SummaryDrillDownDialog::SummaryDrillDownDialog(const QString &figure, const QString &shown,
                                               const QList<TracedRecord> &records, int total, QWidget *parent)
    : QDialog(parent), m_records(records)
{
    setObjectName(QStringLiteral("summaryDrillDown"));
    const QString kind = records.isEmpty() ? QString() : SummaryTraces::kindName(records.first().kind);
    setWindowTitle(tr("%1: %2").arg(figure, shown));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("drillDownSummary"));
    m_summary->setWordWrap(true);
    if (records.isEmpty())
        m_summary->setText(tr("No records are behind this figure."));
    else if (total > records.size())
        // Never a silent cut: the list says how many it leaves out.
        m_summary->setText(tr("%1 — %2: %n record(s); the newest %3 are listed. Double-click or press Enter to "
                              "open one.",
                              nullptr, total)
                               .arg(figure, kind)
                               .arg(records.size()));
    else
        m_summary->setText(
            tr("%1 — %2: %n record(s). Double-click or press Enter to open one.", nullptr, int(records.size()))
                .arg(figure, kind));

    m_table = new RecordTable({tr("Number"), tr("Date"), tr("Unit or party"), tr("Details"), tr("Section")}, this);
    m_table->setObjectName(QStringLiteral("drillDownRecords"));
    m_table->setAccessibleName(tr("Records behind the figure"));
    m_table->resetRows(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const TracedRecord &record = records.at(row);
        m_table->setRecord(row, record.id,
                           {record.number, record.date.toString(QStringLiteral("yyyy-MM-dd")), record.name,
                            record.detail, record.section});
    }
    m_table->setColumnWidth(NumberColumn, 200);
    m_table->setColumnWidth(DateColumn, 100);
    m_table->setColumnWidth(NameColumn, 260);
    m_table->setColumnWidth(DetailColumn, 180);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &RecordTable::recordActivated, this, &SummaryDrillDownDialog::choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the list (open the record), not to a default button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    if (!records.isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
}

void SummaryDrillDownDialog::choose(qint64 id)
{
    // The records of one figure are of one kind, so an id names one row.
    const int row = m_table->rowOfId(id);
    if (row < 0 || row >= m_records.size())
        return;
    m_chosen = row;
    accept();
}

const TracedRecord *SummaryDrillDownDialog::chosenRecord() const
{
    return m_chosen >= 0 ? &m_records.at(m_chosen) : nullptr;
}

QStringList SummaryDrillDownDialog::numbers() const
{
    QStringList numbers;
    for (const TracedRecord &record : m_records)
        numbers << record.number;
    return numbers;
}

} // namespace casedesk
