#include "sync/synckeyfield.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casedesk {

SyncKeyField::SyncKeyField(Confirmation confirmation, QWidget *parent) : QWidget(parent)
{
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("syncKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("at least %n characters", nullptr, SyncKey::kShortest));
    m_key->setAccessibleName(tr("Sync key"));
    m_key->setToolTip(tr("The bureau's secret for exchange files: the same on every workstation of the bureau."));
    m_load = new QPushButton(tr("Loa&d from File…"), this);
    m_load->setObjectName(QStringLiteral("loadSyncKey"));
    m_load->setToolTip(tr("Read the key from the first line of a key file"));
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("syncKeyFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_key, 0, 0);
    layout->addWidget(m_load, 0, 1);
    if (confirmation == Confirmation::Twice) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("syncKeyConfirmation"));
        m_confirmation->setEchoMode(QLineEdit::Password);
        m_confirmation->setPlaceholderText(tr("the same key again"));
        m_confirmation->setAccessibleName(tr("Sync key again"));
        layout->addWidget(m_confirmation, 1, 0);
        connect(m_confirmation, &QLineEdit::textEdited, this, &SyncKeyField::typed);
    }
    layout->addWidget(m_fingerprint, 2, 0, 1, 2);
    connect(m_key, &QLineEdit::textEdited, this, &SyncKeyField::typed);
    connect(m_load, &QPushButton::clicked, this, &SyncKeyField::chooseFile);
    setFocusProxy(m_key);
    showState();
}

bool SyncKeyField::isEmpty() const
{
    return !m_fromFile && m_fileError.isEmpty() && m_key->text().trimmed().isEmpty() &&
           (!m_confirmation || m_confirmation->text().trimmed().isEmpty());
}

Result<std::optional<SyncKey>> SyncKeyField::key() const
{
    if (m_fromFile)
        return std::optional<SyncKey>(*m_fromFile);
    if (!m_fileError.isEmpty())
        return refusal(m_fileError);
    if (isEmpty())
        return std::optional<SyncKey>();
    auto typed = SyncKey::fromText(m_key->text());
    if (!typed)
        return typed.error();
    if (m_confirmation && m_confirmation->text().trimmed() != m_key->text().trimmed())
        return refusal(tr("The two keys differ."));
    return std::optional<SyncKey>(*typed);
}

bool SyncKeyField::loadFile(const QString &path)
{
    auto loaded = SyncKey::fromFile(path);
    m_key->clear();
    if (m_confirmation)
        m_confirmation->clear();
    m_fileName = QFileInfo(path).fileName();
    m_fromFile.reset();
    m_fileError.clear();
    if (loaded)
        m_fromFile = *loaded;
    else
        m_fileError = loaded.error().message;
    showState();
    emit changed();
    return loaded.ok();
}

void SyncKeyField::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Sync Key"), QDir::homePath(),
                                                      tr("Key files (*.key *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void SyncKeyField::typed()
{
    // Typing replaces a key loaded from a file.
    m_fromFile.reset();
    m_fileError.clear();
    m_fileName.clear();
    showState();
    emit changed();
}

void SyncKeyField::showState()
{
    if (m_fromFile) {
        m_fingerprint->setText(
            tr("Key loaded from %1; its fingerprint is %2.").arg(m_fileName, m_fromFile->fingerprint()));
        return;
    }
    if (!m_fileError.isEmpty()) {
        m_fingerprint->setText(m_fileError);
        return;
    }
    const auto typedKey = SyncKey::fromText(m_key->text());
    if (m_key->text().trimmed().isEmpty())
        m_fingerprint->setText(tr("Type the key or load it from a file."));
    else if (!typedKey)
        m_fingerprint->setText(
            tr("%1 of at least %2 characters typed.").arg(m_key->text().trimmed().size()).arg(SyncKey::kShortest));
    else
        m_fingerprint->setText(tr("Fingerprint: %1").arg(typedKey->fingerprint()));
}

} // namespace casedesk
