#include "entitybrowser.h"

#include "auth/permissions.h"
#include "entitydetailpane.h"
#include "entityfilterbar.h"
#include "entitylistmodel.h"
#include "lazylistpage.h"
#include "register/entityregister.h"
#include "searchfield.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Widths that fit typical values: a company name, an 18-character code, a township.
constexpr int kColumnWidths[EntityListModel::ColumnCount] = {230, 160, 72, 210, 80, 110, 130, 130, 56, 56};
} // namespace

EntityBrowser::EntityBrowser(QWidget *parent) : QWidget(parent)
{
    m_filters = new EntityFilterBar(this);
    m_filters->setObjectName(QStringLiteral("entityFilters"));

    m_table = BrowserLayout::makeTable(this, QStringLiteral("entityTable"), tr("Regulated entities"),
                                       EntityListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *columns = m_table->horizontalHeader();

    m_detail = new EntityDetailPane(this);
    m_detail->setObjectName(QStringLiteral("entityDetail"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);

    m_splitter = BrowserLayout::makeSplitter(this, QStringLiteral("registerSplitter"), left, m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    // Search, the filters, the list, then the details.
    setTabOrder(m_filters->lastFilter(), m_table);

    connect(m_filters, &EntityFilterBar::filterChanged, this, &EntityBrowser::applyFilter);
    connect(m_filters, &EntityFilterBar::resultsFocusRequested, this, &EntityBrowser::focusList);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &EntityBrowser::sortBy);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_mayEdit || !m_model)
            return;
        if (const qint64 id = m_model->entityId(index.row()))
            emit editEntityRequested(id);
    });
}

EntityBrowser::~EntityBrowser()
{
    // The view must not outlive its model's database reads.
    m_table->setModel(nullptr);
}

void EntityBrowser::setDatabase(Database *db)
{
    EntityListModel *old = m_model;
    m_db = db;
    m_model = nullptr;
    m_detail->setDatabase(db);
    if (db) {
        m_model = new EntityListModel(*db, this);
        connect(m_model, &EntityListModel::loadFailed, this, &EntityBrowser::loadFailed);
        const bool firstModel = old == nullptr;
        m_table->setModel(m_model);
        if (firstModel)
            for (int column = 0; column < EntityListModel::ColumnCount; ++column)
                m_table->setColumnWidth(column, kColumnWidths[column]);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EntityBrowser::showCurrent);
        reloadTownships();
        m_model->setFilter(m_filters->filter());
        updateCount();
        restoreSortFromHeader();
    } else {
        m_table->setModel(nullptr);
    }
    delete old;
    showCurrent();
}

void EntityBrowser::showPermitted(const Session &session)
{
    m_mayEdit = Permissions::allowed(session, Action::EditRegister);
    m_detail->showPermitted(session);
}

void EntityBrowser::refresh()
{
    if (!m_model)
        return;
    const qint64 id = currentEntityId();
    const int row = m_table->currentIndex().row();
    reloadTownships();
    // The townships may have dropped the chosen one: the filter is read again.
    m_model->setFilter(m_filters->filter());
    updateCount();
    if (reselect(id, row, false) < 0 && id != 0)
        // Out of the list now (filtered out, or far away in a long list):
        // the details stay, read again.
        m_detail->showEntity(id);
}

bool EntityBrowser::selectEntity(qint64 id)
{
    if (!m_model)
        return false;
    return LazyListPage::selectAnywhere(m_table, *m_model, m_filters, id, [&] {
        const Result<Entity> entity = EntityRegister(*m_db).find(id);
        return entity ? entity->code : QString();
    });
}

qint64 EntityBrowser::currentEntityId() const
{
    return m_model ? m_model->entityId(m_table->currentIndex().row()) : 0;
}

void EntityBrowser::focusSearch()
{
    LazyListPage::focusSearch(m_filters->searchField());
}

void EntityBrowser::focusList()
{
    LazyListPage::focusList(m_table, m_model ? m_model->total() : 0);
}

void EntityBrowser::applyFilter()
{
    if (!m_model)
        return;
    const qint64 id = currentEntityId();
    m_model->setFilter(m_filters->filter());
    updateCount();
    m_table->scrollToTop();
    // Stay on the entity if it still shows, else on the first match.
    reselect(id, 0, true);
}

void EntityBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model || !LazyListPage::acceptSortColumn(m_table, EntityListModel::sortColumn(column).has_value(),
                                                    EntityListModel::columnOf(m_model->sortOrder().column),
                                                    m_model->sortOrder().descending))
        return;
    const qint64 id = currentEntityId();
    m_model->sort(column, order);
    if (reselect(id, 0, false) < 0)
        m_table->scrollToTop();
}

int EntityBrowser::reselect(qint64 id, int hintRow, bool orFirst)
{
    return LazyListPage::reselect(m_table, *m_model, id, hintRow, orFirst, [this] { showCurrent(); });
}

void EntityBrowser::restoreSortFromHeader()
{
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    LazyListPage::sortFromHeader(m_table, *m_model, EntityListModel::sortColumn(column).has_value(),
                                 EntityListModel::NameColumn, Qt::AscendingOrder);
}

void EntityBrowser::restoreLayout()
{
    if (m_layout.restore(m_splitter, m_table, {760, 520}) && m_model) {
        const qint64 id = currentEntityId();
        restoreSortFromHeader();
        reselect(id, 0, false);
    }
}

void EntityBrowser::saveLayout() const
{
    m_layout.save(m_splitter, m_table);
}

void EntityBrowser::selectRow(int row, QAbstractItemView::ScrollHint hint)
{
    BrowserLayout::selectRow(m_table, row, hint);
}

void EntityBrowser::showCurrent()
{
    const qint64 id = currentEntityId();
    const EntityFilter filter = m_filters->filter();
    const bool filtered =
        !filter.search.isEmpty() || filter.kinds != 0 || filter.risks != 0 || !filter.township.isEmpty();
    if (id != 0)
        m_detail->showEntity(id);
    else if (m_model && m_model->total() == 0 && !filtered)
        m_detail->showPlaceholder(tr("The register holds no entity yet. Add one, or import the spreadsheet the "
                                     "bureau keeps, from the Register menu."));
    else if (m_model && m_model->total() == 0)
        m_detail->showPlaceholder(tr("No entity matches the search and filters."));
    else
        m_detail->showPlaceholder();
    emit currentEntityChanged(id);
}

void EntityBrowser::reloadTownships()
{
    if (!m_db)
        return;
    const auto townships = EntityQueries::townships(*m_db);
    if (townships)
        m_filters->setTownships(*townships);
    else
        emit loadFailed(townships.error().message);
}

void EntityBrowser::updateCount()
{
    m_filters->setCount(m_model ? m_model->total() : 0);
}

} // namespace casedesk
