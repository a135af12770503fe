#include "inspectionfilterbar.h"

#include "dutylist/supervisiondomain.h"
#include "searchfield.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kSettingsGroup = "inspectionPage/filters";

QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    combo->setMaximumWidth(200);
    return combo;
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

InspectionFilterBar::InspectionFilterBar(QWidget *parent) : ListFilterBar(QStringLiteral("inspection"), parent)
{
    m_search->setPlaceholderText(tr("Search number, unit, findings or inspector (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the records whose number, unit name or code, findings or inspectors "
                            "contain the text typed. Escape clears the search."));
    m_search->setAccessibleName(tr("Search the inspections"));

    m_scope = makeCombo(this, QStringLiteral("inspectionScopeFilter"), tr("Whose records"));
    m_scope->addItem(tr("My inspections"), int(Scope::Mine));
    m_scope->addItem(tr("My section's"), int(Scope::Section));
    m_scope->addItem(tr("All inspections"), int(Scope::All));

    m_period = makeCombo(this, QStringLiteral("inspectionPeriodFilter"), tr("Inspected in"));
    m_period->addItem(tr("All dates"), int(Period::AllDates));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("From … to …"), int(Period::Range));
    m_from = makeDateEdit(this, QStringLiteral("inspectionFromFilter"), tr("Inspected on or after"));
    m_to = makeDateEdit(this, QStringLiteral("inspectionToFilter"), tr("Inspected on or before"));

    m_kind = makeCombo(this, QStringLiteral("inspectionKindFilter"), tr("Kind"));
    m_kind->addItem(tr("All kinds"));
    for (InspectionKind kind : inspectionKinds().values())
        m_kind->addItem(inspectionKinds().name(kind), int(kind));
    m_domain = makeCombo(this, QStringLiteral("inspectionDomainFilter"), tr("Domain"));
    m_domain->addItem(tr("All domains"));
    for (const QString &code : SupervisionDomain::codes())
        m_domain->addItem(SupervisionDomain::displayName(code), code);
    m_status = makeCombo(this, QStringLiteral("inspectionStatusFilter"), tr("Status"));
    m_status->addItem(tr("Drafts and finished"));
    for (InspectionStatus status : inspectionStatuses().values())
        m_status->addItem(inspectionStatuses().name(status), int(status));
    m_followUp = new QCheckBox(tr("Follow-up &open"), this);
    m_followUp->setObjectName(QStringLiteral("inspectionFollowUpFilter"));
    m_followUp->setToolTip(tr("Only orders to correct and directives whose follow-up check is not recorded yet"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_period, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    for (QComboBox *combo : {m_kind, m_domain, m_status})
        filters->addWidget(combo, 1);
    filters->addWidget(m_followUp);
    for (QComboBox *combo : {m_scope, m_period, m_kind, m_domain, m_status})
        fitPopup(combo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(topRow());
    layout->addLayout(filters);

    setTabOrder(m_search, m_scope);
    setTabOrder(m_scope, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_kind);
    setTabOrder(m_kind, m_domain);
    setTabOrder(m_domain, m_status);
    setTabOrder(m_status, m_followUp);

    // A custom range starts as this month so far.
    m_from->setDate(today().addDays(1 - today().day()));
    m_to->setDate(today());
    showRange();

    connect(m_scope, &QComboBox::currentIndexChanged, this, &InspectionFilterBar::scopeChosen);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        showRange();
        changed();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (period() == Period::Range)
                changed();
        });
    for (QComboBox *combo : {m_kind, m_domain, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &InspectionFilterBar::changed);
    connect(m_followUp, &QCheckBox::toggled, this, &InspectionFilterBar::changed);
}

void InspectionFilterBar::setPerson(qint64 staffId, const QString &section)
{
    m_staffId = staffId;
    m_section = section;
    if (auto *items = qobject_cast<QStandardItemModel *>(m_scope->model()))
        if (QStandardItem *item = items->item(m_scope->findData(int(Scope::Section))))
            item->setEnabled(!section.isEmpty());
    m_scope->setItemData(m_scope->findData(int(Scope::Section)),
                         section.isEmpty() ? tr("You belong to no section") : tr("The records of %1").arg(section),
                         Qt::ToolTipRole);
    if (section.isEmpty() && scope() == Scope::Section)
        setScope(Scope::Mine);
    else
        changed();
}

void InspectionFilterBar::setToday(const QDate &today)
{
    m_today = today;
    changed();
}

QDate InspectionFilterBar::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

InspectionFilterBar::Scope InspectionFilterBar::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

InspectionFilterBar::Period InspectionFilterBar::period() const
{
    return Period(m_period->currentData().toInt());
}

void InspectionFilterBar::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void InspectionFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void InspectionFilterBar::setRange(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    if (period() == Period::Range)
        changed();
    else
        setPeriod(Period::Range);
}

std::pair<QDate, QDate> InspectionFilterBar::periodDates() const
{
    const QDate day = today();
    const QDate monthStart(day.year(), day.month(), 1);
    switch (period()) {
    case Period::AllDates:
        return {};
    case Period::ThisMonth:
        return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Period::ThisYear:
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    case Period::Range:
        return {m_from->date(), m_to->date()};
    }
    return {};
}

InspectionFilter InspectionFilterBar::filter() const
{
    InspectionFilter filter;
    filter.search = m_search->term();
    switch (scope()) {
    case Scope::Mine:
        filter.inspectorId = m_staffId;
        break;
    case Scope::Section:
        filter.section = m_section;
        break;
    case Scope::All:
        break;
    }
    std::tie(filter.from, filter.to) = periodDates();
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.kind = InspectionKind(kind.toInt());
    filter.domain = m_domain->currentData().toString();
    if (const QVariant status = m_status->currentData(); status.isValid())
        filter.status = InspectionStatus(status.toInt());
    filter.followUpOpen = m_followUp->isChecked();
    return filter;
}

void InspectionFilterBar::scopeChosen()
{
    // A section's records are looked at a month at a time (and printed so).
    if (scope() == Scope::Section && period() == Period::AllDates && !m_quiet) {
        m_quiet = true;
        setPeriod(Period::ThisMonth);
        m_quiet = false;
    }
    changed();
}

void InspectionFilterBar::showRange()
{
    const bool range = period() == Period::Range;
    m_from->setVisible(range);
    m_to->setVisible(range);
}

void InspectionFilterBar::setCount(int count)
{
    m_count->setText(tr("%Ln inspection(s)", "count of the inspection records shown", count));
}

QWidget *InspectionFilterBar::lastFilter() const
{
    return m_followUp;
}

void InspectionFilterBar::resetFilters()
{
    setScope(Scope::All);
    setPeriod(Period::AllDates);
    for (QComboBox *combo : {m_kind, m_domain, m_status})
        combo->setCurrentIndex(0);
    m_followUp->setChecked(false);
}

void InspectionFilterBar::saveState() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kSettingsGroup));
    settings.setValue(QStringLiteral("scope"), int(scope()));
    settings.setValue(QStringLiteral("period"), int(period()));
    settings.setValue(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("domain"), m_domain->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
    settings.setValue(QStringLiteral("followUpOpen"), m_followUp->isChecked());
    settings.endGroup();
}

void InspectionFilterBar::restoreState()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kSettingsGroup));
    if (!settings.contains(QStringLiteral("scope")))
        return;
    // An ini file gives every value back as text: compare as the combo's own type.
    const auto restoreCombo = [&settings](QComboBox *combo, const QString &key) {
        const QVariant value = settings.value(key);
        const bool numbers = combo->itemData(combo->count() - 1).typeId() == QMetaType::Int;
        const int index = !value.isValid() || value.toString().isEmpty() ? 0
                          : numbers                                      ? combo->findData(value.toInt())
                                                                         : combo->findData(value.toString());
        combo->setCurrentIndex(std::max(index, 0));
    };
    m_quiet = true;
    const QDate from = QDate::fromString(settings.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(settings.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    restoreCombo(m_scope, QStringLiteral("scope"));
    if (scope() == Scope::Section && m_section.isEmpty())
        setScope(Scope::Mine);
    restoreCombo(m_period, QStringLiteral("period"));
    restoreCombo(m_kind, QStringLiteral("kind"));
    restoreCombo(m_domain, QStringLiteral("domain"));
    restoreCombo(m_status, QStringLiteral("status"));
    m_followUp->setChecked(settings.value(QStringLiteral("followUpOpen")).toBool());
    settings.endGroup();
    showRange();
    m_quiet = false;
    emit filterChanged();
}

} // namespace casedesk
