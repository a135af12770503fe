#include "recusaldialog.h"

#include "auth/staffdirectory.h"
#include "entitysearchpicker.h"
#include "inlinemessage.h"
#include "recordtable.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

RecusalDialog::RecusalDialog(Database &db, const Session &session, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_today(today)
{
    setWindowTitle(tr("Conflicts of Interest"));
    setObjectName(QStringLiteral("recusalDialog"));
    m_table = new RecordTable({tr("Inspector"), tr("Unit"), tr("Credit Code"), tr("Reason"), tr("Declared On")}, this);
    m_table->setObjectName(QStringLiteral("recusals"));
    m_table->setAccessibleName(tr("Declared conflicts of interest"));
    m_table->setColumnWidth(InspectorColumn, 120);
    m_table->setColumnWidth(UnitColumn, 220);
    m_table->setColumnWidth(CodeColumn, 170);
    m_table->setColumnWidth(ReasonColumn, 200);
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawRecusal"));

    auto *box = new QGroupBox(tr("Declare a conflict of interest"), this);
    m_inspector = new QComboBox(box);
    m_inspector->setObjectName(QStringLiteral("recusalInspector"));
    if (const auto staff = StaffDirectory(m_db).list(m_session, false)) {
        for (const StaffMember &member : *staff) {
            if (!member.enforcement.present() && !member.specialEquipment.present())
                continue;
            m_inspector->addItem(tr("%1 (%2)", "name and login").arg(member.name, member.login), member.id);
        }
    }
    m_inspector->setCurrentIndex(std::max(0, m_inspector->findData(m_session.staffId())));
    m_picker = new EntitySearchPicker(m_db, box);
    m_picker->setObjectName(QStringLiteral("recusalUnitPicker"));
    m_picker->setHideResultsOnPick(true);
    m_chosen = new QLabel(tr("No unit chosen yet."), box);
    m_chosen->setObjectName(QStringLiteral("recusalUnit"));
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("recusalReason"));
    m_reason->setPlaceholderText(tr("E.g. 近亲属在该单位任职"));
    m_declare = new QPushButton(tr("&Declare"), box);
    m_declare->setObjectName(QStringLiteral("declareRecusal"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Inspector:"), m_inspector);
    auto *unitLabel = new QLabel(tr("&Unit:"), box);
    unitLabel->setBuddy(m_picker->searchField());
    form->addRow(unitLabel, m_picker);
    form->addRow(QString(), m_chosen);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_declare);

    m_message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_withdraw, 0, Qt::AlignLeft);
    layout->addWidget(box);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 640);

    connect(m_picker, &EntitySearchPicker::picked, this, [this](const EntityRow &row) {
        m_unitId = row.id;
        m_chosen->setText(
            tr("Chosen: %1")
                .arg(row.code.isEmpty() ? row.name : tr("%1  %2", "entity name and code").arg(row.name, row.code)));
        m_reason->setFocus();
        updateButtons();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &RecusalDialog::updateButtons);
    connect(m_declare, &QPushButton::clicked, this, &RecusalDialog::declare);
    connect(m_withdraw, &QPushButton::clicked, this, &RecusalDialog::withdrawSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecusalDialog::updateButtons);
    m_inspector->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Enter declares (once the form is complete); it never withdraws or closes.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_declare->setDefault(true);
    reload();
    m_picker->searchField()->setFocus();
}

void RecusalDialog::reload()
{
    const QList<Recusal> recusals = DrawRepository(m_db).recusals();
    m_table->resetRows(static_cast<int>(recusals.size()));
    for (int row = 0; row < recusals.size(); ++row) {
        const Recusal &r = recusals.at(row);
        m_table->setRecord(row, r.id,
                           {r.staffName.isEmpty() ? r.login : r.staffName, r.entityName, r.entityCode, r.reason,
                            r.declaredOn.toString(Qt::ISODate)});
    }
    updateButtons();
}

void RecusalDialog::updateButtons()
{
    m_declare->setEnabled(m_unitId != 0 && m_inspector->currentIndex() >= 0 && !m_reason->text().trimmed().isEmpty());
    m_withdraw->setEnabled(m_table->selectedId() != 0);
}

bool RecusalDialog::declare()
{
    const Result<Recusal> declared = DrawRepository(m_db).declareRecusal(
        m_session, m_inspector->currentData().toLongLong(), m_unitId, m_reason->text().trimmed(), m_today);
    if (!m_message->showOutcome(declared))
        return false;
    m_message->showNote(tr("%1 will not be drawn for %2.").arg(declared->staffName, declared->entityName));
    m_reason->clear();
    reload();
    m_table->selectRow(m_table->rowOfId(declared->id));
    return true;
}

bool RecusalDialog::withdrawSelected()
{
    const qint64 id = m_table->selectedId();
    if (id == 0)
        return false;
    const Status withdrawn = DrawRepository(m_db).withdrawRecusal(m_session, id);
    if (!m_message->showOutcome(withdrawn))
        return false;
    m_message->showNote(tr("Withdrawn."));
    reload();
    return true;
}

} // namespace casedesk
