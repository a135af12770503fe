#include "sync/syncexportdialog.h"

#include "bureausettings.h"
#include "inlinemessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kFolderKey = "sync/exchangeFolder";
}

SyncExportDialog::SyncExportDialog(const QString &site, const QStringList &peers, QWidget *parent)
    : QDialog(parent), m_site(site)
{
    setWindowTitle(tr("Export Exchange File"));
    setObjectName(QStringLiteral("syncExportDialog"));

    auto *intro = new QLabel(tr("An exchange file carries this workstation's (%1) records to another workstation "
                                "of the bureau, which imports it.")
                                 .arg(site),
                             this);
    intro->setWordWrap(true);

    m_changes = new QRadioButton(tr("&Changes for workstation:"), this);
    m_changes->setObjectName(QStringLiteral("changesChoice"));
    m_changes->setToolTip(tr("What that workstation does not hold yet, judged by its last file; a lost file only "
                             "means the next one carries more."));
    m_peer = new QComboBox(this);
    m_peer->setObjectName(QStringLiteral("peer"));
    m_peer->setEditable(true);
    m_peer->setInsertPolicy(QComboBox::NoInsert);
    m_peer->addItems(peers);
    m_peer->lineEdit()->setMaxLength(16);
    m_peer->lineEdit()->setPlaceholderText(tr("workstation code"));
    m_peer->setAccessibleName(tr("Workstation the file is for"));
    m_peer->setMinimumContentsLength(10);
    m_everything = new QRadioButton(tr("&Everything (for a new workstation)"), this);
    m_everything->setObjectName(QStringLiteral("everythingChoice"));
    m_everything->setToolTip(tr("The bureau's whole data, for a workstation that joins the bureau or starts over"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_changes);
    group->addButton(m_everything);
    (peers.isEmpty() ? m_everything : m_changes)->setChecked(true);

    auto *choices = new QGridLayout;
    choices->addWidget(m_changes, 0, 0);
    choices->addWidget(m_peer, 0, 1);
    choices->addWidget(m_everything, 1, 0, 1, 2);
    choices->setColumnStretch(1, 1);

    m_message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_changes, &QRadioButton::toggled, this, &SyncExportDialog::updateButton);
    connect(m_peer, &QComboBox::currentTextChanged, this, &SyncExportDialog::updateButton);
    // An editable combo box keeps Enter from the dialog: it exports here as in any other field.
    connect(m_peer->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_export->isEnabled())
            accept();
    });
    // Typing a code chooses the changes for it.
    connect(m_peer->lineEdit(), &QLineEdit::textEdited, m_changes, [this] { m_changes->setChecked(true); });
    (m_changes->isChecked() ? static_cast<QWidget *>(m_peer) : m_everything)->setFocus();
    updateButton();
}

QString SyncExportDialog::message() const
{
    return m_message->text();
}

Status SyncExportDialog::checkTarget() const
{
    if (m_everything->isChecked())
        return success();
    const QString to = m_peer->currentText().trimmed();
    if (to.isEmpty())
        return refusal(tr("Give the workstation's code, or choose everything."));
    if (to == m_site)
        return refusal(tr("%1 is this workstation.").arg(to));
    return BureauSettings::validateSite(to);
}

void SyncExportDialog::updateButton()
{
    const Status target = checkTarget();
    // An empty code is not yet a mistake.
    if (target || m_peer->currentText().trimmed().isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(target.error().message);
    m_export->setEnabled(target.ok());
}

QString SyncExportDialog::suggestedFileName() const
{
    const QString day = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    if (m_everything->isChecked())
        //: The name suggested for a full exchange file: workstation, date.
        return tr("Exchange_%1_all_%2.cdx").arg(m_site, day);
    //: The name suggested for an exchange file: from, to, date.
    return tr("Exchange_%1_to_%2_%3.cdx").arg(m_site, m_peer->currentText().trimmed(), day);
}

QString SyncExportDialog::exchangeFolder()
{
    QString dir = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir;
}

void SyncExportDialog::rememberExchangeFolder(const QString &file)
{
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(file).absolutePath());
}

void SyncExportDialog::accept()
{
    if (!m_export->isEnabled())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Exchange File"),
                                                QDir(exchangeFolder()).filePath(suggestedFileName()),
                                                tr("CaseDesk exchange files (*.cdx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cdx");
    rememberExchangeFolder(path);
    m_request = {path, m_everything->isChecked() ? QString() : m_peer->currentText().trimmed(),
                 m_everything->isChecked()};
    QDialog::accept();
}

} // namespace casedesk
