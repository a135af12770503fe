#pragma once
// SamplingFormDialog: a sampling batch, new or existing: the plan, the
// enterprise (found in the register; copied from the batch followed for an
// objection or re-check), the product with its specification, production
// batch, trademark and quantity, where and when it was sampled, the
// samplers (SamplerPicker), the lab, the standard, the section and notes.
// Every change runs SamplingRules::problems and the frequency limits
// (SamplingRules::frequencyProblem against the enterprise's other plan
// batches), each problem under its field; Save stays disabled while there
// is one. Save writes through SamplingRepository; a refusal of the core
// shows in the dialog, which keeps what was typed.

#include "auth/session.h"
#include "auth/staffmember.h"
#include "register/fieldproblem.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class Database;
class EntitySearchPicker;
class FormProblems;
class InlineMessage;
class SamplerPicker;

class SamplingFormDialog : public QDialog {
    Q_OBJECT

  public:
    // A new batch (kind Plan), or an objection or re-check following `parent` (id ≠ 0).
    SamplingFormDialog(Database &db, const Session &session, const QDate &today, SamplingBatch batch,
                       QWidget *parent = nullptr);

    SamplingBatch editedBatch() const;
    const SamplingBatch &saved() const { return m_saved; }
    // What the form finds wrong now (rules and frequency).
    FieldProblems problems() const;

    QLineEdit *planField() const { return m_plan; }
    EntitySearchPicker *enterprisePicker() const { return m_picker; }
    QLabel *enterpriseLabel() const { return m_enterprise; }
    QLineEdit *productField() const { return m_product; }
    QLineEdit *specificationField() const { return m_specification; }
    QLineEdit *productionBatchField() const { return m_productionBatch; }
    QLineEdit *quantityField() const { return m_quantity; }
    QLineEdit *sampledFromField() const { return m_sampledFrom; }
    QDateEdit *sampledOnField() const { return m_sampledOn; }
    SamplerPicker *samplerPicker() const { return m_samplers; }
    QLineEdit *labField() const { return m_lab; }
    QLineEdit *standardField() const { return m_standard; }
    QComboBox *sectionField() const { return m_section; }
    QPlainTextEdit *notesField() const { return m_notes; }
    FormProblems *formProblems() const { return m_problems; }
    InlineMessage *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

  private:
    void build();
    void load(const SamplingBatch &b);
    void touch(const QString &key);
    void revalidate();
    void readOthers();
    QList<StaffMember> samplerRecords(const QList<InspectionInspector> &samplers) const;

    Database &m_db;
    const Session &m_session;
    const QDate m_today;
    const bool m_adding;
    bool m_loading = false;
    SamplingBatch m_original;
    SamplingBatch m_saved;
    InspectedUnit m_unit;
    QList<StaffMember> m_staff;    // every active colleague, for the rules' certificate checks
    QList<SamplingBatch> m_others; // the enterprise's other plan batches
    qint64 m_othersOf = -1;        // the enterprise m_others were read for

    QLabel *m_kind = nullptr;
    QLineEdit *m_plan = nullptr;
    EntitySearchPicker *m_picker = nullptr;
    QLabel *m_enterprise = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_specification = nullptr;
    QLineEdit *m_productionBatch = nullptr;
    QLineEdit *m_trademark = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_sampledFrom = nullptr;
    QDateEdit *m_sampledOn = nullptr;
    SamplerPicker *m_samplers = nullptr;
    QLineEdit *m_lab = nullptr;
    QLineEdit *m_standard = nullptr;
    QComboBox *m_section = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
