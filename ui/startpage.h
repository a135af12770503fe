#pragma once
// StartPage: the first page (首页): what falls due, as DueQueries and
// CaseQueries count and list it: the decisions and seizures of cases due
// within the window or overdue, licences that expire within the window or have expired,
// special equipment whose periodic inspection is due or overdue, and
// entities the rules require to be inspected this year, and the follow-ups
// of inspections and sampling (FollowUpDeadlines). Each row says how
// many days are left or overdue; overdue rows are marked. The window (30
// days unless the clerk chose otherwise) is remembered. Double-click or
// Enter on a row asks for its entity on the register page, or for its
// case on the case page, or for its inspection record or sampling batch.

#include "register/duequeries.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;
class QSplitter;

namespace casedesk {

class Database;
class FollowUpDeadlines;
class RecordTable;

class StartPage : public QWidget {
    Q_OBJECT

  public:
    enum LicenceColumn {
        LicenceEntityColumn,
        LicenceKindColumn,
        LicenceNumberColumn,
        ExpiresColumn,
        LicenceDaysColumn
    };
    enum EquipmentColumn {
        EquipmentEntityColumn,
        CategoryColumn,
        RegistrationColumn,
        LocationColumn,
        NextInspectionColumn,
        EquipmentDaysColumn
    };
    enum UninspectedColumn { UninspectedEntityColumn, UninspectedCodeColumn, ReasonsColumn };
    enum CaseColumn {
        CaseNumberColumn,
        CaseTitleColumn,
        CasePartyColumn,
        CaseWhatColumn,
        CaseDueColumn,
        CaseDaysColumn
    };
    // Rows listed per table; the heading gives the full count.
    static constexpr int kListLimit = 500;
    static constexpr int kDefaultWindowDays = 30;

    explicit StartPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads everything again. `today` is the day the page counts from.
    void refresh();
    // The register changed: read again now if shown, else when next shown.
    void registerChanged();
    // A case changed: likewise.
    void casesChanged();
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    int windowDays() const;
    void setWindowDays(int days);

    RecordTable *licenceTable() const { return m_licences; }
    RecordTable *equipmentTable() const { return m_equipment; }
    RecordTable *uninspectedTable() const { return m_uninspected; }
    RecordTable *caseTable() const { return m_cases; }
    FollowUpDeadlines *followUps() const { return m_followUps; }
    QSpinBox *windowField() const { return m_window; }
    QSplitter *splitter() const { return m_splitter; }
    // The summary line's text (for tests and the screen reader).
    QString summaryText() const;

  signals:
    void entityRequested(qint64 entityId);
    void caseRequested(qint64 caseId);
    void inspectionRequested(qint64 inspectionId);
    void samplingRequested(qint64 batchId);
    void loadFailed(const QString &message);

  protected:
    void showEvent(QShowEvent *event) override;

  private:
    QWidget *makeSection(const QString &objectName, QLabel *&heading, RecordTable *table, const QString &hint);
    void fillLicences();
    void fillEquipment();
    void fillUninspected();
    void fillCases();
    void showSummary();
    QWidget *makeTiles();

    Database *m_db = nullptr;
    QDate m_today; // invalid: the current date
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QSpinBox *m_window = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_licenceHeading = nullptr;
    QLabel *m_equipmentHeading = nullptr;
    QLabel *m_uninspectedHeading = nullptr;
    QLabel *m_caseHeading = nullptr;
    RecordTable *m_licences = nullptr;
    RecordTable *m_equipment = nullptr;
    RecordTable *m_uninspected = nullptr;
    RecordTable *m_cases = nullptr;
    FollowUpDeadlines *m_followUps = nullptr;
    QList<QLabel *> m_tiles; // the summary's counts, one per DueSummary field
    // What the last read counted, for the headings and the summary.
    DueSummary m_counts;
    int m_casesOverdue = 0;
    int m_casesDue = 0; // within the window, not overdue
};

} // namespace casedesk
