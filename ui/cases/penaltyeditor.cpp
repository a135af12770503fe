#include "penaltyeditor.h"

#include "penaltydialog.h"
#include "provisiondialog.h"
#include "register/licenceregister.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum Column { KindColumn, AmountColumn, ProvisionColumn, TierColumn, DetailsColumn, ColumnCount };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

PenaltyEditor::PenaltyEditor(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("penaltyTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Amount"), tr("Provision"), tr("Tier"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = button(tr("&Add Penalty…"), "addPenalty", this);
    m_edit = button(tr("Edit Penalty…"), "editPenalty", this);
    m_remove = button(tr("Remove Penalty"), "removePenalty", this);

    connect(m_add, &QPushButton::clicked, this, &PenaltyEditor::addPenalty);
    connect(m_edit, &QPushButton::clicked, this, [this] { editPenalty(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removePenalty(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editPenalty(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PenaltyEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void PenaltyEditor::setPenalties(const QList<Penalty> &penalties)
{
    m_penalties = penalties;
    refresh();
}

void PenaltyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void PenaltyEditor::provisionRemoved(int index)
{
    bool touched = false;
    for (Penalty &p : m_penalties) {
        if (p.provisionIndex == index) {
            p.provisionIndex = -1;
            touched = true;
        } else if (p.provisionIndex > index) {
            --p.provisionIndex;
            touched = true;
        }
    }
    if (touched) {
        refresh();
        emit changed();
    }
}

bool PenaltyEditor::editInDialog(Penalty &penalty, bool adding)
{
    const EnforcementCase c = m_current ? m_current() : EnforcementCase();
    QList<Licence> licences;
    if (c.party.kind == PartyKind::Entity && c.party.entityId != 0) {
        const Result<QList<Licence>> held = LicenceRegister(m_db).ofEntity(c.party.entityId);
        if (held)
            licences = held.value();
    }
    PenaltyDialog dialog(c, licences, penalty, adding, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    penalty = dialog.penalty();
    return true;
}

void PenaltyEditor::addPenalty()
{
    Penalty penalty;
    penalty.kind = PenaltyKind::Fine;
    if (!editInDialog(penalty, true))
        return;
    m_penalties << penalty;
    refresh();
    m_table->selectRow(int(m_penalties.size()) - 1);
    emit changed();
}

void PenaltyEditor::editPenalty(int row)
{
    if (m_readOnly || row < 0 || row >= m_penalties.size())
        return;
    Penalty penalty = m_penalties.at(row);
    if (!editInDialog(penalty, false) || penalty == m_penalties.at(row))
        return;
    m_penalties[row] = penalty;
    refresh();
    m_table->selectRow(row);
    emit changed();
}

void PenaltyEditor::removePenalty(int row)
{
    if (m_readOnly || row < 0 || row >= m_penalties.size())
        return;
    m_penalties.removeAt(row);
    refresh();
    emit changed();
}

void PenaltyEditor::refresh()
{
    const EnforcementCase c = m_current ? m_current() : EnforcementCase();
    m_table->setRowCount(int(m_penalties.size()));
    for (int row = 0; row < m_penalties.size(); ++row) {
        const Penalty &p = m_penalties.at(row);
        const bool fine = p.kind == PenaltyKind::Fine;
        QString provision;
        if (fine && p.provisionIndex >= 0 && p.provisionIndex < c.provisions.size())
            provision = ProvisionDialog::label(c.provisions.at(p.provisionIndex));
        const QString cells[ColumnCount] = {
            penaltyKinds().name(p.kind),
            p.amount.isZero() ? QString() : p.amount.yuanText(),
            provision,
            fine ? discretionTiers().name(p.tier) : QString(),
            fine ? p.tierReasons : p.details,
        };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void PenaltyEditor::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_add->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}

} // namespace casedesk
