#pragma once
// SamplingPage: the sampling page (抽查): a tool bar with what can be done
// to a batch, the filter bar, the batches (SamplingListModel, read lazily,
// overdue deadlines in red) on the left and the selected batch
// (SamplingDetailView, with its deadlines and the batches that follow it)
// on the right. The tool bar shows what the signed-in person may do and
// enables what the batch's state allows; SamplingActions opens the forms
// and writes through the core, and the page reads again when it reports a
// change.

#include <QAbstractItemView>
#include <QDate>
#include <QWidget>

class QAction;
class QSplitter;
class QTableView;
class QToolBar;

namespace casedesk {

class Database;
class SamplingActions;
class SamplingDetailView;
class SamplingFilterBar;
class SamplingListModel;
class Session;

class SamplingPage : public QWidget {
    Q_OBJECT

  public:
    explicit SamplingPage(QWidget *parent = nullptr);
    ~SamplingPage() override;

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    void setToday(const QDate &today);
    QDate today() const;

    void refresh();
    // Selects the batch; when the filters hide it, the search is set to its number.
    bool selectBatch(qint64 id);
    qint64 currentBatchId() const;
    void focusSearch();
    void focusList();
    void restoreLayout();
    void saveLayout() const;

    QList<QAction *> batchActions() const;
    QAction *newBatchAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *resultAction() const { return m_result; }
    QAction *deliveredAction() const { return m_delivered; }
    QAction *objectionAction() const { return m_objection; }
    QAction *rectifiedAction() const { return m_rectified; }
    QAction *recheckAction() const { return m_recheck; }
    QAction *openCaseAction() const { return m_openCase; }
    QAction *discardAction() const { return m_discard; }
    QAction *printNoticeAction() const { return m_print; }
    QAction *saveNoticePdfAction() const { return m_savePdf; }

    SamplingActions *actions() const { return m_actions; }
    SamplingFilterBar *filterBar() const { return m_filters; }
    QTableView *tableView() const { return m_table; }
    SamplingListModel *model() const { return m_model; }
    SamplingDetailView *detailView() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

  signals:
    void batchesChanged();
    void caseOpened(qint64 caseId);
    void loadFailed(const QString &message);

  protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

  private:
    void attachActions();
    void connectActions();
    void applyFilter();
    void showCurrent();
    void selectRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);
    void updateActions();
    void batchAdded(qint64 id);
    void batchChanged(qint64 id);

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QDate m_today;
    SamplingActions *m_actions = nullptr;
    SamplingListModel *m_model = nullptr;
    SamplingFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    SamplingDetailView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_result = nullptr;
    QAction *m_delivered = nullptr;
    QAction *m_objection = nullptr;
    QAction *m_rectified = nullptr;
    QAction *m_recheck = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
};

} // namespace casedesk
