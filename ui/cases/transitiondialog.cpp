#include "transitiondialog.h"

#include "cases/caserepository.h"
#include "inlinemessage.h"

#include <QCheckBox>
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

namespace {

// The methods of service of the law; the value stored is the legal term.
struct ServiceMethod {
    const char *stored;
    const char *name;
};
const ServiceMethod kServiceMethods[] = {
    {"直接送达", QT_TRANSLATE_NOOP("casedesk::TransitionDialog", "Delivered in person")},
    {"邮寄送达", QT_TRANSLATE_NOOP("casedesk::TransitionDialog", "By post")},
    {"留置送达", QT_TRANSLATE_NOOP("casedesk::TransitionDialog", "Left at the premises")},
    {"公告送达", QT_TRANSLATE_NOOP("casedesk::TransitionDialog", "By public notice")},
};

template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

} // namespace

TransitionDialog::TransitionDialog(Database &db, const Session &session, const EnforcementCase &c, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_case(c)
{
    setWindowTitle(tr("Next Stage: %1").arg(c.displayNumber()));

    m_stage = named(new QComboBox(this), "stage");
    for (CaseStage to : CaseWorkflow::offered(c, session))
        m_stage->addItem(caseStages().name(to), int(to));
    m_date = named(new QDateEdit(QDate::currentDate(), this), "date");
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_opinion = named(new QPlainTextEdit(this), "opinion");
    m_opinion->setTabChangesFocus(true);
    m_opinion->setFixedHeight(m_opinion->fontMetrics().lineSpacing() * 4);
    m_transferredTo = named(new QLineEdit(this), "transferredTo");
    m_transferredTo->setPlaceholderText(tr("The department or the police station the case goes to"));
    m_partyWaived = named(new QCheckBox(tr("The party waived the statement and hearing before the period ended"), this),
                          "partyWaived");
    m_serviceMethod = named(new QComboBox(this), "serviceMethod");
    for (const ServiceMethod &m : kServiceMethods)
        m_serviceMethod->addItem(tr(m.name), QString::fromUtf8(m.stored));
    m_paid = named(new QLineEdit(this), "paid");
    m_paid->setPlaceholderText(tr("Fines and illegal income paid, in yuan"));
    m_receipt = named(new QLineEdit(this), "receiptNumber");
    m_archiveNumber = named(new QLineEdit(this), "archiveNumber");

    auto *current = named(new QLabel(caseStages().name(c.stage), this), "currentStage");
    m_opinionLabel = new QLabel(tr("&Opinion or reason:"), this);
    m_opinionLabel->setBuddy(m_opinion);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Case:"), new QLabel(c.displayNumber() + QLatin1Char(' ') + c.title, this));
    m_form->addRow(tr("Current stage:"), current);
    m_form->addRow(tr("&Next stage:"), m_stage);
    m_form->addRow(tr("&Effective on:"), m_date);
    m_form->addRow(m_opinionLabel, m_opinion);
    m_form->addRow(tr("&Transferred to:"), m_transferredTo);
    m_form->addRow(QString(), m_partyWaived);
    m_form->addRow(tr("&Service:"), m_serviceMethod);
    m_form->addRow(tr("&Paid:"), m_paid);
    m_form->addRow(tr("&Receipt number:"), m_receipt);
    m_form->addRow(tr("&Archive number:"), m_archiveNumber);

    m_hearingNote = named(new QLabel(this), "hearingNote");
    m_hearingNote->setWordWrap(true);
    auto *warning = named(
        new QLabel(tr("A stage reached is recorded in the case's timeline and cannot be undone."), this), "warning");
    warning->setWordWrap(true);

    m_message = new InlineMessage(this);
    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hearingNote);
    layout->addWidget(warning);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &TransitionDialog::stageChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &TransitionDialog::touched);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &TransitionDialog::touched);
    for (QLineEdit *edit : {m_transferredTo, m_paid, m_receipt, m_archiveNumber})
        connect(edit, &QLineEdit::textChanged, this, &TransitionDialog::touched);
    connect(m_partyWaived, &QCheckBox::toggled, this, &TransitionDialog::touched);
    connect(m_serviceMethod, &QComboBox::currentIndexChanged, this, &TransitionDialog::touched);

    if (m_stage->count() == 0) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_stage, m_date, m_opinion})
            w->setEnabled(false);
    }
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
    stageChosen();
}

QList<CaseStage> TransitionDialog::offeredStages() const
{
    QList<CaseStage> stages;
    for (int i = 0; i < m_stage->count(); ++i)
        stages << CaseStage(m_stage->itemData(i).toInt());
    return stages;
}

bool TransitionDialog::choose(CaseStage stage)
{
    const int index = m_stage->findData(int(stage));
    if (index < 0)
        return false;
    m_stage->setCurrentIndex(index);
    return true;
}

TransitionInput TransitionDialog::input() const
{
    TransitionInput in;
    if (m_stage->count() > 0)
        in.to = CaseStage(m_stage->currentData().toInt());
    in.on = m_date->date();
    in.opinion = m_opinion->toPlainText().trimmed();
    if (in.to == CaseStage::Transferred)
        in.transferredTo = m_transferredTo->text().trimmed();
    if (in.to == CaseStage::Decided)
        in.partyWaived = m_partyWaived->isChecked();
    if (in.to == CaseStage::Served)
        in.serviceMethod = m_serviceMethod->currentData().toString();
    if (in.to == CaseStage::Executed) {
        const Result<Money> paid = Money::parse(m_paid->text());
        in.paid = paid ? paid.value() : Money();
        in.receiptNumber = m_receipt->text().trimmed();
    }
    if (in.to == CaseStage::Archived)
        in.archiveNumber = m_archiveNumber->text().trimmed();
    return in;
}

void TransitionDialog::stageChosen()
{
    const CaseStage to = m_stage->count() > 0 ? CaseStage(m_stage->currentData().toInt()) : m_case.stage;
    m_form->setRowVisible(m_transferredTo, to == CaseStage::Transferred);
    m_form->setRowVisible(m_partyWaived, to == CaseStage::Decided);
    m_form->setRowVisible(m_serviceMethod, to == CaseStage::Served);
    m_form->setRowVisible(m_paid, to == CaseStage::Executed);
    m_form->setRowVisible(m_receipt, to == CaseStage::Executed);
    m_form->setRowVisible(m_archiveNumber, to == CaseStage::Archived);

    QString hearing;
    if (CaseWorkflow::hearingRequired(m_case)) {
        if (to == CaseStage::PartyNotified)
            hearing = tr("The penalties are large enough for a hearing: the notice must tell the party of the right "
                         "to ask for one within %n days.",
                         nullptr, CaseWorkflow::kHearingRequestDays);
        else if (to == CaseStage::Decided)
            hearing = tr("The party may ask for a hearing: decide only after the period has ended, when no hearing "
                         "is open, unless the party waived it.");
    }
    m_hearingNote->setText(hearing);
    m_hearingNote->setVisible(!hearing.isEmpty());
    revalidate();
}

void TransitionDialog::touched()
{
    m_touched = true;
    revalidate();
}

void TransitionDialog::revalidate()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_stage->count() == 0) {
        m_message->showNote(
            tr("There is nothing you may do with this case at its stage (%1).").arg(caseStages().name(m_case.stage)));
        ok->setEnabled(false);
        return;
    }
    QString problem;
    if (CaseStage(m_stage->currentData().toInt()) == CaseStage::Executed && !m_paid->text().trimmed().isEmpty()) {
        const Result<Money> paid = Money::parse(m_paid->text());
        if (!paid)
            problem = tr("Paid: %1").arg(paid.error().message);
    }
    if (problem.isEmpty()) {
        const Status checked = CaseWorkflow::check(m_case, input(), m_session, QDate::currentDate());
        if (!checked)
            problem = checked.error().message;
    }
    // Before anything is typed, what is missing is a note, not an error.
    if (problem.isEmpty())
        m_message->clearMessage();
    else if (m_touched)
        m_message->showError(problem);
    else
        m_message->showNote(problem);
    ok->setEnabled(problem.isEmpty());
}

void TransitionDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Result<EnforcementCase> advanced =
        CaseRepository(m_db).advance(m_session, m_case.id, input(), QDate::currentDate());
    if (!m_message->showOutcome(advanced))
        return;
    m_saved = advanced.value();
    QDialog::accept();
}

} // namespace casedesk
