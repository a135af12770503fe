#include "setupdialog.h"

#include "auth/bureausetup.h"
#include "bureausettings.h"
#include "database.h"
#include "inlinemessage.h"
#include "sync/bureaujoiner.h"
#include "sync/joinbureauform.h"
#include "sync/synckeyfield.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

SetupDialog::SetupDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set Up CaseDesk"));
    setObjectName(QStringLiteral("setupDialog"));

    m_newBureau = new QRadioButton(tr("Set &up a new bureau"), this);
    m_newBureau->setObjectName(QStringLiteral("newBureauMode"));
    m_join = new QRadioButton(tr("Join an &existing bureau"), this);
    m_join->setObjectName(QStringLiteral("joinMode"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_newBureau);
    modes->addButton(m_join);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_newBureau);
    modeRow->addWidget(m_join);
    modeRow->addStretch();

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeNewBureauPage());
    m_joinForm = new JoinBureauForm(this);
    m_pages->addWidget(m_joinForm);

    m_syncKey = new SyncKeyField(SyncKeyField::Confirmation::None, this);
    m_syncKeyNote = new QLabel(this);
    m_syncKeyNote->setWordWrap(true);
    auto *keyBox = new QGroupBox(tr("Exchange with the bureau's other workstations"), this);
    auto *keyForm = new QFormLayout(keyBox);
    keyForm->addRow(tr("S&ync key:"), m_syncKey);
    keyForm->addRow(m_syncKeyNote);

    m_message = new InlineMessage(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Set Up"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(m_intro);
    layout->addWidget(m_pages);
    layout->addWidget(keyBox);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QLineEdit *field : {m_bureauName, m_abbreviation, m_site, m_login, m_name, m_password, m_confirmation})
        connect(field, &QLineEdit::textChanged, this, &SetupDialog::updateButton);
    connect(m_joinForm, &JoinBureauForm::changed, this, &SetupDialog::updateButton);
    connect(m_syncKey, &SyncKeyField::changed, this, &SetupDialog::updateButton);
    connect(m_newBureau, &QRadioButton::toggled, this, &SetupDialog::showMode);

    // An earlier attempt to join stored this workstation's code: it stays.
    const BureauSettings settings = BureauSettings::load(db);
    if (settings.waitingToJoin()) {
        m_joinForm->siteField()->setText(settings.site);
        m_joinForm->siteField()->setReadOnly(true);
        m_join->setChecked(true);
    } else {
        m_newBureau->setChecked(true);
    }
    showMode();
}

QWidget *SetupDialog::makeNewBureauPage()
{
    m_bureauName = new QLineEdit(this);
    m_bureauName->setObjectName(QStringLiteral("bureauName"));
    m_bureauName->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("永清县质量技术监督局")));
    m_abbreviation = new QLineEdit(this);
    m_abbreviation->setObjectName(QStringLiteral("abbreviation"));
    m_abbreviation->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("永质监")));
    m_abbreviation->setToolTip(tr("The abbreviation that starts the bureau's case numbers."));
    m_site = new QLineEdit(this);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("A")));
    m_site->setMaxLength(16);
    m_site->setToolTip(tr("A short code for this computer (letters, digits or '-'), different on every "
                          "workstation of the bureau. It cannot be changed later."));
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(1, BureauSettings::kLongestIdleLockMinutes);
    m_idleLock->setValue(BureauSettings::kDefaultIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setToolTip(tr("CaseDesk locks itself after this many minutes without use."));

    auto *bureauBox = new QGroupBox(tr("Bureau"), this);
    auto *bureauForm = new QFormLayout(bureauBox);
    bureauForm->addRow(tr("Bureau &name:"), m_bureauName);
    bureauForm->addRow(tr("Case number &abbreviation:"), m_abbreviation);
    bureauForm->addRow(tr("&Workstation code:"), m_site);
    bureauForm->addRow(tr("&Lock after:"), m_idleLock);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("8 to 128 characters with letters and digits, not the login."));
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);

    auto *adminBox = new QGroupBox(tr("First administrator"), this);
    auto *adminForm = new QFormLayout(adminBox);
    adminForm->addRow(tr("Lo&gin:"), m_login);
    adminForm->addRow(tr("&Full name:"), m_name);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Confirm password:"), m_confirmation);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bureauBox);
    layout->addWidget(adminBox);
    return page;
}

QLineEdit *SetupDialog::joinSiteField() const
{
    return m_joinForm->siteField();
}

QLineEdit *SetupDialog::joinFileField() const
{
    return m_joinForm->fileField();
}

QString SetupDialog::message() const
{
    return m_message->text();
}

void SetupDialog::showMode()
{
    const bool joining = m_join->isChecked();
    m_pages->setCurrentIndex(joining ? 1 : 0);
    // The dialog takes the height of the page shown, not of the taller one.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    // Once the layout has taken the new policies in.
    QTimer::singleShot(0, this, [this] { adjustSize(); });
    const QString path = QDir::toNativeSeparators(QFileInfo(m_db.path()).absoluteFilePath());
    m_intro->setText(joining ? tr("The database %1 is new. This workstation joins its bureau: it takes the bureau's "
                                  "data from a full export of another workstation.")
                                   .arg(path)
                             : tr("The database %1 is new. Enter your bureau's details and create the first "
                                  "administrator's account; the administrator then adds the colleagues.")
                                   .arg(path));
    QString storedKey;
    if (SyncKey::isStored(m_db))
        if (auto key = SyncKey::current(m_db))
            storedKey = key->fingerprint();
    const QString joinNote =
        storedKey.isEmpty()
            ? tr("Required: the key the bureau's other workstations use.")
            : tr("This workstation already holds a key (fingerprint %1); leave the field empty to use it.")
                  .arg(storedKey);
    m_syncKeyNote->setText(joining ? joinNote
                                   : tr("Recommended: a secret of at least %1 characters, then given to every "
                                        "workstation of the bureau. Without it, an administrator enters it later "
                                        "(Tools → Sync Key) before exchanging files.")
                                         .arg(SyncKey::kShortest));
    m_ok->setText(joining ? tr("&Join") : tr("&Set Up"));
    m_message->clearMessage();
    m_showingMismatch = false;
    QLineEdit *first = m_joinForm->siteField()->isReadOnly() ? m_joinForm->fileField() : m_joinForm->siteField();
    (joining ? first : m_bureauName)->setFocus();
    updateButton();
}

void SetupDialog::updateButton()
{
    const auto key = m_syncKey->key();
    if (m_join->isChecked()) {
        m_ok->setEnabled(!m_joinForm->site().isEmpty() && !m_joinForm->path().isEmpty() && joinKey());
        return;
    }
    bool filled = true;
    for (const QLineEdit *field : {m_bureauName, m_abbreviation, m_site, m_login, m_name, m_password})
        filled = filled && !field->text().trimmed().isEmpty();
    const bool matching = m_password->text() == m_confirmation->text();
    // Say so only once the confirmation is typed in full, not at its first letter.
    const bool mismatch = !matching && m_confirmation->text().size() >= m_password->text().size();
    if (mismatch)
        m_message->showError(tr("The two passwords differ."));
    else if (m_showingMismatch)
        m_message->clearMessage();
    m_showingMismatch = mismatch;
    // The key is optional; one given must be whole (its field says why not).
    m_ok->setEnabled(filled && matching && key.ok());
}

void SetupDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (m_join->isChecked())
        joinBureau();
    else
        setUpNewBureau();
}

void SetupDialog::setUpNewBureau()
{
    const auto key = m_syncKey->key();
    if (!m_message->showOutcome(key))
        return;
    BureauSettings settings;
    settings.bureauName = m_bureauName->text();
    settings.abbreviation = m_abbreviation->text();
    settings.site = m_site->text();
    settings.idleLockMinutes = m_idleLock->value();
    auto session = BureauSetup::run(m_db, settings, {m_login->text(), m_name->text().trimmed(), m_password->text()});
    if (!session) {
        m_message->showError(session.error().message);
        return;
    }
    m_session = std::move(session).value();
    if (*key)
        if (auto stored = SyncKey::storeAtSetUp(m_db, **key); !stored)
            // The bureau is set up; only the key is missing, and an administrator can give it later.
            QMessageBox::warning(this, windowTitle(),
                                 tr("The bureau was set up, but the sync key was not stored: %1\n\nEnter it with "
                                    "Tools → Sync Key before exchanging files.")
                                     .arg(stored.error().message));
    QDialog::accept();
}

std::optional<SyncKey> SetupDialog::joinKey() const
{
    const auto typed = m_syncKey->key();
    if (!typed)
        return std::nullopt;
    if (*typed)
        return *typed;
    // A key stored by an earlier attempt (or by init --site on the command line).
    if (SyncKey::isStored(m_db))
        if (auto stored = SyncKey::current(m_db))
            return *stored;
    return std::nullopt;
}

void SetupDialog::joinBureau()
{
    if (!m_message->showOutcome(m_syncKey->key()))
        return;
    const std::optional<SyncKey> key = joinKey();
    if (!key)
        return;
    const auto report = BureauJoiner::join(this, m_db, m_joinForm->site(), *key, m_joinForm->path());
    // Once stored, the code is this workstation's for good.
    if (BureauSettings::load(m_db).waitingToJoin())
        m_joinForm->siteField()->setReadOnly(true);
    if (!m_message->showOutcome(report))
        return;
    m_joined = true;
    const BureauSettings joined = BureauSettings::load(m_db);
    QMessageBox done(QMessageBox::Information, tr("Join the Bureau"),
                     tr("This workstation (%1) has joined %2.").arg(joined.site, joined.bureauName), QMessageBox::Ok,
                     this);
    done.setObjectName(QStringLiteral("joinResult"));
    done.setInformativeText(tr("%1 records and %2 audit entries came from workstation %3. Sign in with your account "
                               "of the bureau.")
                                .arg(report->received)
                                .arg(report->auditEntries)
                                .arg(report->from));
    done.exec();
    QDialog::accept();
}

} // namespace casedesk
