#include "planentrydialog.h"

#include "dutylist/dutylistqueries.h"
#include "dutylist/supervisiondomain.h"
#include "entitysearchpicker.h"
#include "inlinemessage.h"
#include "inspections/inspectionqueries.h"
#include "register/entityregister.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace casedesk {

namespace {
template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QDateEdit *dateField(QWidget *parent, const char *name)
{
    auto *edit = named(new QDateEdit(parent), name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

PlanEntryDialog::PlanEntryDialog(Database &db, const Session &session, int year, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    setWindowTitle(tr("New Campaign or Key Period"));
    m_original.year = year;
    m_original.from = QDate(year, 1, 1);
    m_original.to = QDate(year, 12, 31);
    m_original.domain = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    build();
    load(m_original);
}

PlanEntryDialog::PlanEntryDialog(Database &db, const Session &session, const PlanEntry &entry, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(entry)
{
    setWindowTitle(tr("Edit %1").arg(entry.title));
    build();
    load(entry);
}

void PlanEntryDialog::build()
{
    m_title = named(new QLineEdit(this), "planEntryTitle");
    m_title->setPlaceholderText(tr("E.g. 2026年电梯安全专项检查 or 春节期间特种设备安全检查"));
    m_kind = named(new QComboBox(this), "planEntryKind");
    for (InspectionKind kind : {InspectionKind::Campaign, InspectionKind::KeyPeriod})
        m_kind->addItem(inspectionKinds().name(kind), int(kind));
    m_domain = named(new QComboBox(this), "planEntryDomain");
    for (const QString &code : SupervisionDomain::codes())
        m_domain->addItem(SupervisionDomain::displayName(code), code);
    m_from = dateField(this, "planEntryFrom");
    m_to = dateField(this, "planEntryTo");
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to);
    days->addStretch(1);
    m_section = named(new QComboBox(this), "planEntrySection");
    m_section->setEditable(true);
    QStringList sections = ResponsibilityListQueries(m_db).sections() + InspectionQueries::sections(m_db);
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_section->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_notes = named(new QPlainTextEdit(this), "planEntryNotes");
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    m_picker = named(new EntitySearchPicker(m_db, this), "planEntryPicker");
    m_targets = named(new QListWidget(this), "planEntryTargets");
    m_targets->setAccessibleName(tr("Target units"));
    m_targets->setToolTip(tr("The units the campaign must inspect. Delete removes the selected one."));
    m_remove = named(new QPushButton(tr("Re&move Unit"), this), "removeTarget");
    auto *targetColumn = new QVBoxLayout;
    targetColumn->addWidget(m_picker);
    targetColumn->addWidget(m_targets);
    targetColumn->addWidget(m_remove, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Domain:"), m_domain);
    auto *fromLabel = new QLabel(tr("&Runs from:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, days);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Notes:"), m_notes);
    auto *targetsLabel = new QLabel(tr("T&arget units:"), this);
    targetsLabel->setBuddy(m_picker->searchField());
    form->addRow(targetsLabel, targetColumn);

    m_message = new InlineMessage(this);
    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 600);

    connect(m_picker, &EntitySearchPicker::picked, this, [this](const EntityRow &row) {
        addTarget(row.id, row.code.isEmpty() ? row.name : tr("%1  %2", "entity name and code").arg(row.name, row.code));
    });
    connect(m_remove, &QPushButton::clicked, this, &PlanEntryDialog::removeTarget);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_targets, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &PlanEntryDialog::removeTarget);
    connect(m_targets, &QListWidget::currentRowChanged, this, &PlanEntryDialog::updateButtons);
    connect(m_title, &QLineEdit::textChanged, this, &PlanEntryDialog::updateButtons);
}

void PlanEntryDialog::load(const PlanEntry &entry)
{
    m_title->setText(entry.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(entry.kind))));
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(entry.domain)));
    m_from->setDate(entry.from.isValid() ? entry.from : QDate(entry.year, 1, 1));
    m_to->setDate(entry.to.isValid() ? entry.to : QDate(entry.year, 12, 31));
    m_section->setCurrentText(entry.section);
    m_notes->setPlainText(entry.notes);
    m_targets->clear();
    // The name and code of each target, as the register has them now.
    const EntityRegister entities(m_db);
    for (const qint64 id : entry.entityIds) {
        const Result<Entity> found = entities.find(id);
        QString label = tr("Entity %1", "an entity no longer found in the register").arg(id);
        if (found)
            label = found->code.isEmpty() ? found->name
                                          : tr("%1  %2", "entity name and code").arg(found->name, found->code);
        addTarget(id, label);
    }
    updateButtons();
}

void PlanEntryDialog::addTarget(qint64 id, const QString &label)
{
    for (int row = 0; row < m_targets->count(); ++row)
        if (m_targets->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_targets->setCurrentRow(row);
            return;
        }
    auto *item = new QListWidgetItem(label, m_targets);
    item->setData(Qt::UserRole, id);
    m_targets->setCurrentItem(item);
    updateButtons();
}

void PlanEntryDialog::removeTarget()
{
    delete m_targets->takeItem(m_targets->currentRow());
    updateButtons();
}

void PlanEntryDialog::updateButtons()
{
    m_remove->setEnabled(m_targets->currentRow() >= 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

PlanEntry PlanEntryDialog::editedEntry() const
{
    PlanEntry entry = m_original;
    entry.title = m_title->text().trimmed();
    entry.kind = InspectionKind(m_kind->currentData().toInt());
    entry.domain = m_domain->currentData().toString();
    entry.from = m_from->date();
    entry.to = m_to->date();
    entry.section = m_section->currentText().trimmed();
    entry.notes = m_notes->toPlainText().trimmed();
    entry.entityIds.clear();
    for (int row = 0; row < m_targets->count(); ++row)
        entry.entityIds << m_targets->item(row)->data(Qt::UserRole).toLongLong();
    return entry;
}

void PlanEntryDialog::accept()
{
    PlanRepository plans(m_db);
    const Result<PlanEntry> stored =
        m_adding ? plans.add(m_session, editedEntry()) : plans.update(m_session, editedEntry());
    if (!m_message->showOutcome(stored))
        return;
    m_saved = *stored;
    QDialog::accept();
}

} // namespace casedesk
