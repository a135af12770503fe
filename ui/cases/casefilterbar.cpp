#include "casefilterbar.h"

#include "searchfield.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

CaseFilterBar::CaseFilterBar(QWidget *parent) : ListFilterBar(QStringLiteral("case"), parent)
{
    m_search->setPlaceholderText(tr("Search number, case, party or facts (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the cases whose number, lead number, title, party, code or facts contain "
                            "the text typed. Escape clears the search."));
    m_search->setAccessibleName(tr("Search the cases"));

    m_stage = makeFilterCombo(this, QStringLiteral("caseStageFilter"), tr("Stage"), tr("All stages"));
    m_stage->addItem(tr("Open cases"), kOpenStages);
    for (CaseStage stage : caseStages().values())
        m_stage->addItem(caseStages().name(stage), int(stage));

    m_section = makeFilterCombo(this, QStringLiteral("caseSectionFilter"), tr("Section in charge"), tr("All sections"));
    m_handler = makeFilterCombo(this, QStringLiteral("caseHandlerFilter"), tr("Handler"), tr("All handlers"));

    m_due = makeFilterCombo(this, QStringLiteral("caseDueFilter"), tr("Deadline"), tr("Any deadline"));
    m_due->setItemData(0, int(Due::All));
    m_due->addItem(tr("Due within %n day(s)", nullptr, kSoonDays), int(Due::Within7Days));
    m_due->addItem(tr("Overdue"), int(Due::Overdue));

    m_year = makeFilterCombo(this, QStringLiteral("caseYearFilter"), tr("Year received or filed"), tr("All years"));
    m_source = makeFilterCombo(this, QStringLiteral("caseSourceFilter"), tr("Source"), tr("All sources"));
    for (CaseSource source : caseSources().values())
        m_source->addItem(caseSources().name(source), int(source));

    // Two rows: the search box at the top right (the page puts its tool bar
    // to the left of it), the six filters below, sharing the width.
    // Each filter says what it filters by its first choice ("All stages"),
    // so the row needs no labels.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (QComboBox *combo : {m_stage, m_section, m_handler, m_due, m_year, m_source}) {
        filters->addWidget(combo, 1);
        fitPopup(combo);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(topRow());
    layout->addLayout(filters);

    setTabOrder(m_search, m_stage);
    setTabOrder(m_stage, m_section);
    setTabOrder(m_section, m_handler);
    setTabOrder(m_handler, m_due);
    setTabOrder(m_due, m_year);
    setTabOrder(m_year, m_source);

    for (QComboBox *combo : {m_stage, m_section, m_handler, m_due, m_year, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter filter;
    filter.search = m_search->term();
    if (const QVariant stage = m_stage->currentData(); stage.isValid()) {
        if (stage.toInt() == kOpenStages) {
            for (CaseStage s : caseStages().values())
                if (!caseEnded(s))
                    filter.stages << s;
        } else {
            filter.stages << CaseStage(stage.toInt());
        }
    }
    if (const QVariant source = m_source->currentData(); source.isValid())
        filter.sources << CaseSource(source.toInt());
    filter.section = m_section->currentData().toString();
    filter.handlerId = m_handler->currentData().toLongLong();
    filter.year = m_year->currentData().toInt();
    switch (Due(m_due->currentData().toInt())) {
    case Due::All:
        break;
    case Due::Within7Days:
        filter.dueWithinDays = kSoonDays;
        break;
    case Due::Overdue:
        filter.overdueOnly = true;
        break;
    }
    return filter;
}

void CaseFilterBar::refill(QComboBox *combo, const QList<QPair<QVariant, QString>> &choices)
{
    const QVariant chosen = combo->currentData();
    {
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[value, text] : choices)
            combo->addItem(text, value);
    }
    fitPopup(combo);
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
    // What was chosen is no longer offered: the list widens again.
    if (index < 0)
        changed();
}

void CaseFilterBar::setSections(const QStringList &sections)
{
    QList<QPair<QVariant, QString>> choices;
    for (const QString &section : sections)
        choices.append({section, section});
    refill(m_section, choices);
}

void CaseFilterBar::setHandlers(const QList<QPair<qint64, QString>> &handlers)
{
    QList<QPair<QVariant, QString>> choices;
    for (const auto &[id, name] : handlers)
        choices.append({id, name});
    refill(m_handler, choices);
}

void CaseFilterBar::setYears(const QList<int> &years)
{
    QList<QPair<QVariant, QString>> choices;
    for (const int year : years)
        choices.append({year, QString::number(year)});
    refill(m_year, choices);
}

void CaseFilterBar::setCount(int count)
{
    m_count->setText(tr("%Ln case(s)", "count of the leads and cases shown", count));
}

QWidget *CaseFilterBar::lastFilter() const
{
    return m_source;
}

void CaseFilterBar::resetFilters()
{
    for (QComboBox *combo : {m_stage, m_section, m_handler, m_due, m_year, m_source})
        combo->setCurrentIndex(0);
}

} // namespace casedesk
