#include "planentriespanel.h"

#include "auth/permissions.h"
#include "dutylist/supervisiondomain.h"
#include "planentrydialog.h"
#include "recordtable.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

PlanEntriesPanel::PlanEntriesPanel(QWidget *parent) : QWidget(parent)
{
    m_table = new RecordTable(
        {tr("Campaign or Key Period"), tr("Kind"), tr("Domain"), tr("Runs"), tr("Section"), tr("Units")}, this);
    m_table->setObjectName(QStringLiteral("planEntries"));
    m_table->setAccessibleName(tr("Campaigns and key periods"));
    m_table->setColumnWidth(TitleColumn, 200);
    m_table->setColumnWidth(KindColumn, 90);
    m_table->setColumnWidth(DomainColumn, 90);
    m_table->setColumnWidth(DaysColumn, 170);
    m_table->setColumnWidth(SectionColumn, 110);
    m_add = new QPushButton(tr("&New Campaign…"), this);
    m_add->setObjectName(QStringLiteral("addPlanEntry"));
    m_add->setToolTip(tr("Plan a special campaign or a key-period check with its target units"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPlanEntry"));
    m_remove = new QPushButton(tr("Remo&ve…"), this);
    m_remove->setObjectName(QStringLiteral("removePlanEntry"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &PlanEntriesPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &PlanEntriesPanel::editEntry);
    connect(m_remove, &QPushButton::clicked, this, &PlanEntriesPanel::removeEntry);
    connect(m_table, &RecordTable::recordActivated, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editEntry();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlanEntriesPanel::updateButtons);
    updateButtons();
}

void PlanEntriesPanel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void PlanEntriesPanel::showPermitted(const Session &session)
{
    m_session = &session;
    m_mayPlan = Permissions::allowed(session, Action::PlanInspections);
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setVisible(m_mayPlan);
    updateButtons();
}

void PlanEntriesPanel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void PlanEntriesPanel::refresh()
{
    const qint64 selected = m_table->selectedId();
    m_entries = m_db && m_year > 0 ? PlanRepository(*m_db).entries(m_year) : QList<PlanEntry>{};
    m_table->resetRows(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const PlanEntry &e = m_entries.at(row);
        m_table->setRecord(row, e.id,
                           {e.title, inspectionKinds().name(e.kind), SupervisionDomain::displayName(e.domain),
                            tr("%1 to %2").arg(e.from.toString(Qt::ISODate), e.to.toString(Qt::ISODate)), e.section,
                            QString::number(e.entityIds.size())});
        m_table->item(row, TitleColumn)
            ->setToolTip(e.notes.isEmpty() ? e.title : e.title + QLatin1Char('\n') + e.notes);
    }
    if (const int row = m_table->rowOfId(selected); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void PlanEntriesPanel::updateButtons()
{
    const bool ready = m_db && m_session && m_mayPlan;
    const bool chosen = m_table->selectedId() != 0;
    m_add->setEnabled(ready && m_year > 0);
    m_edit->setEnabled(ready && chosen);
    m_remove->setEnabled(ready && chosen);
}

void PlanEntriesPanel::addEntry()
{
    if (!m_db || !m_session)
        return;
    PlanEntryDialog dialog(*m_db, *m_session, m_year, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_table->selectRow(m_table->rowOfId(dialog.saved().id));
    emit changed();
}

void PlanEntriesPanel::editEntry()
{
    const qint64 id = m_table->selectedId();
    if (!m_db || !m_session || id == 0)
        return;
    const Result<PlanEntry> entry = PlanRepository(*m_db).find(id);
    if (!entry) {
        QMessageBox::warning(this, tr("Edit Campaign"), entry.error().message);
        return;
    }
    PlanEntryDialog dialog(*m_db, *m_session, *entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

void PlanEntriesPanel::removeEntry()
{
    const qint64 id = m_table->selectedId();
    if (!m_db || !m_session || id == 0)
        return;
    const QString title = m_entries.value(m_table->rowOfId(id)).title;
    if (QMessageBox::question(this, tr("Remove Campaign"),
                              tr("Remove “%1” from the plan? Inspections already recorded for it stay.").arg(title)) !=
        QMessageBox::Yes)
        return;
    if (const Status removed = PlanRepository(*m_db).remove(*m_session, id); !removed) {
        QMessageBox::warning(this, tr("Remove Campaign"), removed.error().message);
        return;
    }
    refresh();
    emit changed();
}

} // namespace casedesk
