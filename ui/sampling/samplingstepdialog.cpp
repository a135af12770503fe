#include "samplingstepdialog.h"

#include "auth/staffdirectory.h"
#include "formproblems.h"
#include "inlinemessage.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SamplingStepDialog::SamplingStepDialog(Database &db, const Session &session, const QDate &today,
                                       const SamplingBatch &batch, Step step, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_today(today), m_original(batch), m_step(step)
{
    setObjectName(QStringLiteral("samplingStepDialog"));
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    QString dateLabel;
    switch (step) {
    case Step::Result: {
        setWindowTitle(tr("Enter Result of %1").arg(batch.batchNumber));
        intro->setText(tr("The lab's test report for %1 (%2).").arg(batch.product, batch.unit.name));
        m_result = new QComboBox(this);
        m_result->setObjectName(QStringLiteral("stepResult"));
        for (SamplingResult r : {SamplingResult::Pass, SamplingResult::Fail})
            m_result->addItem(samplingResults().name(r), int(r));
        if (batch.result != SamplingResult::Pending)
            m_result->setCurrentIndex(m_result->findData(int(batch.result)));
        m_reportNumber = new QLineEdit(batch.reportNumber, this);
        m_reportNumber->setObjectName(QStringLiteral("stepReportNumber"));
        m_failedItems = new QPlainTextEdit(batch.failedItems, this);
        m_failedItems->setObjectName(QStringLiteral("stepFailedItems"));
        m_failedItems->setTabChangesFocus(true);
        m_failedItems->setMaximumHeight(m_failedItems->fontMetrics().lineSpacing() * 4 + 12);
        m_failedItems->setPlaceholderText(tr("The items that failed (不合格项目), one a line"));
        if (batch.reportOn.isValid())
            m_date->setDate(batch.reportOn);
        m_problems->addRow(form, tr("&Result:"), m_result, QStringLiteral("result"));
        m_problems->addRow(form, tr("Report &number:"), m_reportNumber, QStringLiteral("reportNumber"));
        m_problems->addRow(form, tr("Report &dated:"), m_date, QStringLiteral("reportOn"));
        m_problems->addRow(form, tr("&Failed items:"), m_failedItems, QStringLiteral("failedItems"));
        connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
            m_failedItems->setEnabled(SamplingResult(m_result->currentData().toInt()) == SamplingResult::Fail);
            m_problems->markTouched(QStringLiteral("result"));
            revalidate();
        });
        connect(m_reportNumber, &QLineEdit::textEdited, this, [this] {
            m_problems->markTouched(QStringLiteral("reportNumber"));
            revalidate();
        });
        connect(m_failedItems, &QPlainTextEdit::textChanged, this, [this] {
            m_problems->markTouched(QStringLiteral("failedItems"));
            revalidate();
        });
        m_failedItems->setEnabled(SamplingResult(m_result->currentData().toInt()) == SamplingResult::Fail);
        break;
    }
    case Step::Delivered:
        setWindowTitle(tr("Report Delivered: %1").arg(batch.batchNumber));
        intro->setText(tr("The day the test report reached %1. The 15 days to object count from the day after.")
                           .arg(batch.unit.name));
        dateLabel = tr("&Delivered on:");
        break;
    case Step::Objection:
        setWindowTitle(tr("Objection: %1").arg(batch.batchNumber));
        intro->setText(
            tr("%1 objected to the result (复检). A re-test batch can be created next.").arg(batch.unit.name));
        dateLabel = tr("&Objected on:");
        break;
    case Step::Rectified:
        setWindowTitle(tr("Rectification Done: %1").arg(batch.batchNumber));
        intro->setText(tr("The day %1 reported the failed product rectified.").arg(batch.unit.name));
        dateLabel = tr("&Rectified on:");
        break;
    case Step::RecheckRequested:
        setWindowTitle(tr("Re-check Requested: %1").arg(batch.batchNumber));
        intro->setText(
            tr("The day %1 asked for a re-check. The bureau must sample within 15 days.").arg(batch.unit.name));
        dateLabel = tr("&Requested on:");
        break;
    }
    if (!dateLabel.isEmpty())
        m_problems->addRow(form, dateLabel, m_date, dateKey());
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_problems->markTouched(dateKey());
        revalidate();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SamplingStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SamplingStepDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, step == Step::Result ? 360 : 200);
    // A date typed is a date meant: its problem shows at once.
    m_problems->markTouched(dateKey());
    revalidate();
}

QString SamplingStepDialog::dateKey() const
{
    switch (m_step) {
    case Step::Result:
        return QStringLiteral("reportOn");
    case Step::Delivered:
        return QStringLiteral("deliveredOn");
    case Step::Objection:
        return QStringLiteral("objectionOn");
    case Step::Rectified:
        return QStringLiteral("rectifiedOn");
    case Step::RecheckRequested:
        return QStringLiteral("recheckRequestedOn");
    }
    return {};
}

SamplingBatch SamplingStepDialog::editedBatch() const
{
    SamplingBatch b = m_original;
    const QDate day = m_date->date();
    switch (m_step) {
    case Step::Result:
        b.result = SamplingResult(m_result->currentData().toInt());
        b.reportNumber = m_reportNumber->text().trimmed();
        b.reportOn = day;
        b.failedItems = b.result == SamplingResult::Fail ? m_failedItems->toPlainText().trimmed() : QString();
        break;
    case Step::Delivered:
        b.deliveredOn = day;
        break;
    case Step::Objection:
        b.objectionOn = day;
        break;
    case Step::Rectified:
        b.rectifiedOn = day;
        break;
    case Step::RecheckRequested:
        b.recheckRequestedOn = day;
        break;
    }
    return b;
}

void SamplingStepDialog::revalidate()
{
    if (!m_buttons)
        return;
    // Only this step's fields: the rest of the batch was checked when stored.
    static const QStringList resultKeys = {QStringLiteral("result"), QStringLiteral("reportNumber"),
                                           QStringLiteral("reportOn"), QStringLiteral("failedItems")};
    const QStringList keys = m_step == Step::Result ? resultKeys : QStringList{dateKey()};
    FieldProblems mine;
    QList<StaffMember> samplers;
    if (const auto staff = StaffDirectory(m_db).list(m_session, false))
        for (const StaffMember &m : *staff)
            for (const InspectionInspector &s : m_original.samplers)
                if (s.staffId == m.id)
                    samplers << m;
    for (const FieldProblem &p : SamplingRules::problems(editedBatch(), samplers, m_today))
        if (keys.contains(p.field))
            mine << p;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems->show(mine));
}

void SamplingStepDialog::accept()
{
    m_problems->markAllTouched();
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const Result<SamplingBatch> stored = SamplingRepository(m_db).update(m_session, editedBatch(), m_today);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = *stored;
    QDialog::accept();
}

} // namespace casedesk
