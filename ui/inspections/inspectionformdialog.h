#pragma once
// InspectionFormDialog: the form of an inspection record: a new one, a
// draft, or a correction of a finished one. Three pages: the record (unit,
// day, kind, domain, system, section, inspectors, items: InspectionRecordPage),
// the checklist (walked from the keyboard: ChecklistTable; "all remaining
// conform" for the points not checked yet) and the outcome (findings, what
// was done: InspectionOutcomesEditor, the unit's signatory or its refusal to
// sign). Every change runs InspectionRules (draftProblems, and
// finishProblems with the inspectors' staff records) and each problem shows
// under its field; a page with a problem says so in its tab.
//
// Save Draft stores the draft (a new one takes its record number; an
// existing one goes through the Save function, which CaseEditActions-like
// callers route through the undo stack). Finish saves, asks for a
// confirmation that says the record is then locked and that this cannot be
// undone, and finishes it. A correction asks for its reason and writes the
// corrected record as the next version (InspectionRepository::correct). A
// refusal of the core shows in the dialog, which keeps what was typed.

#include "auth/session.h"
#include "auth/staffmember.h"
#include "inspections/inspection.h"
#include "register/fieldproblem.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace casedesk {

class ChecklistTable;
class Database;
class FormProblems;
class InlineMessage;
class InspectionOutcomesEditor;
class InspectionRecordPage;

class InspectionFormDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Mode { New, Draft, Correction };
    enum Tab { RecordTab, ChecklistTab, OutcomeTab };
    using Save = std::function<Result<Inspection>(const Inspection &original, const Inspection &edited)>;

    // A new record inspected today.
    InspectionFormDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    // A new record prefilled (id 0: the plan's unit, a campaign), a draft,
    // or a finished record to correct (as read from InspectionRepository).
    InspectionFormDialog(Database &db, const Session &session, const Inspection &record, QWidget *parent = nullptr);

    // How a draft's changes are stored; without one, InspectionRepository::update.
    void setSave(Save save) { m_save = std::move(save); }

    Mode mode() const { return m_mode; }
    Inspection editedRecord() const;
    // The record as stored after the last successful save, finish or correction.
    const Inspection &saved() const { return m_saved; }
    bool wasFinished() const { return m_finished; }
    // What InspectionRules find wrong with the form's record now.
    FieldProblems problems() const;

    InspectionRecordPage *recordPage() const { return m_record; }
    ChecklistTable *checklistTable() const { return m_checklist; }
    InspectionOutcomesEditor *outcomesEditor() const { return m_outcomes; }
    QPlainTextEdit *findingsEdit() const { return m_findings; }
    QLineEdit *signatoryEdit() const { return m_signatory; }
    QCheckBox *refusedBox() const { return m_refused; }
    QLineEdit *refusalNoteEdit() const { return m_refusalNote; }
    QPushButton *allConformButton() const { return m_allConform; }
    QPushButton *saveDraftButton() const { return m_saveDraft; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *correctButton() const { return m_correct; }
    QTabWidget *tabs() const { return m_tabs; }
    InlineMessage *message() const { return m_message; }

    // Asks whether to finish (and lock) the record, saying what follows and
    // that it cannot be undone.
    static bool confirmFinish(QWidget *parent, const Inspection &record);

    // What the buttons do (the tests call them too).
    bool saveDraft();
    bool finish();
    bool saveCorrection();

  protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

  private:
    void build();
    QWidget *checklistPage();
    QWidget *outcomePage();
    void load(const Inspection &record);
    void systemChosen(qint64 systemId);
    void touch(const QString &key);
    void revalidate();
    void markTabs(const FieldProblems &problems);
    bool storeDraft();
    bool dirty() const;
    bool mayClose();

    Database &m_db;
    const Session m_session;
    Mode m_mode;
    Inspection m_original;
    Inspection m_baseline; // the form's record as loaded: what "changed" is measured from
    Inspection m_saved;
    bool m_finished = false;
    bool m_loading = false;
    Save m_save;
    QHash<qint64, StaffMember> m_staff;
    qint64 m_checklistSystem = 0;
    QHash<QString, int> m_tabOfKey;
    QStringList m_tabTitles;

    QTabWidget *m_tabs = nullptr;
    InspectionRecordPage *m_record = nullptr;
    ChecklistTable *m_checklist = nullptr;
    QPushButton *m_allConform = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    InspectionOutcomesEditor *m_outcomes = nullptr;
    QLineEdit *m_signatory = nullptr;
    QCheckBox *m_refused = nullptr;
    QLineEdit *m_refusalNote = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace casedesk
