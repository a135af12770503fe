#pragma once
// CaseLeadDialog: the form of a lead or case, new or existing: where it came
// from (source, detail, day received), the title (案由), the party, the
// facts, the section in charge, the handlers (enforcement staff whose
// certificate is valid today, at least two), the responsibility items it
// carries out, the provisions violated and applied, and, once the case is
// being investigated, the findings and the penalties. Every change runs
// the core's checks (CaseWorkflow::problems, and CaseDetails' own for the
// lead's fields) and each problem shows under its field; Save stays
// disabled while there is one. The fields the case's stage has frozen
// (CaseDetails::editable) are read-only, and the form says which can still
// change.
//
// Save hands the case to a Save function (CaseEditActions passes one that
// goes through the undo stack for an edit); a refusal of the core shows in
// the dialog, which keeps what was typed.

#include "auth/session.h"
#include "cases/enforcementcase.h"
#include "register/fieldproblem.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace casedesk {

class CaseItemPicker;
class CasePartyEditor;
class Database;
class FormProblems;
class InlineMessage;
class PenaltyEditor;
class ProvisionEditor;

class CaseLeadDialog : public QDialog {
    Q_OBJECT

  public:
    // original: as read (id 0 for a new lead); edited: the form's values.
    using Save = std::function<Result<EnforcementCase>(const EnforcementCase &original, const EnforcementCase &edited)>;

    // A new lead, received today.
    CaseLeadDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    // An existing lead or case, as read from CaseRepository.
    CaseLeadDialog(Database &db, const Session &session, const EnforcementCase &c, QWidget *parent = nullptr);

    // Without one, Save writes through CaseRepository directly.
    void setSave(Save save) { m_save = std::move(save); }

    // The case as the form holds it now.
    EnforcementCase editedCase() const;
    // The case as stored, after Save.
    const EnforcementCase &saved() const { return m_saved; }

    CasePartyEditor *partyEditor() const { return m_party; }
    CaseItemPicker *itemPicker() const { return m_items; }
    ProvisionEditor *provisionEditor() const { return m_provisions; }
    PenaltyEditor *penaltyEditor() const { return m_penalties; }

    void accept() override;

  private:
    void build();
    QWidget *leadPage();
    QWidget *handlingPage();
    QWidget *outcomePage();
    void fillHandlers(const QList<CaseHandler> &current);
    void load(const EnforcementCase &c);
    void freezeForStage();
    bool editable(const char *field) const;
    void touch(const QString &key);
    void revalidate();
    void markTabs(const FieldProblems &problems);

    Database &m_db;
    const Session m_session;
    const bool m_adding;
    EnforcementCase m_original;
    EnforcementCase m_saved;
    Save m_save;
    QList<CaseHandler> m_handlerChoices;
    QHash<QString, int> m_tabOfKey;
    QStringList m_tabTitles;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_stageNote = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_sourceDetail = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_title = nullptr;
    CasePartyEditor *m_party = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QComboBox *m_section = nullptr;
    QListWidget *m_handlers = nullptr;
    CaseItemPicker *m_items = nullptr;
    ProvisionEditor *m_provisions = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    PenaltyEditor *m_penalties = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
