#pragma once
// CaseView: the case page's right-hand side: the selected case's number,
// stage and title; its statutory clock as StatutoryClock computes it (the
// due date, the days left, overdue in red, and the legal basis with every
// extension and stop); then tabs for the details (CaseDetailsHtml), the
// timeline of every step and who took it, the documents the case has
// reached (previewed, printed and saved as PDF through
// CaseDocumentPrinter) and the attachments. It reads; adding an attachment
// is only asked for (attachRequested), CaseEditActions does it.

#include "cases/enforcementcase.h"
#include "cases/statutoryclock.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <optional>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace casedesk {

class CaseAttachmentsPanel;
class Database;
class RecordTable;
class Session;
enum class CaseDocumentKind;

class CaseView : public QWidget {
    Q_OBJECT

  public:
    enum TimelineColumn { DateColumn, StepColumn, StagesColumn, OpinionColumn, WhoColumn, RecordedColumn };
    enum Tab { DetailsTab, TimelineTab, DocumentsTab, AttachmentsTab };

    explicit CaseView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    // Reads the case with its steps and attachments; an unknown case leaves
    // the view empty, saying why.
    void showCase(qint64 id);
    // Reads the shown case again (after a change), keeping the tab.
    void reload();
    void showPlaceholder(const QString &text = {});

    qint64 caseId() const { return m_case.id; }
    const EnforcementCase &shownCase() const { return m_case; }
    const ClockState &clock() const { return m_clock; }

    // The document chosen in the Documents tab (the first when none is).
    std::optional<CaseDocumentKind> selectedDocument() const;
    bool previewDocument(CaseDocumentKind kind);
    bool saveDocumentPdf(CaseDocumentKind kind);

    QLabel *numberLabel() const { return m_number; }
    QLabel *stageLabel() const { return m_stage; }
    QLabel *clockDueLabel() const { return m_clockDue; }
    QLabel *clockDaysLabel() const { return m_clockDays; }
    QLabel *clockBasisLabel() const { return m_clockBasis; }
    QTextBrowser *detailsBrowser() const { return m_details; }
    RecordTable *timelineTable() const { return m_timeline; }
    QListWidget *documentList() const { return m_documents; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    CaseAttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    QTabWidget *tabs() const { return m_tabs; }
    // The header, the clock and the details as text (for tests and copying).
    QString toPlainText() const;

  signals:
    void attachRequested(qint64 caseId);

  private:
    QWidget *makeHeader();
    QWidget *makeClockPanel();
    QWidget *makeDocumentsTab();
    void showClock();
    void showTimeline(const QList<CaseStep> &steps);
    void showDocuments();
    void updateDocumentButtons();

    Database *m_db = nullptr;
    QDate m_today;
    EnforcementCase m_case;
    ClockState m_clock;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_title = nullptr;
    QFrame *m_clockPanel = nullptr;
    QLabel *m_clockDue = nullptr;
    QLabel *m_clockDays = nullptr;
    QLabel *m_clockSummary = nullptr;
    QLabel *m_clockBasis = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    RecordTable *m_timeline = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_savePdf = nullptr;
    CaseAttachmentsPanel *m_attachments = nullptr;
};

} // namespace casedesk
