#include "listfilterbar.h"

#include "searchfield.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace casedesk {

ListFilterBar::ListFilterBar(const QString &prefix, QWidget *parent)
    : QWidget(parent), m_search(new SearchField(this)), m_count(new QLabel(this))
{
    m_search->setObjectName(prefix + QStringLiteral("Search"));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(360);
    m_count->setObjectName(prefix + QStringLiteral("Count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_search, &SearchField::searchRequested, this, &ListFilterBar::changed);
    connect(m_search, &SearchField::resultsFocusRequested, this, &ListFilterBar::resultsFocusRequested);
}

QHBoxLayout *ListFilterBar::topRow()
{
    m_top = new QHBoxLayout;
    m_top->setSpacing(6);
    m_top->addStretch(1); // the page's tool bar takes its place
    m_top->addWidget(m_search, 2);
    m_top->addWidget(m_count);
    return m_top;
}

void ListFilterBar::setLeadingWidget(QWidget *widget)
{
    Q_ASSERT(m_top);
    delete m_top->takeAt(0);
    m_top->insertWidget(0, widget, 3);
}

void ListFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

void ListFilterBar::clearFilters()
{
    // The search box must still hear of its own clearing, or typing the
    // same words again would not search.
    m_quiet = true;
    m_search->clear();
    m_search->flush();
    resetFilters();
    m_quiet = false;
    emit filterChanged();
}

void ListFilterBar::fitPopup(QComboBox *combo)
{
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

QComboBox *ListFilterBar::makeFilterCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                          const QString &allText)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    combo->setMaximumWidth(220);
    combo->addItem(allText);
    return combo;
}

} // namespace casedesk
