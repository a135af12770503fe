#include "drawrecorddialog.h"

#include "supervisionpaperprinter.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

DrawRecordDialog::DrawRecordDialog(Database &db, qint64 drawId, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_drawId(drawId), m_today(today)
{
    setObjectName(QStringLiteral("drawRecordDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("drawRecord"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_savePdf = new QPushButton(tr("Save P&DF…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const SupervisionPaperPrinter printer(m_db, this);
    const auto rendered = printer.render(InspectionDocumentKind::DrawRecord, drawId, today);
    setWindowTitle(rendered ? rendered->title : tr("Random Draw"));
    if (rendered)
        m_browser->setHtml(rendered->html);
    else
        m_browser->setPlainText(rendered.error().message);
    m_print->setEnabled(rendered.ok());
    m_savePdf->setEnabled(rendered.ok());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 820);

    connect(m_print, &QPushButton::clicked, this, [this] {
        SupervisionPaperPrinter(m_db, this).preview(InspectionDocumentKind::DrawRecord, m_drawId, m_today);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        SupervisionPaperPrinter(m_db, this).savePdf(InspectionDocumentKind::DrawRecord, m_drawId, m_today);
    });
}

} // namespace casedesk
