#include "equipmenteditdialog.h"

#include "formproblems.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

EquipmentEditDialog::EquipmentEditDialog(Database &db, const Session &session, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    m_original.entityId = entityId;
    setWindowTitle(tr("New Special Equipment"));
    build();
    revalidate();
}

EquipmentEditDialog::EquipmentEditDialog(Database &db, const Session &session, const Equipment &equipment,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(equipment)
{
    setWindowTitle(tr("Edit Special Equipment: %1").arg(equipment.label()));
    build();
    load(equipment);
    m_problems->markAllTouched();
    revalidate();
}

void EquipmentEditDialog::touched(const QString &key)
{
    m_problems->markTouched(key);
    revalidate();
}

void EquipmentEditDialog::build()
{
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);

    const Result<Entity> owner = EntityRegister(m_db).find(m_original.entityId);
    auto *ownerLabel = new QLabel(owner ? owner->name : QString(), this);
    ownerLabel->setObjectName(QStringLiteral("owner"));
    ownerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    for (EquipmentCategory category : allEquipmentCategories())
        m_category->addItem(equipmentCategoryName(category), int(category));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { touched(QStringLiteral("category")); });

    auto lineEdit = [this](const QString &key) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        connect(edit, &QLineEdit::textEdited, this, [this, key] { touched(key); });
        return edit;
    };
    m_registration = lineEdit(QStringLiteral("registrationNumber"));
    m_description = lineEdit(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("Name and model"));
    m_location = lineEdit(QStringLiteral("location"));

    m_nextInspection = new OptionalDateEdit(this);
    m_nextInspection->setObjectName(QStringLiteral("nextInspectionOn"));
    connect(m_nextInspection, &QDateEdit::dateChanged, this, [this] { touched(QStringLiteral("nextInspectionOn")); });

    // A new unit may start in any status; a stored one only where the rules
    // let it go from its status now (scrapped is final).
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (EquipmentStatus status : allEquipmentStatuses())
        if (m_adding || status == m_original.status || EquipmentStatusRules::allowed(m_original.status, status))
            m_status->addItem(equipmentStatusName(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { touched(QStringLiteral("status")); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Owner:"), ownerLabel);
    m_problems->addRow(form, tr("&Category:"), m_category, QStringLiteral("category"));
    m_problems->addRow(form, tr("&Registration number:"), m_registration, QStringLiteral("registrationNumber"));
    m_problems->addRow(form, tr("&Description:"), m_description, QStringLiteral("description"));
    m_problems->addRow(form, tr("&Location:"), m_location, QStringLiteral("location"));
    m_problems->addRow(form, tr("Next periodic &inspection due:"), m_nextInspection,
                       QStringLiteral("nextInspectionOn"));
    m_problems->addRow(form, tr("&Status:"), m_status, QStringLiteral("status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EquipmentEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EquipmentEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_category->setFocus();
}

void EquipmentEditDialog::load(const Equipment &e)
{
    m_category->setCurrentIndex(m_category->findData(int(e.category)));
    m_registration->setText(e.registrationNumber);
    m_description->setText(e.description);
    m_location->setText(e.location);
    m_nextInspection->setOptionalDate(e.nextInspectionOn);
    m_status->setCurrentIndex(m_status->findData(int(e.status)));
}

Equipment EquipmentEditDialog::equipment() const
{
    Equipment e = m_original;
    e.category = EquipmentCategory(m_category->currentData().toInt());
    e.registrationNumber = m_registration->text().trimmed();
    e.description = m_description->text().trimmed();
    e.location = m_location->text().trimmed();
    e.nextInspectionOn = m_nextInspection->optionalDate();
    e.status = EquipmentStatus(m_status->currentData().toInt());
    return e;
}

void EquipmentEditDialog::revalidate()
{
    if (!m_buttons)
        return;
    const FieldProblems problems = EquipmentRegister(m_db).check(equipment());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems));
}

void EquipmentEditDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Equipment edited = equipment();
    Result<Equipment> stored = m_save     ? m_save(m_original, edited)
                               : m_adding ? EquipmentRegister(m_db).add(m_session, edited)
                                          : EquipmentRegister(m_db).update(m_session, edited);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = stored.value();
    QDialog::accept();
}

} // namespace casedesk
