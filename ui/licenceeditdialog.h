#pragma once
// LicenceEditDialog: the form for one licence or certificate of an entity,
// new or existing: kind, number, scope, issue and expiry dates. The core's
// checks (LicenceRegister::check: the fields, a number already taken for
// the kind) run on every change and show under each field; Save stays
// disabled while there is a problem. The status is not edited here: it
// moves only through LicenceStatusDialog.

#include "auth/session.h"
#include "register/licence.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace casedesk {

class Database;
class FormProblems;
class InlineMessage;
class OptionalDateEdit;

class LicenceEditDialog : public QDialog {
    Q_OBJECT

  public:
    using Save = std::function<Result<Licence>(const Licence &original, const Licence &edited)>;

    // A new licence of the entity.
    LicenceEditDialog(Database &db, const Session &session, qint64 entityId, QWidget *parent = nullptr);
    // An existing one, as read.
    LicenceEditDialog(Database &db, const Session &session, const Licence &licence, QWidget *parent = nullptr);

    // Without one, Save writes through LicenceRegister directly.
    void setSave(Save save) { m_save = std::move(save); }

    Licence licence() const;
    const Licence &saved() const { return m_saved; }

    void accept() override;

  private:
    void build();
    void load(const Licence &l);
    void touched(const QString &key);
    void revalidate();

    Database &m_db;
    const Session m_session;
    const bool m_adding;
    Licence m_original;
    Licence m_saved;
    Save m_save;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_scope = nullptr;
    OptionalDateEdit *m_issuedOn = nullptr;
    OptionalDateEdit *m_expiresOn = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
