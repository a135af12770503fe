#include "licencestatusdialog.h"

#include "inlinemessage.h"
#include "register/licenceregister.h"

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

LicenceStatusDialog::LicenceStatusDialog(Database &db, const Session &session, const Licence &licence, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_licence(licence)
{
    setWindowTitle(tr("Change Licence Status: %1").arg(licence.label()));

    auto *current = new QLabel(licenceStatusName(licence.status), this);
    current->setObjectName(QStringLiteral("currentStatus"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (LicenceStatus to : LicenceStatusRules::next(licence.status))
        m_status->addItem(licenceStatusName(to), int(to));

    m_effectiveOn = new QDateEdit(QDate::currentDate(), this);
    m_effectiveOn->setObjectName(QStringLiteral("effectiveOn"));
    m_effectiveOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_effectiveOn->setCalendarPopup(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("The decision and its grounds, e.g. the penalty decision's number"));
    connect(m_reason, &QLineEdit::textChanged, this, &LicenceStatusDialog::revalidate);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Licence:"), new QLabel(licence.label(), this));
    form->addRow(tr("Current status:"), current);
    form->addRow(tr("&New status:"), m_status);
    form->addRow(tr("&Effective on:"), m_effectiveOn);
    form->addRow(tr("&Reason:"), m_reason);

    auto *warning = new QLabel(tr("A status change cannot be undone: a licence that is no longer valid never "
                                  "becomes valid again (a new licence is issued instead). The change is kept in "
                                  "the licence's history."),
                               this);
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Status"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LicenceStatusDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LicenceStatusDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (m_status->count() == 0) {
        // A final status: nothing to offer, and the dialog says why.
        m_status->setEnabled(false);
        m_effectiveOn->setEnabled(false);
        m_reason->setEnabled(false);
        m_message->showNote(
            tr("The licence is %1; that status is final and cannot change.").arg(licenceStatusName(licence.status)));
    }
    m_status->setFocus();
    revalidate();
}

void LicenceStatusDialog::revalidate()
{
    const bool ready = m_status->count() > 0 && !m_reason->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

bool LicenceStatusDialog::confirm(LicenceStatus to)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Change the status of “%1” from %2 to %3?")
                        .arg(m_licence.label(), licenceStatusName(m_licence.status), licenceStatusName(to)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *change = box.addButton(tr("&Change Status"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == change;
}

void LicenceStatusDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto to = LicenceStatus(m_status->currentData().toInt());
    if (!confirm(to))
        return;
    const Result<Licence> changed = LicenceRegister(m_db).changeStatus(
        m_session, m_licence.id, to, m_effectiveOn->date(), m_reason->text().trimmed());
    if (!m_message->showOutcome(changed))
        return;
    m_saved = changed.value();
    QDialog::accept();
}

} // namespace casedesk
