#pragma once
// PlanEntryDialog: a special campaign (专项) or key-period check (重点时段)
// of the year: title, kind, domain, the days it runs, the section in charge,
// notes, and its target units, each found by a search of the register and
// added to the list (Delete or Remove takes one off). Save writes through
// PlanRepository (PlanInspections, audited); a refusal of the core shows in
// the dialog, which keeps what was typed.

#include "auth/session.h"
#include "inspections/inspectionplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

class EntitySearchPicker;
class InlineMessage;

class PlanEntryDialog : public QDialog {
    Q_OBJECT

  public:
    // A new entry of `year`.
    PlanEntryDialog(Database &db, const Session &session, int year, QWidget *parent = nullptr);
    // An existing entry, as read from PlanRepository.
    PlanEntryDialog(Database &db, const Session &session, const PlanEntry &entry, QWidget *parent = nullptr);

    PlanEntry editedEntry() const;
    const PlanEntry &saved() const { return m_saved; }

    QLineEdit *titleField() const { return m_title; }
    QComboBox *kindField() const { return m_kind; }
    QComboBox *domainField() const { return m_domain; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *sectionField() const { return m_section; }
    EntitySearchPicker *targetPicker() const { return m_picker; }
    QListWidget *targetList() const { return m_targets; }
    InlineMessage *message() const { return m_message; }

    void accept() override;

  private:
    void build();
    void load(const PlanEntry &entry);
    void addTarget(qint64 id, const QString &label);
    void removeTarget();
    void updateButtons();

    Database &m_db;
    const Session &m_session;
    const bool m_adding;
    PlanEntry m_original;
    PlanEntry m_saved;

    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_domain = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_section = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    EntitySearchPicker *m_picker = nullptr;
    QListWidget *m_targets = nullptr;
    QPushButton *m_remove = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
