#include "sync/joinbureauform.h"

#include "sync/syncexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

JoinBureauForm::JoinBureauForm(QWidget *parent) : QWidget(parent)
{
    m_site = new QLineEdit(this);
    m_site->setObjectName(QStringLiteral("joinSite"));
    m_site->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("B")));
    m_site->setMaxLength(16);
    m_site->setToolTip(tr("A short code for this computer (letters, digits or '-'), different from every other "
                          "workstation of the bureau. It cannot be changed later."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("joinFile"));
    m_file->setPlaceholderText(tr("a full export (.cdx) made on another workstation"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseJoinFile"));
    connect(browse, &QPushButton::clicked, this, &JoinBureauForm::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *box = new QGroupBox(tr("This workstation"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Workstation code:"), m_site);
    // A row of a field and a button takes no buddy by itself.
    auto *fileLabel = new QLabel(tr("Full e&xport file:"), box);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *how = new QLabel(tr("On a workstation of the bureau, an administrator makes the file with Tools → Export "
                              "Exchange File → Everything. The bureau's settings, accounts and records come with it; "
                              "sign in with your account of the bureau afterwards."),
                           box);
    how->setWordWrap(true);
    form->addRow(how);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addStretch();
    for (QLineEdit *field : {m_site, m_file})
        connect(field, &QLineEdit::textChanged, this, &JoinBureauForm::changed);
}

QString JoinBureauForm::site() const
{
    return m_site->text().trimmed();
}

QString JoinBureauForm::path() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void JoinBureauForm::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Full Export of the Bureau"), SyncExportDialog::exchangeFolder(),
                                     tr("CaseDesk exchange files (*.cdx);;All files (*)"));
    if (path.isEmpty())
        return;
    SyncExportDialog::rememberExchangeFolder(path);
    m_file->setText(QDir::toNativeSeparators(path));
}

} // namespace casedesk
