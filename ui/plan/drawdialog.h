#pragma once
// DrawDialog: the random draw (双随机抽取) from the plan page. The pool is
// chosen by kind, risk, township, words and "still due only", then the
// domain (which decides the certificates the inspectors need), how many
// units, how many inspectors each (at least two), the day, the seed (a new
// one offered, editable so a draw can be re-run), the purpose and the
// section. Draw runs DrawRepository::draw (PlanInspections; audited) and
// shows the units with their inspectors, the pools' sizes and hashes and
// the draw's number; the form is then locked, so nobody draws again until
// the result pleases. The record prints or saves as PDF (随机抽查记录).
// A refusal of the core (too small a pool, too few inspectors) shows in the
// dialog.

#include "auth/session.h"
#include "inspections/drawrepository.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace casedesk {

class InlineMessage;
class RecordTable;

class DrawDialog : public QDialog {
    Q_OBJECT

  public:
    enum Column { UnitColumn, CodeColumn, InspectorsColumn };

    // `domain`: the domain offered first (the plan page's filter), empty for the default.
    DrawDialog(Database &db, const Session &session, const QDate &today, const QString &domain = {},
               QWidget *parent = nullptr);

    // What the form asks for now.
    DrawRequest request() const;
    // The draw made, id 0 until Draw succeeded.
    const InspectionDraw &draw() const { return m_draw; }

    QList<QCheckBox *> kindBoxes() const { return m_kinds; }
    QList<QCheckBox *> riskBoxes() const { return m_risks; }
    QComboBox *townshipField() const { return m_township; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *dueOnlyField() const { return m_dueOnly; }
    QComboBox *domainField() const { return m_domain; }
    QSpinBox *countField() const { return m_count; }
    QSpinBox *perUnitField() const { return m_perUnit; }
    QDateEdit *dateField() const { return m_date; }
    QLineEdit *seedField() const { return m_seed; }
    QLineEdit *purposeField() const { return m_purpose; }
    QComboBox *sectionField() const { return m_section; }
    QPushButton *drawButton() const { return m_drawButton; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    RecordTable *resultTable() const { return m_result; }
    QLabel *poolsLabel() const { return m_pools; }
    InlineMessage *message() const { return m_message; }

  public slots:
    // Runs the draw; false when refused (the reason shows in the dialog).
    bool runDraw();

  signals:
    void drawMade(qint64 drawId);

  private:
    QWidget *makePoolBox();
    QWidget *makeDrawBox();
    void showResult();
    void lockForm();

    Database &m_db;
    const Session &m_session;
    const QDate m_today;
    InspectionDraw m_draw;

    QList<QCheckBox *> m_kinds;
    QList<QCheckBox *> m_risks;
    QComboBox *m_township = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QComboBox *m_domain = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_perUnit = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_section = nullptr;
    QPushButton *m_drawButton = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    RecordTable *m_result = nullptr;
    QLabel *m_pools = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace casedesk
