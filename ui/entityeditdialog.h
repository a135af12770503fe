#pragma once
// EntityEditDialog: the form for one regulated entity, new or existing.
// Every keystroke runs the core's own checks (EntityRegister::check: the
// fields, the registration code's check character, a code another entity
// already has) and each problem shows under its field; Save stays disabled
// while there is one. Names close to ones already in the register are
// pointed out, without blocking: two offices may really share a name.
//
// Save hands the record to a Save function (RegisterActions passes one that
// goes through the undo stack); a refusal of the core (permission, someone
// changed the record meanwhile) shows in the dialog, which keeps what was
// typed.

#include "auth/session.h"
#include "register/entity.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace casedesk {

class Database;
class FormProblems;
class InlineMessage;
class OptionalDateEdit;

class EntityEditDialog : public QDialog {
    Q_OBJECT

  public:
    // original: as read (id 0 for a new entity); edited: the form's values.
    using Save = std::function<Result<Entity>(const Entity &original, const Entity &edited)>;

    // A new entity.
    EntityEditDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    // An existing one, as read from the register.
    EntityEditDialog(Database &db, const Session &session, const Entity &entity, QWidget *parent = nullptr);

    // Without one, Save writes through EntityRegister directly.
    void setSave(Save save) { m_save = std::move(save); }

    // The record as the form holds it now.
    Entity entity() const;
    // The record as stored, after Save.
    const Entity &saved() const { return m_saved; }

    void accept() override;

  private:
    void build();
    void load(const Entity &e);
    QLineEdit *lineEdit(const QString &key);
    void revalidate();
    void showSimilarNames();

    Database &m_db;
    const Session m_session;
    const bool m_adding;
    Entity m_original;
    Entity m_saved;
    Save m_save;

    QLineEdit *m_name = nullptr;
    QLabel *m_similar = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_township = nullptr;
    QLineEdit *m_legalRepresentative = nullptr;
    QLineEdit *m_contactPerson = nullptr;
    QLineEdit *m_phone = nullptr;
    QMap<EntityKind, QCheckBox *> m_kinds;
    QCheckBox *m_complaints = nullptr;
    QCheckBox *m_crowded = nullptr;
    OptionalDateEdit *m_lastIncident = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_similarTimer = nullptr;
};

} // namespace casedesk
