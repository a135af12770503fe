#include "caseitempicker.h"

#include "dutylist/dutylistqueries.h"
#include "searchfield.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Enough to tick from; more means the search needs another word.
constexpr int kMostResults = 50;

QListWidgetItem *listRow(const CaseItem &item, QListWidget *list)
{
    auto *row = new QListWidgetItem(item.text, list);
    row->setToolTip(item.text);
    row->setData(Qt::UserRole, item.itemId);
    return row;
}
} // namespace

CaseItemPicker::CaseItemPicker(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("itemSearch"));
    m_search->setPlaceholderText(tr("Search the responsibility list, e.g. 产品质量 or 电梯"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("itemResults"));
    m_results->setMaximumHeight(m_results->fontMetrics().lineSpacing() * 7);
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenItems"));
    m_chosen->setMaximumHeight(m_chosen->fontMetrics().lineSpacing() * 5);
    m_remove = new QPushButton(tr("Remove Item"), this);
    m_remove->setObjectName(QStringLiteral("removeItem"));

    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(new QLabel(tr("Chosen:"), this));
    chosenRow->addStretch();
    chosenRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addLayout(chosenRow);
    layout->addWidget(m_chosen);

    connect(m_search, &SearchField::searchRequested, this, &CaseItemPicker::search);
    connect(m_search, &SearchField::resultsFocusRequested, m_results, qOverload<>(&QWidget::setFocus));
    connect(m_results, &QListWidget::itemChanged, this, &CaseItemPicker::resultToggled);
    connect(m_remove, &QPushButton::clicked, this, &CaseItemPicker::removeChosen);
    connect(m_chosen, &QListWidget::currentRowChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_chosen->currentRow() >= 0); });
    refreshChosen();
}

QList<qint64> CaseItemPicker::itemIds() const
{
    QList<qint64> ids;
    for (const CaseItem &item : m_items)
        ids << item.itemId;
    return ids;
}

void CaseItemPicker::setItems(const QList<CaseItem> &items)
{
    m_items = items;
    refreshChosen();
    tickResults();
}

void CaseItemPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_search->setVisible(!readOnly);
    m_results->setVisible(!readOnly);
    m_remove->setEnabled(!readOnly && m_chosen->currentRow() >= 0);
}

void CaseItemPicker::search(const QString &term)
{
    const QSignalBlocker quiet(m_results);
    m_results->clear();
    if (term.isEmpty())
        return;
    const ResponsibilityListQueries queries(m_db);
    QHash<qint64, QList<ItemRow>> byDuty; // a duty's items, read once
    const QList<SearchHit> hits = queries.search(term);
    for (const SearchHit &hit : hits) {
        if (m_results->count() >= kMostResults)
            break;
        if (hit.itemId == 0)
            continue;
        if (!byDuty.contains(hit.dutyId))
            byDuty.insert(hit.dutyId, queries.items(hit.dutyId));
        for (const ItemRow &row : byDuty.value(hit.dutyId)) {
            if (row.id != hit.itemId)
                continue;
            QListWidgetItem *result = listRow(CaseItem{row.id, row.text}, m_results);
            result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            result->setCheckState(Qt::Unchecked);
        }
    }
    tickResults();
}

void CaseItemPicker::tickResults()
{
    const QSignalBlocker quiet(m_results);
    const QList<qint64> chosen = itemIds();
    for (int i = 0; i < m_results->count(); ++i) {
        QListWidgetItem *result = m_results->item(i);
        result->setCheckState(chosen.contains(result->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void CaseItemPicker::resultToggled(QListWidgetItem *result)
{
    if (m_readOnly)
        return tickResults();
    const qint64 id = result->data(Qt::UserRole).toLongLong();
    const bool chosen = itemIds().contains(id);
    if (result->checkState() == Qt::Checked && !chosen)
        m_items << CaseItem{id, result->text()};
    else if (result->checkState() != Qt::Checked && chosen)
        m_items.removeIf([id](const CaseItem &item) { return item.itemId == id; });
    else
        return;
    refreshChosen();
    emit changed();
}

void CaseItemPicker::removeChosen()
{
    const int row = m_chosen->currentRow();
    if (m_readOnly || row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    refreshChosen();
    tickResults();
    emit changed();
}

void CaseItemPicker::refreshChosen()
{
    m_chosen->clear();
    for (const CaseItem &item : m_items)
        listRow(item, m_chosen);
    if (m_items.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No item chosen yet."), m_chosen);
        none->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
}

} // namespace casedesk
