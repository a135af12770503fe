#pragma once
// SamplingStepDialog: one step of a batch after sampling, each a small form
// over the stored batch: the lab's result (pass or fail, report number and
// day, failed items), the day the report reached the enterprise, the day it
// objected, the day it reported rectification done, the day it asked for a
// re-check. The fields are checked as they change (SamplingRules::problems,
// the step's fields under them, the order of the dates included); Save
// writes through SamplingRepository::update, and a refusal of the core
// (stale, out of order, past a deadline) shows in the dialog.

#include "auth/session.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class Database;
class FormProblems;
class InlineMessage;

class SamplingStepDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Step { Result, Delivered, Objection, Rectified, RecheckRequested };

    SamplingStepDialog(Database &db, const Session &session, const QDate &today, const SamplingBatch &batch, Step step,
                       QWidget *parent = nullptr);

    SamplingBatch editedBatch() const;
    const SamplingBatch &saved() const { return m_saved; }

    QComboBox *resultField() const { return m_result; }
    QLineEdit *reportNumberField() const { return m_reportNumber; }
    QDateEdit *dateField() const { return m_date; }
    QPlainTextEdit *failedItemsField() const { return m_failedItems; }
    InlineMessage *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

  private:
    QString dateKey() const;
    void revalidate();

    Database &m_db;
    const Session &m_session;
    const QDate m_today;
    const SamplingBatch m_original;
    const Step m_step;
    SamplingBatch m_saved;

    QComboBox *m_result = nullptr;
    QLineEdit *m_reportNumber = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_failedItems = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
