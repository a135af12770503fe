#include "sync/synckeydialog.h"

#include "inlinemessage.h"
#include "sync/synckey.h"
#include "sync/synckeyfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SyncKeyDialog::SyncKeyDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Sync Key"));
    setObjectName(QStringLiteral("syncKeyDialog"));

    QString current = tr("none yet");
    if (SyncKey::isStored(db))
        if (auto key = SyncKey::current(db))
            current = key->fingerprint();
    m_current = new QLabel(current, this);
    m_current->setObjectName(QStringLiteral("currentFingerprint"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("Exchange files are signed with the bureau's sync key; a file made with another key "
                                "is refused. Give every workstation of the bureau the same new key before the next "
                                "exchange. Only the fingerprint is shown or recorded, never the key."),
                             this);
    intro->setWordWrap(true);

    m_key = new SyncKeyField(SyncKeyField::Confirmation::Twice, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Current key's fingerprint:"), m_current);
    form->addRow(tr("&New key:"), m_key);

    m_message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Change Key"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncKeyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_key, &SyncKeyField::changed, this, &SyncKeyDialog::updateButton);
    m_key->setFocus();
    updateButton();
}

QString SyncKeyDialog::message() const
{
    return m_message->text();
}

void SyncKeyDialog::updateButton()
{
    const auto key = m_key->key();
    // Say what is wrong only once both fields are typed in full.
    const bool confirming =
        m_key->confirmationEdit() && m_key->confirmationEdit()->text().size() >= m_key->keyEdit()->text().size();
    if (!key && (confirming || m_key->keyEdit()->text().isEmpty()))
        m_message->showError(key.error().message);
    else
        m_message->clearMessage();
    m_ok->setEnabled(key && key->has_value());
}

void SyncKeyDialog::accept()
{
    const auto key = m_key->key();
    if (!key || !key->has_value())
        return;
    if (!m_message->showOutcome(SyncKey::change(m_db, m_session, **key)))
        return;
    QDialog::accept();
}

} // namespace casedesk
