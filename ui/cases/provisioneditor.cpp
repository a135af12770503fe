#include "provisioneditor.h"

#include "cases/casequeries.h"
#include "provisiondialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum Column { RoleColumn, LawColumn, ArticleColumn, TextColumn, RangeColumn, ColumnCount };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

bool alreadyIn(const QList<CaseProvision> &provisions, const CaseProvision &choice, ProvisionRole role)
{
    return std::any_of(provisions.cbegin(), provisions.cend(), [&](const CaseProvision &p) {
        return p.role == role && p.law == choice.law && p.article == choice.article;
    });
}

} // namespace

ProvisionEditor::ProvisionEditor(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("provisionTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Law"), tr("Article"), tr("Text"), tr("Fine range")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_fromItems = button(tr("From the &Items…"), "provisionsFromItems", this);
    m_fromItems->setToolTip(tr("The legal references of the chosen responsibility items"));
    m_add = button(tr("Add by &Hand…"), "addProvision", this);
    m_edit = button(tr("Edit Provision…"), "editProvision", this);
    m_remove = button(tr("Remove Provision"), "removeProvision", this);

    connect(m_fromItems, &QPushButton::clicked, this, &ProvisionEditor::chooseFromItems);
    connect(m_add, &QPushButton::clicked, this, &ProvisionEditor::addByHand);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProvision(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeProvision(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editProvision(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProvisionEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_fromItems, m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void ProvisionEditor::setProvisions(const QList<CaseProvision> &provisions)
{
    m_provisions = provisions;
    refresh();
}

void ProvisionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ProvisionEditor::chooseFromItems()
{
    const QList<qint64> items = m_items ? m_items() : QList<qint64>();
    const QList<CaseProvision> choices = CaseQueries(m_db).provisionChoices(items);
    if (choices.isEmpty()) {
        QMessageBox::information(this, tr("Provisions from the Items"),
                                 items.isEmpty() ? tr("Choose the responsibility items the case carries out first.")
                                                 : tr("The chosen items cite no legal provision. Add it by hand."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("provisionChoices"));
    dialog.setWindowTitle(tr("Provisions from the Items"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("choices"));
    for (const CaseProvision &choice : choices) {
        auto *row = new QListWidgetItem(ProvisionDialog::label(choice) +
                                            (choice.text.isEmpty() ? QString() : QStringLiteral("  ") + choice.text),
                                        list);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("role"));
    for (ProvisionRole r : provisionRoles().values())
        role->addItem(provisionRoles().name(r), int(r));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Ticked"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(new QLabel(tr("Add as:"), &dialog));
    roleRow->addWidget(role);
    roleRow->addStretch();
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Tick the provisions the case concerns:"), &dialog));
    layout->addWidget(list);
    layout->addLayout(roleRow);
    layout->addWidget(buttons);
    dialog.resize(640, 400);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosenRole = ProvisionRole(role->currentData().toInt());
    bool added = false;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() != Qt::Checked || alreadyIn(m_provisions, choices.at(i), chosenRole))
            continue;
        CaseProvision p = choices.at(i);
        p.role = chosenRole;
        m_provisions << p;
        added = true;
    }
    if (added) {
        refresh();
        emit changed();
    }
}

void ProvisionEditor::addByHand()
{
    ProvisionDialog dialog(CaseProvision{}, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_provisions << dialog.provision();
    refresh();
    m_table->selectRow(int(m_provisions.size()) - 1);
    emit changed();
}

void ProvisionEditor::editProvision(int row)
{
    if (m_readOnly || row < 0 || row >= m_provisions.size())
        return;
    ProvisionDialog dialog(m_provisions.at(row), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.provision() == m_provisions.at(row))
        return;
    m_provisions[row] = dialog.provision();
    refresh();
    m_table->selectRow(row);
    emit changed();
}

void ProvisionEditor::removeProvision(int row)
{
    if (m_readOnly || row < 0 || row >= m_provisions.size())
        return;
    m_provisions.removeAt(row);
    refresh();
    emit removed(row);
    emit changed();
}

void ProvisionEditor::refresh()
{
    m_table->setRowCount(int(m_provisions.size()));
    for (int row = 0; row < m_provisions.size(); ++row) {
        const CaseProvision &p = m_provisions.at(row);
        const QString cells[ColumnCount] = {
            provisionRoles().name(p.role), p.law, p.article, p.text,
            p.fineRange.kind == FineRange::Kind::None ? QString() : ProvisionDialog::rangeText(p.fineRange)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TextColumn, qMin(m_table->columnWidth(TextColumn), 320));
    updateButtons();
}

void ProvisionEditor::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_fromItems->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}

} // namespace casedesk
