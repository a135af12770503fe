#pragma once
// InspectionView: the inspection page's right-hand side: the record number
// with its version, the status and the unit; the details (InspectionDetailsHtml)
// and the history of the record's versions with the reason of each
// correction. Any older version can be shown (activate it in the history);
// the page's actions always work on the current version.

#include "inspections/inspection.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace casedesk {

class Database;
class RecordTable;

class InspectionView : public QWidget {
    Q_OBJECT

  public:
    enum Tab { DetailsTab, HistoryTab };
    enum HistoryColumn { VersionColumn, StatusColumn, ChangedColumn, ByColumn, ReasonColumn };

    explicit InspectionView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    // Reads the record (any version's id) with its history; an unknown one
    // leaves the view empty, saying why.
    void showInspection(qint64 id);
    // Shows another version of the same record (by its row id).
    bool showVersion(qint64 versionId);
    void reload();
    void showPlaceholder(const QString &text = {});

    // The version the page acts on: the one the list selected.
    qint64 inspectionId() const { return m_record.id; }
    const Inspection &record() const { return m_record; }
    // The version on screen (an older one while looking back).
    const Inspection &shownVersion() const { return m_shown; }
    const QList<InspectionVersion> &versions() const { return m_versions; }

    QLabel *numberLabel() const { return m_number; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *versionNote() const { return m_versionNote; }
    QTextBrowser *detailsBrowser() const { return m_details; }
    RecordTable *historyTable() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QString toPlainText() const;

  private:
    QWidget *makeHeader();
    void showShown();
    void showHistory();

    Database *m_db = nullptr;
    QDate m_today;
    Inspection m_record;
    Inspection m_shown;
    QList<InspectionVersion> m_versions;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_versionNote = nullptr;
    QPushButton *m_backToCurrent = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    RecordTable *m_history = nullptr;
};

} // namespace casedesk
