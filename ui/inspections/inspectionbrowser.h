#pragma once
// InspectionBrowser: the inspection page (检查): a tool bar with what can be
// done to a record, the filter bar (mine / my section's / all, the period,
// kind, domain, status, open follow-ups, search), the list of records
// (InspectionListModel, read lazily, sorted and filtered by SQL) on the
// left and the selected record (InspectionView) on the right. The tool bar
// shows only what the signed-in person may do (Permissions) and enables
// what the record's state allows: a draft is edited, finished or discarded;
// a finished record is corrected; a directive prints only where there is
// one. The changes are InspectionEditActions' part; printing is the
// InspectionPrinter's and the BatchPrintDialog's.

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

class Database;
class InspectionEditActions;
class InspectionFilterBar;
class InspectionListModel;
class InspectionView;
class Session;

class InspectionBrowser : public QWidget {
    Q_OBJECT

  public:
    explicit InspectionBrowser(QWidget *parent = nullptr);
    ~InspectionBrowser() override;

    // Reads from db from now on (nullptr: nothing); db must outlive the browser or the next call.
    void setDatabase(Database *db);
    // Who works: what the tool bar shows and what "mine" means. The session must outlive the next call.
    void showPermitted(const Session &session);
    void setEditActions(InspectionEditActions *edits);
    void setToday(const QDate &today);
    QDate today() const;

    void refresh();
    // Selects the record; when the filters hide it, the list is narrowed to
    // it (all records, the search set to its number).
    bool selectInspection(qint64 id);
    qint64 currentInspectionId() const;
    void focusSearch();
    void focusList();
    void restoreLayout();
    void saveLayout() const;

    // The shown record's report or directive: previewed, or saved as PDF.
    bool printReport();
    bool saveReportPdf();
    bool printDirective();
    // The batch print dialog on the person's section and this month.
    void printBatch();
    // The person's own section (for the batch print's default).
    QString ownSection() const { return m_ownSection; }

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *finishAction() const { return m_finish; }
    QAction *correctAction() const { return m_correct; }
    QAction *discardAction() const { return m_discard; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *printDirectiveAction() const { return m_printDirective; }
    QAction *batchPrintAction() const { return m_batchPrint; }
    QList<QAction *> inspectionActions() const;

    QToolBar *toolBar() const { return m_toolBar; }
    InspectionFilterBar *filterBar() const { return m_filters; }
    QTableView *tableView() const { return m_table; }
    InspectionListModel *model() const { return m_model; }
    InspectionView *inspectionView() const { return m_view; }
    QSplitter *splitter() const { return m_splitter; }

  signals:
    void currentInspectionChanged(qint64 id);
    void loadFailed(const QString &message);

  protected:
    // The actions on the shown record work only while the page is in view.
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
    void updateActions();
    void inspectionAdded(qint64 id);
    void inspectionChanged(qint64 id);

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QPointer<InspectionEditActions> m_edits;
    QDate m_today;
    QString m_ownSection;
    const BrowserLayout m_layout{QStringLiteral("inspectionPage")};
    bool m_mayEdit = false;
    InspectionListModel *m_model = nullptr;
    InspectionFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    InspectionView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_finish = nullptr;
    QAction *m_correct = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
    QAction *m_printDirective = nullptr;
    QAction *m_batchPrint = nullptr;
};

} // namespace casedesk
