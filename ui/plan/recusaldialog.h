#pragma once
// RecusalDialog: the declared conflicts of interest (回避声明) that random
// draws respect: who may not inspect which unit and why, with Declare (an
// inspector, a unit found in the register, the reason) and Withdraw. The
// core decides who may declare for whom (an inspector their own, those who
// plan anyone's); its refusal shows in the dialog.

#include "auth/session.h"
#include "inspections/drawrepository.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class EntitySearchPicker;
class InlineMessage;
class RecordTable;

class RecusalDialog : public QDialog {
    Q_OBJECT

  public:
    enum Column { InspectorColumn, UnitColumn, CodeColumn, ReasonColumn, DeclaredColumn };

    RecusalDialog(Database &db, const Session &session, const QDate &today, QWidget *parent = nullptr);

    RecordTable *table() const { return m_table; }
    QComboBox *inspectorField() const { return m_inspector; }
    EntitySearchPicker *unitPicker() const { return m_picker; }
    QLabel *chosenUnit() const { return m_chosen; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *declareButton() const { return m_declare; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    InlineMessage *message() const { return m_message; }

  public slots:
    bool declare();
    bool withdrawSelected();

  private:
    void reload();
    void updateButtons();

    Database &m_db;
    const Session &m_session;
    const QDate m_today;
    qint64 m_unitId = 0;
    RecordTable *m_table = nullptr;
    QComboBox *m_inspector = nullptr;
    EntitySearchPicker *m_picker = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_declare = nullptr;
    QPushButton *m_withdraw = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace casedesk
