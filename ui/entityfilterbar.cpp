#include "entityfilterbar.h"

#include "searchfield.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace casedesk {

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    // Narrow in the bar (the window must fit a small screen); the list that
    // drops down is as wide as its longest choice.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

QLabel *makeBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

EntityFilterBar::EntityFilterBar(QWidget *parent) : ListFilterBar(QStringLiteral("entity"), parent)
{
    m_search->setPlaceholderText(tr("Search name, code, address or person (Ctrl+F), e.g. 食品"));
    m_search->setToolTip(tr("Shows only the entities whose name, credit code, address, legal representative, "
                            "contact person or phone contain every word typed. Escape clears the search."));
    m_search->setAccessibleName(tr("Search the register"));
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(420);

    m_kind = makeCombo(this, QStringLiteral("kindFilter"), tr("Kind"));
    m_kind->addItem(tr("All kinds"), 0);
    for (EntityKind kind : allEntityKinds())
        m_kind->addItem(entityKindName(kind), int(kind));

    m_risk = makeCombo(this, QStringLiteral("riskFilter"), tr("Risk"));
    m_risk->addItem(tr("All"), 0);
    int anyRisk = 0;
    for (RiskFlag flag : EntityRisk::all())
        anyRisk |= int(flag);
    m_risk->addItem(tr("Any risk"), anyRisk);
    for (RiskFlag flag : EntityRisk::all())
        m_risk->addItem(EntityRisk::name(flag), int(flag));

    m_township = makeCombo(this, QStringLiteral("townshipFilter"), tr("Township"));
    m_township->addItem(tr("All townships"), QString());

    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 3);
    layout->addSpacing(6);
    layout->addWidget(makeBuddyLabel(tr("&Kind:"), m_kind, this));
    layout->addWidget(m_kind);
    layout->addWidget(makeBuddyLabel(tr("&Risk:"), m_risk, this));
    layout->addWidget(m_risk);
    layout->addWidget(makeBuddyLabel(tr("T&ownship:"), m_township, this));
    layout->addWidget(m_township);
    layout->addStretch(1);
    layout->addWidget(m_count);

    for (QComboBox *combo : {m_kind, m_risk, m_township})
        fitPopup(combo);

    setTabOrder(m_search, m_kind);
    setTabOrder(m_kind, m_risk);
    setTabOrder(m_risk, m_township);

    for (QComboBox *combo : {m_kind, m_risk, m_township})
        connect(combo, &QComboBox::currentIndexChanged, this, &EntityFilterBar::changed);
}

EntityFilter EntityFilterBar::filter() const
{
    EntityFilter filter;
    filter.search = m_search->term();
    filter.kinds = m_kind->currentData().toInt();
    filter.risks = m_risk->currentData().toInt();
    filter.township = m_township->currentData().toString();
    return filter;
}

void EntityFilterBar::setTownships(const QStringList &townships)
{
    const QString chosen = m_township->currentData().toString();
    {
        const QSignalBlocker blocker(m_township);
        while (m_township->count() > 1)
            m_township->removeItem(1);
        for (const QString &township : townships)
            m_township->addItem(township, township);
    }
    fitPopup(m_township);
    const int index = m_township->findData(chosen);
    m_township->setCurrentIndex(index >= 0 ? index : 0);
    // The chosen township is gone (its last entity moved or was removed).
    if (index < 0 && !chosen.isEmpty())
        changed();
}

void EntityFilterBar::setCount(int count)
{
    m_count->setText(tr("%Ln entity(s)", "count of the entities shown", count));
}

void EntityFilterBar::resetFilters()
{
    m_kind->setCurrentIndex(0);
    m_risk->setCurrentIndex(0);
    m_township->setCurrentIndex(0);
}

QWidget *EntityFilterBar::lastFilter() const
{
    return m_township;
}

} // namespace casedesk
