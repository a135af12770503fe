#pragma once
// CaseBrowser: the case page (案件): a tool bar with what can be done to a
// case, the filter bar, the list of leads and cases (CaseListModel, read
// lazily, sorted and filtered by SQL) on the left and the selected case
// (CaseView) on the right. The tool bar shows only what the signed-in
// person may do (Permissions) and enables what the selected case's stage
// allows (CaseWorkflow::offered, the clock's phase). The actions are handed
// to CaseEditActions, which opens the forms and writes through the core;
// the page reads the list and the case again when it reports a change.

#include "browserlayout.h"

#include <QAbstractItemView>
#include <QDate>
#include <QPointer>
#include <QWidget>

class QAction;
class QSplitter;
class QTableView;
class QToolBar;

namespace casedesk {

class CaseEditActions;
class CaseFilterBar;
class CaseListModel;
class CaseView;
class Database;
class Session;

class CaseBrowser : public QWidget {
    Q_OBJECT

  public:
    explicit CaseBrowser(QWidget *parent = nullptr);
    ~CaseBrowser() override;

    // Reads from db from now on (nullptr: nothing); db must outlive the browser or the next call.
    void setDatabase(Database *db);
    // Who works: what the tool bar shows. The session must outlive the next call.
    void showPermitted(const Session &session);
    // Where the tool bar's actions go (nullptr: nowhere, they are disabled).
    void setEditActions(CaseEditActions *edits);
    // The day lists and clocks count from (invalid: the current date).
    void setToday(const QDate &today);
    QDate today() const;

    // Reads the list, its filter choices and the shown case again, keeping the selection.
    void refresh();
    // Selects the case; when the filters hide it, the list is narrowed to it
    // (the search set to its number). False when there is no such case.
    bool selectCase(qint64 id);
    qint64 currentCaseId() const;
    void focusSearch();
    void focusList();
    void restoreLayout();
    void saveLayout() const;

    // The document chosen in the case view, previewed (Cases ▸ Print…).
    void printCurrentDocument();

    QAction *newLeadAction() const { return m_newLead; }
    QAction *editAction() const { return m_edit; }
    QAction *advanceAction() const { return m_advance; }
    QAction *extendAction() const { return m_extend; }
    QAction *stopClockAction() const { return m_stopClock; }
    QAction *resumeClockAction() const { return m_resumeClock; }
    QAction *seizeAction() const { return m_seize; }
    QAction *attachAction() const { return m_attach; }
    QAction *printAction() const { return m_print; }
    QList<QAction *> caseActions() const;

    QToolBar *toolBar() const { return m_toolBar; }
    CaseFilterBar *filterBar() const { return m_filters; }
    QTableView *tableView() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    CaseView *caseView() const { return m_view; }
    QSplitter *splitter() const { return m_splitter; }

  signals:
    void currentCaseChanged(qint64 caseId);

  protected:
    // The actions on the shown case work only while the page is in view
    // (the Cases menu holds them too): nobody acts on a case unseen.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

  private:
    void connectActions();
    void applyFilter();
    void showCurrent();
    void sortBy(int column, Qt::SortOrder order);
    void selectRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);
    int reselect(qint64 id, int hintRow, bool orFirst);
    void restoreSortFromHeader();
    void reloadChoices();
    void updateActions();
    void caseAdded(qint64 id);
    void caseChanged(qint64 id);

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QPointer<CaseEditActions> m_edits;
    QDate m_today;
    CaseListModel *m_model = nullptr;
    CaseFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    CaseView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    const BrowserLayout m_layout{QStringLiteral("casePage")};
    QToolBar *m_toolBar = nullptr;

    QAction *m_newLead = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_advance = nullptr;
    QAction *m_extend = nullptr;
    QAction *m_stopClock = nullptr;
    QAction *m_resumeClock = nullptr;
    QAction *m_seize = nullptr;
    QAction *m_attach = nullptr;
    QAction *m_print = nullptr;
};

} // namespace casedesk
