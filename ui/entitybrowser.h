#pragma once
// EntityBrowser: the register page (监管对象): the filter bar above, the
// list of entities (EntityListModel, read lazily, sorted and filtered by
// SQL) on the left and the selected entity's details on the right. It
// keeps the selected entity when the list is read again, and can bring any
// entity into view (from the start page). What is done to an entity goes
// out as requests; the window hands them to RegisterActions.

#include "browserlayout.h"

#include <QAbstractItemView>
#include <QWidget>

class QSplitter;
class QTableView;

namespace casedesk {

class Database;
class EntityDetailPane;
class EntityFilterBar;
class EntityListModel;
class Session;

class EntityBrowser : public QWidget {
    Q_OBJECT

  public:
    explicit EntityBrowser(QWidget *parent = nullptr);
    ~EntityBrowser() override;

    // Reads from db from now on (nullptr: nothing); db must outlive the browser or the next call.
    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    // Reads the list, its townships and the shown entity again, keeping the selection.
    void refresh();
    // Selects the entity; when the filters hide it, the list is narrowed to
    // it instead (the search set to its code). False when it is not in the register.
    bool selectEntity(qint64 id);
    qint64 currentEntityId() const;
    // Ctrl+F: the search box, its text selected.
    void focusSearch();
    void focusList();
    // The splitter and the list's columns (widths, order, sorting) as the
    // person left them, in QSettings.
    void restoreLayout();
    void saveLayout() const;

    EntityFilterBar *filterBar() const { return m_filters; }
    QTableView *tableView() const { return m_table; }
    EntityListModel *model() const { return m_model; }
    EntityDetailPane *detailPane() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

  signals:
    // Double-click or Enter on an entity (only for those who may edit).
    void editEntityRequested(qint64 entityId);
    void currentEntityChanged(qint64 entityId);
    void loadFailed(const QString &message);

  private:
    void applyFilter();
    void showCurrent();
    void sortBy(int column, Qt::SortOrder order);
    void selectRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);
    // Selects the entity's row again after the list was read; else the first
    // row when orFirst. Returns the row selected, -1 for none.
    int reselect(qint64 id, int hintRow, bool orFirst);
    void restoreSortFromHeader();
    void reloadTownships();
    void updateCount();

    Database *m_db = nullptr;
    EntityListModel *m_model = nullptr;
    EntityFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    EntityDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    const BrowserLayout m_layout{QStringLiteral("registerPage")};
    bool m_mayEdit = false;
};

} // namespace casedesk
