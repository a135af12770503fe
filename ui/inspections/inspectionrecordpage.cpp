#include "inspectionrecordpage.h"

#include "cases/caseitempicker.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/supervisiondomain.h"
#include "formproblems.h"
#include "inspectionlistmodel.h"
#include "inspections/checklist.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionqueries.h"
#include "inspections/inspectionrepository.h"
#include "inspectorpicker.h"
#include "plan/entitysearchpicker.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

namespace casedesk {

namespace {
template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

bool namesCampaign(InspectionKind kind)
{
    return kind == InspectionKind::Campaign || kind == InspectionKind::KeyPeriod;
}
} // namespace

InspectionRecordPage::InspectionRecordPage(Database &db, const Session &session, FormProblems *problems,
                                           QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_problems(problems)
{
    auto *unitBox = new QWidget(this);
    m_units = named(new EntitySearchPicker(db, unitBox), "unitPicker");
    m_unitLabel = named(new QLabel(unitBox), "unitChosen");
    m_unitLabel->setWordWrap(true);
    m_unitLabel->setTextFormat(Qt::PlainText);
    auto *unitColumn = new QVBoxLayout(unitBox);
    unitColumn->setContentsMargins(0, 0, 0, 0);
    unitColumn->setSpacing(2);
    unitColumn->addWidget(m_units);
    unitColumn->addWidget(m_unitLabel);

    m_day = named(new QDateEdit(this), "inspectedOn");
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    m_kind = named(new QComboBox(this), "kind");
    for (const InspectionKind kind : inspectionKinds().values())
        m_kind->addItem(inspectionKinds().name(kind), int(kind));
    m_campaign = named(new QComboBox(this), "campaign");
    m_campaign->setEditable(true);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->lineEdit()->setPlaceholderText(
        tr("The campaign or key period: pick it from the plan or type its name"));
    m_followUp = named(new QComboBox(this), "followUpOf");
    m_domain = named(new QComboBox(this), "domain");
    m_domain->addItem(tr("Choose the domain…"), QString());
    for (const QString &code : SupervisionDomain::codes())
        m_domain->addItem(SupervisionDomain::displayName(code), code);
    m_system = named(new QComboBox(this), "system");
    // Long titles ("七、特种设备监管 (2015-06-22)"): the field takes the row's width.
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_system->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_system->setToolTip(tr("The supervision system of the responsibility list whose content points make the "
                            "checklist"));
    m_section = named(new QComboBox(this), "section");
    m_section->setEditable(true);
    QStringList sections = ResponsibilityListQueries(db).sections() + InspectionQueries::sections(db);
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_place = named(new QLineEdit(this), "place");
    m_place->setPlaceholderText(tr("Where, when not at the unit's address (a workshop, a site)"));
    m_inspectors = named(new InspectorPicker(this), "inspectors");
    m_items = named(new CaseItemPicker(db, this), "items");

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_problems->addRow(form, tr("&Unit:"), m_units->searchField(), QStringLiteral("unit"), unitBox);
    m_problems->addRow(form, tr("&Day:"), m_day, QStringLiteral("inspectedOn"));
    m_problems->addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_problems->addRow(form, tr("Ca&mpaign:"), m_campaign, QStringLiteral("campaign"));
    m_problems->addRow(form, tr("Follow-up &of:"), m_followUp, QStringLiteral("followUpOf"));
    m_problems->addRow(form, tr("D&omain:"), m_domain, QStringLiteral("domain"));
    m_problems->addRow(form, tr("Chec&klist from:"), m_system, QStringLiteral("system"));
    m_problems->addRow(form, tr("S&ection:"), m_section, QStringLiteral("section"));
    m_problems->addRow(form, tr("&Place:"), m_place, QStringLiteral("place"));
    m_problems->addRow(form, tr("&Inspectors:"), m_inspectors, QStringLiteral("inspectors"));
    m_problems->addRow(form, tr("Responsibility i&tems:"), m_items, QStringLiteral("items"));
    // Campaign and follow-up rows appear with their kinds.
    const auto showKindRows = [this, form] {
        const InspectionKind kind = InspectionKind(m_kind->currentData().toInt());
        form->setRowVisible(m_campaign->parentWidget(), namesCampaign(kind));
        form->setRowVisible(m_followUp->parentWidget(), kind == InspectionKind::FollowUp);
    };
    showKindRows();

    setTabOrder(m_units->searchField(), m_units->results());
    setTabOrder(m_units->results(), m_day);
    setTabOrder(m_day, m_kind);
    setTabOrder(m_kind, m_campaign);
    setTabOrder(m_campaign, m_followUp);
    setTabOrder(m_followUp, m_domain);
    setTabOrder(m_domain, m_system);
    setTabOrder(m_system, m_section);
    setTabOrder(m_section, m_place);
    setTabOrder(m_place, m_inspectors);
    setTabOrder(m_inspectors, m_items->searchField());

    connect(m_units, &EntitySearchPicker::picked, this, &InspectionRecordPage::unitPicked);
    connect(m_day, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_loading)
            return;
        if (m_campaign->property("year").toInt() != day.year())
            fillCampaigns();
        fillInspectors();
        touch(QStringLiteral("inspectedOn"));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, showKindRows] {
        showKindRows();
        if (!m_loading)
            kindChosen();
    });
    connect(m_campaign, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            touch(QStringLiteral("campaign"));
    });
    connect(m_campaign, &QComboBox::activated, this, [this](int index) {
        // A plan entry of another domain brings its domain along.
        const QString domain = m_campaign->itemData(index, Qt::UserRole + 1).toString();
        if (!domain.isEmpty() && domain != this->domain() && !m_domainTouched)
            m_domain->setCurrentIndex(m_domain->findData(domain));
    });
    connect(m_followUp, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            touch(QStringLiteral("followUpOf"));
    });
    connect(m_domain, &QComboBox::currentIndexChanged, this, &InspectionRecordPage::domainChosen);
    connect(m_domain, &QComboBox::activated, this, [this] { m_domainTouched = true; });
    connect(m_system, &QComboBox::activated, this, [this] { emit systemChosen(systemId()); });
    connect(m_section, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            touch(QStringLiteral("section"));
    });
    connect(m_place, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("place")); });
    connect(m_inspectors, &InspectorPicker::changed, this, [this] {
        m_inspectorsTouched = true;
        touch(QStringLiteral("inspectors"));
    });
    connect(m_items, &CaseItemPicker::changed, this, [this] { touch(QStringLiteral("items")); });
}

QWidget *InspectionRecordPage::firstField() const
{
    return m_units->searchField()->isVisible() ? static_cast<QWidget *>(m_units->searchField()) : m_day;
}

QWidget *InspectionRecordPage::lastField() const
{
    return m_items->searchField();
}

QString InspectionRecordPage::defaultDomain(const EntityKinds &kinds)
{
    // Special equipment first: its users are the units the rules visit most.
    if (kinds.has(EntityKind::EquipmentUser) || kinds.has(EntityKind::EquipmentProducer))
        return QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    if (kinds.has(EntityKind::MetrologyInstitution))
        return QString::fromLatin1(SupervisionDomain::Metrology);
    if (kinds.has(EntityKind::TestingLab))
        return QString::fromLatin1(SupervisionDomain::TestingBodies);
    return QString::fromLatin1(SupervisionDomain::ProductQuality);
}

void InspectionRecordPage::touch(const QString &key)
{
    if (m_loading)
        return;
    m_problems->markTouched(key);
    emit edited(key);
}

void InspectionRecordPage::unitPicked(const EntityRow &row)
{
    m_unit =
        InspectedUnit{row.id, row.name, row.code, row.address, row.legalRepresentative, row.contactPerson, row.phone};
    showUnit();
    if (!m_domainTouched) {
        const int index = m_domain->findData(defaultDomain(row.kinds));
        if (index >= 0)
            m_domain->setCurrentIndex(index);
    }
    fillFollowUps();
    touch(QStringLiteral("unit"));
    // The search is done: its list gives way, and the keyboard goes on.
    QTimer::singleShot(0, this, [this] {
        m_units->searchField()->clear();
        m_units->search(QString());
        m_day->setFocus(Qt::OtherFocusReason);
    });
}

void InspectionRecordPage::showUnit()
{
    if (m_unit.entityId == 0) {
        m_unitLabel->setText(tr("No unit chosen yet."));
        return;
    }
    QStringList lines{m_unit.code.isEmpty() ? m_unit.name
                                            : tr("%1  %2", "entity name and code").arg(m_unit.name, m_unit.code)};
    if (!m_unit.address.isEmpty())
        lines << m_unit.address;
    m_unitLabel->setText(lines.join(QLatin1Char('\n')));
}

void InspectionRecordPage::setUnitFixed(bool fixed)
{
    m_units->setReadOnly(fixed);
}

void InspectionRecordPage::kindChosen()
{
    const InspectionKind kind = InspectionKind(m_kind->currentData().toInt());
    if (namesCampaign(kind))
        fillCampaigns();
    if (kind == InspectionKind::FollowUp)
        fillFollowUps();
    touch(QStringLiteral("kind"));
}

void InspectionRecordPage::domainChosen()
{
    if (m_loading)
        return;
    const qint64 before = systemId();
    fillSystems();
    fillInspectors();
    emit domainChanged(domain());
    touch(QStringLiteral("domain"));
    if (systemId() != before)
        emit systemChosen(systemId());
}

void InspectionRecordPage::fillCampaigns()
{
    const int year = m_day->date().year();
    const InspectionKind kind = InspectionKind(m_kind->currentData().toInt());
    const QString typed = m_campaign->currentText();
    const bool loading = m_loading;
    m_loading = true;
    m_campaign->clear();
    m_campaign->setProperty("year", year);
    for (const PlanEntry &entry : PlanRepository(m_db).entries(year)) {
        if (entry.kind != kind)
            continue;
        m_campaign->addItem(entry.title, entry.id);
        m_campaign->setItemData(m_campaign->count() - 1, entry.domain, Qt::UserRole + 1);
    }
    m_campaign->setCurrentIndex(-1);
    m_campaign->setCurrentText(typed);
    m_loading = loading;
}

void InspectionRecordPage::fillFollowUps()
{
    const qint64 chosen = m_followUp->count() > 0 ? m_followUp->currentData().toLongLong() : m_followUpOf;
    const bool loading = m_loading;
    m_loading = true;
    m_followUp->clear();
    m_followUp->addItem(tr("Choose the record followed up…"), 0);
    if (m_unit.entityId != 0) {
        InspectionFilter filter;
        filter.entityId = m_unit.entityId;
        filter.status = InspectionStatus::Finished;
        const auto rows = InspectionQueries::page(m_db, filter, InspectionSort{}, 0, 100);
        for (const InspectionRow &row : rows ? *rows : QList<InspectionRow>{}) {
            if (!row.outcomes.contains(InspectionOutcome::OrderToCorrect) &&
                !row.outcomes.contains(InspectionOutcome::Directive))
                continue;
            m_followUp->addItem(tr("%1  of %2: %3")
                                    .arg(InspectionListModel::numberText(row),
                                         row.inspectedOn.toString(QStringLiteral("yyyy-MM-dd")),
                                         InspectionListModel::outcomesText(row.outcomes)),
                                row.id);
        }
    }
    if (chosen != 0 && m_followUp->findData(chosen) < 0)
        m_followUp->addItem(tr("Record %1").arg(chosen), chosen);
    m_followUp->setCurrentIndex(std::max(0, m_followUp->findData(chosen)));
    m_loading = loading;
}

void InspectionRecordPage::fillSystems()
{
    const bool loading = m_loading;
    m_loading = true;
    m_system->clear();
    const QList<SystemChoice> systems = domain().isEmpty() ? QList<SystemChoice>{} : Checklist::systems(m_db, domain());
    for (const SystemChoice &s : systems)
        m_system->addItem(QStringLiteral("%1、%2（%3）").arg(s.number, s.title, s.editionLabel),
                          s.systemId);
    if (systems.isEmpty())
        m_system->addItem(domain().isEmpty() ? tr("Choose the domain first")
                                             : tr("The responsibility list has no supervision system for this domain"),
                          0);
    const qint64 preferred = domain().isEmpty() ? 0 : Checklist::defaultSystem(m_db, domain());
    m_system->setCurrentIndex(std::max(0, m_system->findData(preferred)));
    m_loading = loading;
}

void InspectionRecordPage::fillInspectors()
{
    const QList<InspectionInspector> eligible =
        domain().isEmpty() ? QList<InspectionInspector>{}
                           : InspectionRepository(m_db).eligibleInspectors(domain(), m_day->date());
    QList<InspectionInspector> chosen = m_inspectors->inspectors();
    // Until somebody is ticked by hand, the person entering the record took part.
    if (chosen.isEmpty() && !m_inspectorsTouched)
        for (const InspectionInspector &i : eligible)
            if (i.staffId == m_session.staffId())
                chosen << i;
    m_inspectors->setEmptyText(domain().isEmpty()
                                   ? tr("Choose the domain first: the inspectors are those certified for it.")
                                   : tr("Nobody holds a valid certificate for this domain on the day."));
    m_inspectors->setChoices(eligible, chosen);
}

void InspectionRecordPage::setSystem(qint64 id)
{
    const bool loading = m_loading;
    m_loading = true;
    m_system->setCurrentIndex(std::max(0, m_system->findData(id)));
    m_loading = loading;
}

qint64 InspectionRecordPage::systemId() const
{
    return m_system->currentData().toLongLong();
}

QString InspectionRecordPage::domain() const
{
    return m_domain->currentData().toString();
}

void InspectionRecordPage::load(const Inspection &record)
{
    m_loading = true;
    m_unit = record.unit;
    showUnit();
    m_day->setDate(record.inspectedOn.isValid() ? record.inspectedOn : QDate::currentDate());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(record.kind))));
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(record.domain)));
    m_domainTouched = !record.domain.isEmpty();
    fillSystems();
    if (record.systemId != 0 && m_system->findData(record.systemId) < 0)
        m_system->addItem(record.systemTitle.isEmpty() ? tr("System %1").arg(record.systemId) : record.systemTitle,
                          record.systemId);
    m_system->setCurrentIndex(std::max(0, m_system->findData(record.systemId)));
    m_campaign->setCurrentText(record.campaign);
    fillCampaigns();
    if (const int index = m_campaign->findData(record.planEntryId); record.planEntryId != 0 && index >= 0)
        m_campaign->setCurrentIndex(index);
    m_campaign->setCurrentText(record.campaign);
    m_followUpOf = record.followUpOf;
    m_followUp->clear();
    fillFollowUps();
    m_section->setCurrentText(record.section);
    m_place->setText(record.place);
    m_inspectorsTouched = record.id != 0 || !record.inspectors.isEmpty();
    m_inspectors->setChoices({}, record.inspectors);
    fillInspectors();
    QList<CaseItem> items;
    const ResponsibilityListQueries list(m_db);
    for (const qint64 id : record.itemIds)
        items << CaseItem{id, list.itemDetail(id).item.text};
    m_items->setItems(items);
    m_loading = false;
}

void InspectionRecordPage::apply(Inspection &record) const
{
    record.unit = m_unit;
    record.inspectedOn = m_day->date();
    record.kind = InspectionKind(m_kind->currentData().toInt());
    record.campaign.clear();
    record.planEntryId = 0;
    if (namesCampaign(record.kind)) {
        record.campaign = m_campaign->currentText().trimmed();
        const int index = m_campaign->findText(record.campaign);
        record.planEntryId = index >= 0 ? m_campaign->itemData(index).toLongLong() : 0;
    }
    record.followUpOf = record.kind == InspectionKind::FollowUp ? m_followUp->currentData().toLongLong() : 0;
    record.domain = domain();
    record.systemId = systemId();
    record.systemTitle = record.systemId != 0 ? m_system->currentText() : QString();
    record.section = m_section->currentText().trimmed();
    record.place = m_place->text().trimmed();
    record.inspectors = m_inspectors->inspectors();
    record.itemIds = m_items->itemIds();
}

} // namespace casedesk
