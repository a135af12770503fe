#pragma once
// InspectionOutcomesEditor: what was done about an inspection's findings, as
// check boxes, one per outcome; the fields an outcome needs appear when it
// is ticked: the deadline to correct (an order to correct, a directive),
// the directive's demands and its oral-first emergency variant with the
// day it was given orally, what was sealed or seized, to whom it was
// reported. Opening a case needs nothing here: the lead is registered from
// the record when it is finished. A directive is a special-equipment paper:
// it is offered for that domain only. Its fields report to the form's
// FormProblems under the keys InspectionRules uses.

#include "inspections/inspection.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class FormProblems;
class OptionalDateEdit;

class InspectionOutcomesEditor : public QWidget {
    Q_OBJECT

  public:
    InspectionOutcomesEditor(FormProblems *problems, QWidget *parent = nullptr);

    void load(const Inspection &record);
    // Writes the outcomes and their fields into the record.
    void apply(Inspection &record) const;
    void setDomain(const QString &domain);
    void setReadOnly(bool readOnly);

    QCheckBox *checkBox(InspectionOutcome outcome) const { return m_boxes.value(outcome); }
    OptionalDateEdit *correctByEdit() const { return m_correctBy; }
    QPlainTextEdit *demandsEdit() const { return m_demands; }
    QCheckBox *oralFirstBox() const { return m_oralFirst; }
    OptionalDateEdit *oralOnEdit() const { return m_oralOn; }
    QLineEdit *sealSeizeEdit() const { return m_sealSeize; }
    QLineEdit *reportedToEdit() const { return m_reportedTo; }
    QWidget *lastField() const;

  signals:
    // A field changed; `key` is its problem key.
    void edited(const QString &key);

  private:
    void showFields();

    FormProblems *m_problems;
    QFormLayout *m_form = nullptr;
    QString m_domain;
    QMap<InspectionOutcome, QCheckBox *> m_boxes;
    OptionalDateEdit *m_correctBy = nullptr;
    QPlainTextEdit *m_demands = nullptr;
    QCheckBox *m_oralFirst = nullptr;
    OptionalDateEdit *m_oralOn = nullptr;
    QLineEdit *m_sealSeize = nullptr;
    QLineEdit *m_reportedTo = nullptr;
    QLabel *m_caseNote = nullptr;
};

} // namespace casedesk
