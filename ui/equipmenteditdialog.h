#pragma once
// EquipmentEditDialog: the form for one unit of special equipment of an
// entity, new or existing: category, registration number, description,
// location, the periodic inspection's due date and the status (only the
// statuses EquipmentStatusRules allows from the stored one). The core's
// checks (EquipmentRegister::check: the fields, a registration number
// already taken) run on every change and show under each field; Save stays
// disabled while there is a problem.

#include "auth/session.h"
#include "register/equipment.h"

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

class EquipmentEditDialog : public QDialog {
    Q_OBJECT

  public:
    using Save = std::function<Result<Equipment>(const Equipment &original, const Equipment &edited)>;

    // A new unit of the entity.
    EquipmentEditDialog(Database &db, const Session &session, qint64 entityId, QWidget *parent = nullptr);
    // An existing one, as read.
    EquipmentEditDialog(Database &db, const Session &session, const Equipment &equipment, QWidget *parent = nullptr);

    // Without one, Save writes through EquipmentRegister directly.
    void setSave(Save save) { m_save = std::move(save); }

    Equipment equipment() const;
    const Equipment &saved() const { return m_saved; }

    void accept() override;

  private:
    void build();
    void load(const Equipment &e);
    void touched(const QString &key);
    void revalidate();

    Database &m_db;
    const Session m_session;
    const bool m_adding;
    Equipment m_original;
    Equipment m_saved;
    Save m_save;

    QComboBox *m_category = nullptr;
    QLineEdit *m_registration = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_location = nullptr;
    OptionalDateEdit *m_nextInspection = nullptr;
    QComboBox *m_status = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
