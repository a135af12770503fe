#include "clockdialogs.h"

#include "cases/caserepository.h"
#include "cases/statutoryclock.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QStringLiteral("date"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ClockDialog::ClockDialog(Database &db, const Session &session, const EnforcementCase &c, Kind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_case(c), m_kind(kind)
{
    const QDate today = QDate::currentDate();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Case:"), new QLabel(c.displayNumber() + QLatin1Char(' ') + c.title, this));
    auto *clock = new QLabel(StatutoryClock::evaluate(c, today).summary, this);
    clock->setObjectName(QStringLiteral("clock"));
    clock->setWordWrap(true);
    form->addRow(tr("Clock:"), clock);

    m_date = dateEdit(today, this);
    auto reasonEdit = [this](const QString &placeholder) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setPlaceholderText(placeholder);
        connect(m_reason, &QLineEdit::textChanged, this, &ClockDialog::revalidate);
        return m_reason;
    };

    QString okText;
    QString note;
    switch (kind) {
    case Kind::Extend:
        setWindowTitle(tr("Extend the Deadline: %1").arg(c.displayNumber()));
        form->addRow(tr("&Approved on:"), m_date);
        form->addRow(tr("&Reason:"), reasonEdit(tr("Why the case needs more time, e.g. it is complex")));
        okText = tr("&Extend");
        note = tr("The bureau head may extend the decision's deadline once, by %n days.", nullptr,
                  StatutoryClock::kExtensionDays);
        break;
    case Kind::Suspend:
        setWindowTitle(tr("Stop the Clock: %1").arg(c.displayNumber()));
        m_stopKind = new QComboBox(this);
        m_stopKind->setObjectName(QStringLiteral("stopKind"));
        for (ClockStopKind k : clockStopKinds().values())
            m_stopKind->addItem(clockStopKinds().name(k), int(k));
        form->addRow(tr("&Period of:"), m_stopKind);
        form->addRow(tr("&First day:"), m_date);
        form->addRow(tr("&Reason:"), reasonEdit(tr("E.g. the samples sent to the testing institute")));
        okText = tr("&Stop Clock");
        note = tr("The days of the period do not count towards the decision's deadline.");
        break;
    case Kind::Resume:
        setWindowTitle(tr("Restart the Clock: %1").arg(c.displayNumber()));
        form->addRow(tr("&Last day of the period:"), m_date);
        form->addRow(tr("&Reason:"), reasonEdit(tr("E.g. the test report received")));
        okText = tr("&Restart Clock");
        note = tr("Every open period ends on this day; the clock runs again from the day after.");
        break;
    case Kind::Seize:
        setWindowTitle(tr("Seal or Seize: %1").arg(c.displayNumber()));
        m_items = new QLineEdit(this);
        m_items->setObjectName(QStringLiteral("items"));
        m_items->setPlaceholderText(tr("What was sealed or seized, with quantities"));
        connect(m_items, &QLineEdit::textChanged, this, &ClockDialog::revalidate);
        m_place = new QLineEdit(this);
        m_place->setObjectName(QStringLiteral("place"));
        form->addRow(tr("&Items:"), m_items);
        form->addRow(tr("&Place:"), m_place);
        form->addRow(tr("&From:"), m_date);
        okText = tr("&Record Seizure");
        note = tr("A sealing or seizure lasts at most %n days, with one extension of as many days.", nullptr,
                  StatutoryClock::kSeizureDays);
        break;
    }

    auto *warning =
        new QLabel(note + QLatin1Char(' ') + tr("This is recorded in the case's timeline and cannot be undone."), this);
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClockDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    revalidate();
}

void ClockDialog::revalidate()
{
    const bool ready =
        m_kind == Kind::Seize ? !m_items->text().trimmed().isEmpty() : !m_reason->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

bool ClockDialog::confirm()
{
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Record this for %1 as of %2?")
                        .arg(m_case.displayNumber(), m_date->date().toString(QStringLiteral("yyyy-MM-dd"))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmClock"));
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *record = box.addButton(m_buttons->button(QDialogButtonBox::Ok)->text(), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == record;
}

Result<EnforcementCase> ClockDialog::write()
{
    CaseRepository repository(m_db);
    const QDate today = QDate::currentDate();
    const QDate on = m_date->date();
    const QString reason = m_reason ? m_reason->text().trimmed() : QString();
    switch (m_kind) {
    case Kind::Extend:
        return repository.extend(m_session, m_case.id, on, reason, today);
    case Kind::Suspend:
        return repository.suspend(m_session, m_case.id, ClockStopKind(m_stopKind->currentData().toInt()), on, reason,
                                  today);
    case Kind::Resume:
        return repository.resume(m_session, m_case.id, on, reason, today);
    case Kind::Seize: {
        Seizure seizure;
        seizure.items = m_items->text().trimmed();
        seizure.place = m_place->text().trimmed();
        seizure.from = on;
        return repository.seize(m_session, m_case.id, seizure, today);
    }
    }
    return refusal(tr("Unknown clock event."));
}

void ClockDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled() || !confirm())
        return;
    const Result<EnforcementCase> changed = write();
    if (!m_message->showOutcome(changed))
        return;
    m_saved = changed.value();
    QDialog::accept();
}

} // namespace casedesk
