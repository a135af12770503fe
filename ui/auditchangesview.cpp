#include "auditchangesview.h"

#include "audit/auditdiff.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

AuditChangesView::AuditChangesView(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    setAccessibleName(tr("Changes"));
}

void AuditChangesView::showEntry(const AuditEntry *entry)
{
    const QList<FieldChange> changes = entry ? AuditDiff::changes(*entry) : QList<FieldChange>();
    setRowCount(static_cast<int>(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange &c = changes.at(row);
        auto *field = new QTableWidgetItem(c.label);
        field->setToolTip(c.field);
        setItem(row, FieldColumn, field);
        setItem(row, BeforeColumn, new QTableWidgetItem(c.before));
        setItem(row, AfterColumn, new QTableWidgetItem(c.after));
    }
    resizeRowsToContents();
}

QWidget *AuditChangesView::labelledPanel(QWidget *parent)
{
    auto *label = new QLabel(tr("&Changes in the selected entry:"), parent);
    label->setBuddy(this);
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(this);
    return panel;
}

} // namespace casedesk
