#include "correctionreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

CorrectionReasonDialog::CorrectionReasonDialog(const QString &recordNumber, int newVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("correctionReasonDialog"));
    setWindowTitle(tr("Reason for the Correction"));
    auto *intro = new QLabel(tr("The corrected record becomes version %1 of %2, finished at once. The version "
                                "before stays readable in the history. This cannot be undone.")
                                 .arg(newVersion)
                                 .arg(recordNumber),
                             this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Why is the record corrected?"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("E.g. 检查日期录入错误，应为3月5日"));
    label->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save &Correction"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(460, 240);
}

QString CorrectionReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace casedesk
