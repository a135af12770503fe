#include "historydialog.h"

#include "audit/auditqueries.h"
#include "auditchangesview.h"
#include "audittrailmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

HistoryDialog::HistoryDialog(Database &db, const Session &session, const QString &recordUuid, const QString &title,
                             QWidget *parent)
    : RefusableDialog(parent)
{
    setWindowTitle(tr("History: %1").arg(title));
    resize(760, 520);

    auto history = AuditQueries(db).recordHistory(session, recordUuid);
    if (!history)
        refuse(history.error().message);
    else
        m_entries = *history;

    m_list = new QTableWidget(static_cast<int>(m_entries.size()), ColumnCount, this);
    m_list->setObjectName(QStringLiteral("historyEntries"));
    m_list->setHorizontalHeaderLabels({tr("Time"), tr("Person"), tr("Action"), tr("Entry")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry &e = m_entries.at(row);
        const QString cells[] = {AuditTrailModel::localTime(e.at), AuditTrailModel::person(e),
                                 auditActionName(e.action), e.reference()};
        for (int column = 0; column < ColumnCount; ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_list->resizeColumnsToContents();

    auto *listLabel = new QLabel(tr("&Entries:"), this);
    listLabel->setBuddy(m_list);
    m_changes = new AuditChangesView(this);
    m_changes->setObjectName(QStringLiteral("historyChanges"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(listLabel);
    topLayout->addWidget(m_list);
    QWidget *bottom = m_changes->labelledPanel(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showSelected);
    // The latest change is usually the one asked about.
    if (!m_entries.isEmpty())
        m_list->selectRow(static_cast<int>(m_entries.size()) - 1);
    m_list->setFocus();
}

void HistoryDialog::showSelected()
{
    const QList<QModelIndex> rows = m_list->selectionModel()->selectedRows();
    m_changes->showEntry(rows.isEmpty() ? nullptr : &m_entries.at(rows.first().row()));
}

} // namespace casedesk
