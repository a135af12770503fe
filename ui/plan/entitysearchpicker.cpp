#include "entitysearchpicker.h"

#include "searchfield.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace casedesk {

EntitySearchPicker::EntitySearchPicker(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("entitySearch"));
    m_search->setPlaceholderText(tr("Type part of the entity's name, code or address"));
    m_search->setToolTip(tr("Searches the register of entities; pick from the list below (Down, then Enter)."));
    m_search->setAccessibleName(tr("Search the register"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("entityResults"));
    m_results->setMaximumHeight(m_results->fontMetrics().lineSpacing() * 6);
    m_results->setAccessibleName(tr("Entities found"));
    m_results->hide();
    m_results->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_results);

    connect(m_search, &SearchField::searchRequested, this, &EntitySearchPicker::search);
    connect(m_search, &SearchField::resultsFocusRequested, this, [this] {
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pick(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { pick(m_results->row(item)); });
}

bool EntitySearchPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pick(m_results->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntitySearchPicker::search(const QString &term)
{
    m_results->clear();
    m_rows.clear();
    if (!term.trimmed().isEmpty()) {
        EntityFilter filter;
        filter.search = term.trimmed();
        if (const auto rows = EntityQueries::page(m_db, filter, EntitySort{}, 0, kMostResults))
            m_rows = *rows;
    }
    for (const EntityRow &row : std::as_const(m_rows)) {
        auto *item = new QListWidgetItem(
            row.code.isEmpty() ? row.name : tr("%1  %2", "entity name and code").arg(row.name, row.code), m_results);
        item->setToolTip(row.address);
    }
    m_results->setVisible(!m_rows.isEmpty());
}

void EntitySearchPicker::pick(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const EntityRow chosen = m_rows.at(row);
    if (m_hideOnPick) {
        m_results->hide();
    } else if (m_results->hasFocus()) {
        // On to the next search.
        m_search->setFocus();
        m_search->selectAll();
    }
    emit picked(chosen);
}

void EntitySearchPicker::setReadOnly(bool readOnly)
{
    m_search->setVisible(!readOnly);
    m_results->setVisible(!readOnly && !m_rows.isEmpty());
}

} // namespace casedesk
