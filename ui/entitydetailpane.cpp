#include "entitydetailpane.h"

#include "auth/permissions.h"
#include "duemarking.h"
#include "recordtable.h"
#include "register/entityregister.h"
#include "register/entityrisk.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
enum Field {
    AddressField,
    TownshipField,
    LegalRepresentativeField,
    ContactField,
    KindsField,
    RisksField,
    IncidentField,
    NotesField,
    FieldCount
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QLabel *makeHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

EntityDetailPane::EntityDetailPane(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Entity details"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("entityPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 0, 0);
    layout->addWidget(makeEntityHeader());
    layout->addWidget(makeFields());
    layout->addSpacing(6);
    layout->addWidget(makeLicenceSection(), 1);
    layout->addSpacing(6);
    layout->addWidget(makeEquipmentSection(), 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    setTabOrder(m_editEntity, m_entityHistory);
    setTabOrder(m_entityHistory, m_removeEntity);
    setTabOrder(m_removeEntity, m_licenceTable);
    setTabOrder(m_licenceTable, m_addLicence);
    setTabOrder(m_addLicence, m_editLicence);
    setTabOrder(m_editLicence, m_licenceStatus);
    setTabOrder(m_licenceStatus, m_removeLicence);
    setTabOrder(m_removeLicence, m_licenceHistory);
    setTabOrder(m_licenceHistory, m_equipmentTable);
    setTabOrder(m_equipmentTable, m_addEquipment);
    setTabOrder(m_addEquipment, m_editEquipment);
    setTabOrder(m_editEquipment, m_removeEquipment);
    setTabOrder(m_removeEquipment, m_equipmentHistory);

    showPlaceholder();
}

QPushButton *EntityDetailPane::makeButton(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

QWidget *EntityDetailPane::makeEntityHeader()
{
    auto *header = new QWidget(this);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("entityName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_code = new QLabel(header);
    m_code->setObjectName(QStringLiteral("entityCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editEntity = makeButton(tr("&Edit…"), QStringLiteral("editEntityButton"), tr("Change this entity's fields"));
    m_entityHistory = makeButton(tr("&History…"), QStringLiteral("entityHistoryButton"),
                                 tr("Who created or changed this entity, and when"));
    m_removeEntity = makeButton(tr("Remove…"), QStringLiteral("removeEntityButton"),
                                tr("Remove this entity with its licences and equipment (it can be restored)"));
    connect(m_editEntity, &QPushButton::clicked, this, [this] { emit editEntityRequested(m_entity.id); });
    connect(m_removeEntity, &QPushButton::clicked, this, [this] { emit removeEntityRequested(m_entity.id); });
    connect(m_entityHistory, &QPushButton::clicked, this,
            [this] { emit historyRequested(m_entity.uuid, m_entity.label()); });

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_code);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles, 1);
    for (QPushButton *button : {m_editEntity, m_entityHistory, m_removeEntity})
        layout->addWidget(button, 0, Qt::AlignTop);
    return header;
}

QWidget *EntityDetailPane::makeFields()
{
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const QString labels[FieldCount] = {tr("Address:"), tr("Township:"), tr("Legal representative:"),    tr("Contact:"),
                                        tr("Kinds:"),   tr("Risks:"),    tr("Last accident or recall:"), tr("Notes:")};
    for (const QString &label : labels) {
        auto *value = new QLabel(fields);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_fieldValues << value;
    }
    m_fieldValues.at(RisksField)->setObjectName(QStringLiteral("entityRisks"));
    return fields;
}

QWidget *EntityDetailPane::makeLicenceSection()
{
    auto *section = new QWidget(this);
    m_licenceHeading = makeHeading(section);
    m_licenceTable =
        new RecordTable({tr("Kind"), tr("Number"), tr("Expires"), tr("Status"), tr("Issued"), tr("Scope")}, section);
    m_licenceTable->setObjectName(QStringLiteral("licenceTable"));
    m_licenceTable->setAccessibleName(tr("Licences"));
    m_licenceTable->setColumnWidth(LicenceKindColumn, 130);
    m_licenceTable->setColumnWidth(LicenceNumberColumn, 120);
    m_licenceTable->setColumnWidth(ExpiresColumn, 90);
    m_licenceTable->setColumnWidth(LicenceStatusColumn, 120);
    m_licenceTable->setColumnWidth(IssuedColumn, 90);

    m_addLicence = makeButton(tr("Add Licence…"), QStringLiteral("addLicenceButton"));
    m_editLicence = makeButton(tr("Edit…"), QStringLiteral("editLicenceButton"));
    m_licenceStatus = makeButton(tr("Change Status…"), QStringLiteral("licenceStatusButton"),
                                 tr("Withdraw, revoke, cancel or deregister the selected licence"));
    m_removeLicence = makeButton(tr("Remove…"), QStringLiteral("removeLicenceButton"));
    m_licenceHistory = makeButton(tr("History…"), QStringLiteral("licenceHistoryButton"));
    connect(m_addLicence, &QPushButton::clicked, this, [this] { emit addLicenceRequested(m_entity.id); });
    connect(m_editLicence, &QPushButton::clicked, this,
            [this] { emit editLicenceRequested(m_licenceTable->selectedId()); });
    connect(m_licenceStatus, &QPushButton::clicked, this,
            [this] { emit changeLicenceStatusRequested(m_licenceTable->selectedId()); });
    connect(m_removeLicence, &QPushButton::clicked, this,
            [this] { emit removeLicenceRequested(m_licenceTable->selectedId()); });
    connect(m_licenceHistory, &QPushButton::clicked, this, [this] {
        if (const Licence *licence = selectedLicence())
            emit historyRequested(licence->uuid, licence->label());
    });
    connect(m_licenceTable, &RecordTable::recordActivated, this, [this](qint64 id) {
        if (m_mayEdit)
            emit editLicenceRequested(id);
    });
    connect(m_licenceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityDetailPane::updateButtons);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_licenceHeading, 1);
    for (QPushButton *button : {m_addLicence, m_editLicence, m_licenceStatus, m_removeLicence, m_licenceHistory})
        heading->addWidget(button);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_licenceTable);
    return section;
}

QWidget *EntityDetailPane::makeEquipmentSection()
{
    auto *section = new QWidget(this);
    m_equipmentHeading = makeHeading(section);
    m_equipmentTable = new RecordTable({tr("Category"), tr("Registration No."), tr("Next Inspection"), tr("Status"),
                                        tr("Location"), tr("Name / Model")},
                                       section);
    m_equipmentTable->setObjectName(QStringLiteral("equipmentTable"));
    m_equipmentTable->setAccessibleName(tr("Special equipment"));
    m_equipmentTable->setColumnWidth(CategoryColumn, 90);
    m_equipmentTable->setColumnWidth(RegistrationColumn, 120);
    m_equipmentTable->setColumnWidth(NextInspectionColumn, 170);
    m_equipmentTable->setColumnWidth(EquipmentStatusColumn, 60);
    m_equipmentTable->setColumnWidth(LocationColumn, 100);

    m_addEquipment = makeButton(tr("Add Equipment…"), QStringLiteral("addEquipmentButton"));
    m_editEquipment = makeButton(tr("Edit…"), QStringLiteral("editEquipmentButton"));
    m_removeEquipment = makeButton(tr("Remove…"), QStringLiteral("removeEquipmentButton"));
    m_equipmentHistory = makeButton(tr("History…"), QStringLiteral("equipmentHistoryButton"));
    connect(m_addEquipment, &QPushButton::clicked, this, [this] { emit addEquipmentRequested(m_entity.id); });
    connect(m_editEquipment, &QPushButton::clicked, this,
            [this] { emit editEquipmentRequested(m_equipmentTable->selectedId()); });
    connect(m_removeEquipment, &QPushButton::clicked, this,
            [this] { emit removeEquipmentRequested(m_equipmentTable->selectedId()); });
    connect(m_equipmentHistory, &QPushButton::clicked, this, [this] {
        if (const Equipment *unit = selectedEquipment())
            emit historyRequested(unit->uuid, unit->label());
    });
    connect(m_equipmentTable, &RecordTable::recordActivated, this, [this](qint64 id) {
        if (m_mayEdit)
            emit editEquipmentRequested(id);
    });
    connect(m_equipmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityDetailPane::updateButtons);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_equipmentHeading, 1);
    for (QPushButton *button : {m_addEquipment, m_editEquipment, m_removeEquipment, m_equipmentHistory})
        heading->addWidget(button);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_equipmentTable);
    return section;
}

void EntityDetailPane::setDatabase(Database *db)
{
    m_db = db;
    showPlaceholder();
}

void EntityDetailPane::showPermitted(const Session &session)
{
    m_mayEdit = Permissions::allowed(session, Action::EditRegister);
    m_mayRemove = Permissions::allowed(session, Action::RemoveRegisterRecord);
    m_mayChangeStatus = Permissions::allowed(session, Action::ChangeLicenceStatus);
    m_mayViewHistory = Permissions::allowed(session, Action::ViewRecordHistory);
    for (QPushButton *button : {m_editEntity, m_addLicence, m_editLicence, m_addEquipment, m_editEquipment})
        button->setVisible(m_mayEdit);
    for (QPushButton *button : {m_removeEntity, m_removeLicence, m_removeEquipment})
        button->setVisible(m_mayRemove);
    m_licenceStatus->setVisible(m_mayChangeStatus);
    for (QPushButton *button : {m_entityHistory, m_licenceHistory, m_equipmentHistory})
        button->setVisible(m_mayViewHistory);
    updateButtons();
}

void EntityDetailPane::showPlaceholder(const QString &text)
{
    m_entity = Entity{};
    m_licences.clear();
    m_equipment.clear();
    m_placeholder->setText(text.isEmpty() ? tr("Select an entity to see its details, licences and special equipment.")
                                          : text);
    m_pages->setCurrentWidget(m_placeholder);
}

void EntityDetailPane::showEntity(qint64 id, const QDate &today)
{
    if (!m_db || id == 0) {
        showPlaceholder();
        return;
    }
    const Result<Entity> entity = EntityRegister(*m_db).find(id);
    if (!entity) {
        showPlaceholder(entity.error().message);
        return;
    }
    const auto risks = EntityRisk::assess(*m_db, id, today);
    const auto licences = LicenceRegister(*m_db).ofEntity(id);
    const auto equipment = EquipmentRegister(*m_db).ofEntity(id);
    m_today = today;
    m_entity = *entity;
    m_licences = licences ? *licences : QList<Licence>{};
    m_equipment = equipment ? *equipment : QList<Equipment>{};

    m_name->setText(m_entity.name);
    m_code->setText(QStringLiteral("%1：%2").arg(RegistrationCodes::kindName(m_entity.codeKind), m_entity.code));
    showFields(risks ? (risks->isEmpty() ? tr("None") : risks->names()) : risks.error().message);
    const bool risky = risks && !risks->isEmpty();
    QPalette riskPalette = palette();
    if (risky)
        riskPalette.setColor(QPalette::WindowText, DueMarking::warningText());
    m_fieldValues.at(RisksField)->setPalette(riskPalette);

    fillLicences();
    if (!licences)
        m_licenceHeading->setText(licences.error().message);
    fillEquipment();
    if (!equipment)
        m_equipmentHeading->setText(equipment.error().message);
    updateButtons();
    m_pages->setCurrentIndex(1);
}

void EntityDetailPane::reload()
{
    if (m_entity.id == 0)
        return;
    const qint64 licence = m_licenceTable->selectedId();
    const qint64 unit = m_equipmentTable->selectedId();
    showEntity(m_entity.id, QDate::currentDate());
    if (const int row = m_licenceTable->rowOfId(licence); row >= 0)
        m_licenceTable->selectRow(row);
    if (const int row = m_equipmentTable->rowOfId(unit); row >= 0)
        m_equipmentTable->selectRow(row);
}

void EntityDetailPane::showFields(const QString &risks)
{
    const Entity &e = m_entity;
    const QString contact = QStringList{e.contactPerson, e.phone}.join(QLatin1Char(' ')).trimmed();
    const QString values[FieldCount] = {e.address,
                                        e.township,
                                        e.legalRepresentative,
                                        contact,
                                        e.kinds.isEmpty() ? tr("None") : e.kinds.names(),
                                        risks,
                                        dateText(e.lastIncidentOn),
                                        e.notes};
    for (int field = 0; field < FieldCount; ++field)
        m_fieldValues.at(field)->setText(values[field].isEmpty() ? QStringLiteral("—") : values[field]);
}

void EntityDetailPane::fillLicences()
{
    m_licenceHeading->setText(tr("Licences (%1)").arg(m_licences.size()));
    m_licenceTable->resetRows(static_cast<int>(m_licences.size()));
    for (int row = 0; row < m_licences.size(); ++row) {
        const Licence &l = m_licences.at(row);
        const bool expired = l.expired(m_today);
        QString status = licenceStatusName(l.status);
        if (expired)
            status = tr("%1 (expired)").arg(status);
        else if (l.status != LicenceStatus::Valid && l.statusOn.isValid())
            status = tr("%1 since %2").arg(status, dateText(l.statusOn));
        const QString expires = l.expiresOn.isValid() ? dateText(l.expiresOn) : tr("No expiry");
        RecordTable::Marking marking = RecordTable::Marking::None;
        QString tip;
        if (expired) {
            marking = RecordTable::Marking::Overdue;
            tip = tr("Expired on %1 but still recorded as valid").arg(dateText(l.expiresOn));
        } else if (l.status != LicenceStatus::Valid) {
            marking = RecordTable::Marking::Inactive;
            tip = l.statusReason;
        }
        m_licenceTable->setRecord(row, l.id,
                                  {licenceKindName(l.kind), l.number, expires, status, dateText(l.issuedOn), l.scope},
                                  marking, tip);
        if (!expired && l.status == LicenceStatus::Valid && l.expiresOn.isValid()) {
            const int days = DueMarking::daysBetween(m_today, l.expiresOn);
            if (days <= 30)
                m_licenceTable->markCell(row, ExpiresColumn, RecordTable::Marking::Soon, DueMarking::daysLeft(days));
        }
    }
}

void EntityDetailPane::fillEquipment()
{
    m_equipmentHeading->setText(tr("Special Equipment (%1)").arg(m_equipment.size()));
    m_equipmentTable->resetRows(static_cast<int>(m_equipment.size()));
    for (int row = 0; row < m_equipment.size(); ++row) {
        const Equipment &e = m_equipment.at(row);
        const bool inUse = e.status == EquipmentStatus::InUse;
        const int days = e.nextInspectionOn.isValid() ? DueMarking::daysBetween(m_today, e.nextInspectionOn) : 0;
        QString next = dateText(e.nextInspectionOn);
        if (inUse && e.nextInspectionOn.isValid() && days <= 30)
            next = QStringLiteral("%1（%2）").arg(next, DueMarking::daysLeft(days));
        m_equipmentTable->setRecord(row, e.id,
                                    {equipmentCategoryName(e.category), e.registrationNumber, next,
                                     equipmentStatusName(e.status), e.location, e.description},
                                    e.status == EquipmentStatus::Scrapped ? RecordTable::Marking::Inactive
                                                                          : RecordTable::Marking::None);
        if (inUse && e.nextInspectionOn.isValid() && days <= 30)
            m_equipmentTable->markCell(row, NextInspectionColumn,
                                       days < 0 ? RecordTable::Marking::Overdue : RecordTable::Marking::Soon,
                                       days < 0 ? tr("The periodic inspection is overdue") : QString());
    }
}

const Licence *EntityDetailPane::selectedLicence() const
{
    const qint64 id = m_licenceTable->selectedId();
    for (const Licence &licence : m_licences)
        if (licence.id == id)
            return &licence;
    return nullptr;
}

const Equipment *EntityDetailPane::selectedEquipment() const
{
    const qint64 id = m_equipmentTable->selectedId();
    for (const Equipment &unit : m_equipment)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

void EntityDetailPane::updateButtons()
{
    const Licence *licence = selectedLicence();
    const bool unit = selectedEquipment() != nullptr;
    m_editLicence->setEnabled(licence);
    m_removeLicence->setEnabled(licence);
    m_licenceHistory->setEnabled(licence);
    // Only a valid licence changes status (LicenceStatusRules).
    m_licenceStatus->setEnabled(licence && !LicenceStatusRules::next(licence->status).isEmpty());
    m_editEquipment->setEnabled(unit);
    m_removeEquipment->setEnabled(unit);
    m_equipmentHistory->setEnabled(unit);
}

QString EntityDetailPane::toPlainText() const
{
    if (m_pages->currentWidget() == m_placeholder)
        return m_placeholder->text();
    QStringList lines{m_name->text(), m_code->text()};
    for (const QLabel *value : m_fieldValues)
        lines << value->text();
    lines << m_licenceHeading->text() << m_licenceTable->plainText() << m_equipmentHeading->text()
          << m_equipmentTable->plainText();
    return lines.join(QLatin1Char('\n'));
}

} // namespace casedesk
