#pragma once
// EntityDetailPane: the register page's right-hand side: the selected
// entity's fields, kinds and risk flags (EntityRisk::assess, the rule the
// list uses too), its licences (expired ones marked) and its special
// equipment (overdue inspections marked), with buttons for what the
// signed-in person may do to them. The pane reads; the buttons only say
// what was asked for, RegisterActions does it.

#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace casedesk {

class Database;
class RecordTable;
class Session;

class EntityDetailPane : public QWidget {
    Q_OBJECT

  public:
    // What decides the next step comes first; the long texts last, where the table stretches.
    enum LicenceColumn {
        LicenceKindColumn,
        LicenceNumberColumn,
        ExpiresColumn,
        LicenceStatusColumn,
        IssuedColumn,
        ScopeColumn
    };
    enum EquipmentColumn {
        CategoryColumn,
        RegistrationColumn,
        NextInspectionColumn,
        EquipmentStatusColumn,
        LocationColumn,
        DescriptionColumn
    };

    explicit EntityDetailPane(QWidget *parent = nullptr);

    // Where the pane reads from; must outlive the next showEntity() call.
    void setDatabase(Database *db);
    // Shows only the buttons the session's roles allow.
    void showPermitted(const Session &session);
    // Reads the entity with its licences and equipment; a removed or
    // unknown entity leaves the pane empty, saying why.
    void showEntity(qint64 id, const QDate &today = QDate::currentDate());
    // Reads the shown entity again (after an edit), keeping the selected rows.
    void reload();
    void showPlaceholder(const QString &text = {});

    qint64 entityId() const { return m_entity.id; }
    const Entity &entity() const { return m_entity; }
    const QList<Licence> &licences() const { return m_licences; }
    const QList<Equipment> &equipment() const { return m_equipment; }
    RecordTable *licenceTable() const { return m_licenceTable; }
    RecordTable *equipmentTable() const { return m_equipmentTable; }
    // Everything the pane shows, as text (for tests and for copying).
    QString toPlainText() const;

  signals:
    void editEntityRequested(qint64 entityId);
    void removeEntityRequested(qint64 entityId);
    void historyRequested(const QString &recordUuid, const QString &title);
    void addLicenceRequested(qint64 entityId);
    void editLicenceRequested(qint64 licenceId);
    void changeLicenceStatusRequested(qint64 licenceId);
    void removeLicenceRequested(qint64 licenceId);
    void addEquipmentRequested(qint64 entityId);
    void editEquipmentRequested(qint64 equipmentId);
    void removeEquipmentRequested(qint64 equipmentId);

  private:
    QWidget *makeEntityHeader();
    QWidget *makeFields();
    QWidget *makeLicenceSection();
    QWidget *makeEquipmentSection();
    QPushButton *makeButton(const QString &text, const QString &objectName, const QString &toolTip = {});
    void showFields(const QString &risks);
    void fillLicences();
    void fillEquipment();
    void updateButtons();
    const Licence *selectedLicence() const;
    const Equipment *selectedEquipment() const;

    Database *m_db = nullptr;
    QDate m_today;
    Entity m_entity;
    QList<Licence> m_licences;
    QList<Equipment> m_equipment;
    bool m_mayEdit = false;
    bool m_mayRemove = false;
    bool m_mayChangeStatus = false;
    bool m_mayViewHistory = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_code = nullptr;
    QList<QLabel *> m_fieldValues;
    QLabel *m_licenceHeading = nullptr;
    QLabel *m_equipmentHeading = nullptr;
    RecordTable *m_licenceTable = nullptr;
    RecordTable *m_equipmentTable = nullptr;

    QPushButton *m_editEntity = nullptr;
    QPushButton *m_entityHistory = nullptr;
    QPushButton *m_removeEntity = nullptr;
    QPushButton *m_addLicence = nullptr;
    QPushButton *m_editLicence = nullptr;
    QPushButton *m_licenceStatus = nullptr;
    QPushButton *m_removeLicence = nullptr;
    QPushButton *m_licenceHistory = nullptr;
    QPushButton *m_addEquipment = nullptr;
    QPushButton *m_editEquipment = nullptr;
    QPushButton *m_removeEquipment = nullptr;
    QPushButton *m_equipmentHistory = nullptr;
};

} // namespace casedesk
