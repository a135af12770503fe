#include "caseattachmentspanel.h"

#include "cases/caserepository.h"
#include "recordtable.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QPushButton *makeButton(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return failure(
            CaseAttachmentsPanel::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}
} // namespace

CaseAttachmentsPanel::CaseAttachmentsPanel(QWidget *parent) : QWidget(parent)
{
    m_table = new RecordTable({tr("Name"), tr("Size"), tr("SHA-256"), tr("Note"), tr("Added by")}, this);
    m_table->setObjectName(QStringLiteral("caseAttachments"));
    m_table->setAccessibleName(tr("Attachments"));
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setColumnWidth(SizeColumn, 80);
    m_table->setColumnWidth(HashColumn, 110);
    m_table->setColumnWidth(NoteColumn, 200);

    m_add = makeButton(tr("&Add…"), QStringLiteral("addAttachmentButton"),
                       tr("Attach a photo or a scanned document to the case"), this);
    m_open = makeButton(tr("&Open"), QStringLiteral("openAttachmentButton"),
                        tr("Open a copy of the selected file in the program the desktop uses for it"), this);
    m_saveAs = makeButton(tr("Save &As…"), QStringLiteral("saveAttachmentButton"),
                          tr("Save a copy of the selected file"), this);
    connect(m_add, &QPushButton::clicked, this, &CaseAttachmentsPanel::addRequested);
    connect(m_open, &QPushButton::clicked, this, &CaseAttachmentsPanel::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &CaseAttachmentsPanel::saveSelected);
    connect(m_table, &RecordTable::recordActivated, this, &CaseAttachmentsPanel::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseAttachmentsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

CaseAttachmentsPanel::~CaseAttachmentsPanel() = default;

void CaseAttachmentsPanel::setMayAdd(bool mayAdd)
{
    m_add->setVisible(mayAdd);
}

QString CaseAttachmentsPanel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void CaseAttachmentsPanel::showAttachments(const QList<CaseAttachment> &attachments)
{
    m_attachments = attachments;
    m_table->resetRows(static_cast<int>(attachments.size()));
    for (int row = 0; row < attachments.size(); ++row) {
        const CaseAttachment &a = attachments.at(row);
        m_table->setRecord(row, a.id, {a.fileName, sizeText(a.size), a.sha256.left(12), a.note, a.addedBy});
        m_table->item(row, HashColumn)->setToolTip(tr("SHA-256 %1").arg(a.sha256));
        m_table->item(row, AddedByColumn)->setToolTip(QStringLiteral("%1 %2").arg(a.addedBy, a.addedAt));
    }
    updateButtons();
}

qint64 CaseAttachmentsPanel::selectedId() const
{
    return m_table->selectedId();
}

const CaseAttachment *CaseAttachmentsPanel::find(qint64 attachmentId) const
{
    for (const CaseAttachment &a : m_attachments)
        if (a.id == attachmentId)
            return &a;
    return nullptr;
}

QString CaseAttachmentsPanel::writeTemporaryCopy(qint64 attachmentId)
{
    const CaseAttachment *attachment = find(attachmentId);
    if (!m_db || !attachment)
        return {};
    const Result<QByteArray> content = CaseRepository(*m_db).attachmentContent(attachmentId);
    if (!content) {
        QMessageBox::warning(this, tr("Open Attachment"), content.error().message);
        return {};
    }
    if (!m_openedCopies)
        m_openedCopies = std::make_unique<QTemporaryDir>();
    // One folder per attachment: two files of the same name stay apart.
    const QString dir = m_openedCopies->filePath(QString::number(attachmentId));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QFileInfo(attachment->fileName).fileName());
    if (const Status written = writeFile(path, *content); !written) {
        QMessageBox::warning(this, tr("Open Attachment"), written.error().message);
        return {};
    }
    return path;
}

bool CaseAttachmentsPanel::saveCopy(qint64 attachmentId, const QString &path)
{
    if (!m_db || !find(attachmentId))
        return false;
    const Result<QByteArray> content = CaseRepository(*m_db).attachmentContent(attachmentId);
    const Status written = content ? writeFile(path, *content) : Status(content.error());
    if (!written) {
        QMessageBox::warning(this, tr("Save Attachment"), written.error().message);
        return false;
    }
    return true;
}

void CaseAttachmentsPanel::openSelected()
{
    const QString path = writeTemporaryCopy(selectedId());
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            this, tr("Open Attachment"),
            tr("No program opens this kind of file. A copy was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void CaseAttachmentsPanel::saveSelected()
{
    const CaseAttachment *attachment = find(selectedId());
    if (!attachment)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Attachment"), QDir::home().filePath(attachment->fileName));
    if (!path.isEmpty())
        saveCopy(attachment->id, path);
}

void CaseAttachmentsPanel::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_open->setEnabled(selected);
    m_saveAs->setEnabled(selected);
}

} // namespace casedesk
