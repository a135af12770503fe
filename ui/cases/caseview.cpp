#include "caseview.h"

#include "auth/permissions.h"
#include "bureausettings.h"
#include "caseattachmentspanel.h"
#include "casedetailshtml.h"
#include "casedocumentprinter.h"
#include "cases/casedocuments.h"
#include "cases/caserepository.h"
#include "duemarking.h"
#include "recordtable.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString recordedText(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc;
}

QLabel *makeSelectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CaseView::CaseView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Case details"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::NoFrame);

    m_timeline = new RecordTable(
        {tr("Date"), tr("Step"), tr("From → To"), tr("Opinion or reason"), tr("By"), tr("Recorded")}, this);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setColumnWidth(DateColumn, 90);
    m_timeline->setColumnWidth(StepColumn, 110);
    m_timeline->setColumnWidth(StagesColumn, 170);
    m_timeline->setColumnWidth(OpinionColumn, 220);
    m_timeline->setColumnWidth(WhoColumn, 90);

    m_attachments = new CaseAttachmentsPanel(this);
    m_attachments->setObjectName(QStringLiteral("caseAttachmentsPanel"));
    connect(m_attachments, &CaseAttachmentsPanel::addRequested, this, [this] {
        if (m_case.id != 0)
            emit attachRequested(m_case.id);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(makeDocumentsTab(), tr("Documents"));
    m_tabs->addTab(m_attachments, tr("Attachments"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeader());
    layout->addWidget(makeClockPanel());
    layout->addWidget(m_tabs, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showPlaceholder();
}

QWidget *CaseView::makeHeader()
{
    auto *header = new QWidget(this);
    m_number = makeSelectableLabel(header, QStringLiteral("caseNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_number->setFont(big);
    m_stage = new QLabel(header);
    m_stage->setObjectName(QStringLiteral("caseStage"));
    m_stage->setFrameShape(QFrame::StyledPanel);
    m_stage->setMargin(3);
    m_title = makeSelectableLabel(header, QStringLiteral("caseTitle"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_number, 1);
    top->addWidget(m_stage, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_title);
    return header;
}

QWidget *CaseView::makeClockPanel()
{
    m_clockPanel = new QFrame(this);
    m_clockPanel->setObjectName(QStringLiteral("caseClock"));
    m_clockPanel->setFrameShape(QFrame::StyledPanel);
    m_clockPanel->setBackgroundRole(QPalette::Window);
    m_clockPanel->setAutoFillBackground(true);
    m_clockDue = makeSelectableLabel(m_clockPanel, QStringLiteral("caseClockDue"));
    QFont bold = m_clockDue->font();
    bold.setBold(true);
    m_clockDue->setFont(bold);
    m_clockDays = makeSelectableLabel(m_clockPanel, QStringLiteral("caseClockDays"));
    m_clockDays->setWordWrap(false);
    m_clockDays->setFont(bold);
    m_clockSummary = makeSelectableLabel(m_clockPanel, QStringLiteral("caseClockSummary"));
    m_clockBasis = makeSelectableLabel(m_clockPanel, QStringLiteral("caseClockBasis"));
    m_clockBasis->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_clockDue, 1);
    top->addWidget(m_clockDays);
    auto *layout = new QVBoxLayout(m_clockPanel);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_clockSummary);
    layout->addWidget(m_clockBasis);
    return m_clockPanel;
}

QWidget *CaseView::makeDocumentsTab()
{
    auto *tab = new QWidget(this);
    m_documents = new QListWidget(tab);
    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_documents->setAccessibleName(tr("Documents"));
    m_preview = new QPushButton(tr("Print Pre&view…"), tab);
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_preview->setToolTip(tr("See the selected document on A4 paper and print it"));
    m_preview->setAutoDefault(false);
    m_savePdf = new QPushButton(tr("Save &PDF…"), tab);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdf->setToolTip(tr("Save the selected document as a PDF file"));
    m_savePdf->setAutoDefault(false);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (const auto kind = selectedDocument())
            previewDocument(*kind);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (const auto kind = selectedDocument())
            saveDocumentPdf(*kind);
    });
    connect(m_documents, &QListWidget::itemActivated, this, [this] {
        if (const auto kind = selectedDocument())
            previewDocument(*kind);
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, &CaseView::updateDocumentButtons);

    auto *hint = new QLabel(tr("The documents this case has reached, made from its data when printed."), tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_savePdf);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hint);
    layout->addWidget(m_documents, 1);
    layout->addLayout(buttons);
    return tab;
}

void CaseView::setDatabase(Database *db)
{
    m_db = db;
    m_attachments->setDatabase(db);
    showPlaceholder();
}

void CaseView::showPermitted(const Session &session)
{
    m_attachments->setMayAdd(Permissions::allowed(session, Action::EditCase));
}

QDate CaseView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CaseView::showPlaceholder(const QString &text)
{
    m_case = EnforcementCase{};
    m_clock = ClockState{};
    m_placeholder->setText(text.isEmpty() ? tr("Select a case to see its clock, timeline, documents and attachments.")
                                          : text);
    m_pages->setCurrentWidget(m_placeholder);
}

void CaseView::showCase(qint64 id)
{
    if (!m_db || id == 0) {
        showPlaceholder();
        return;
    }
    const CaseRepository cases(*m_db);
    const Result<EnforcementCase> found = cases.find(id);
    if (!found) {
        showPlaceholder(found.error().message);
        return;
    }
    m_case = *found;
    m_clock = StatutoryClock::evaluate(m_case, today());

    m_number->setText(m_case.displayNumber(BureauSettings::load(*m_db).abbreviation));
    m_number->setToolTip(m_case.number.isNull() ? tr("Lead number: a case number is given when the case is filed")
                                                : tr("Lead number %1").arg(m_case.leadNumber));
    m_stage->setText(caseStages().name(m_case.stage));
    m_title->setText(m_case.title);
    showClock();
    m_details->setHtml(CaseDetailsHtml::render(m_case, today()));
    showTimeline(cases.steps(id));
    showDocuments();
    m_attachments->showAttachments(cases.attachments(id));
    m_tabs->setTabText(AttachmentsTab, tr("Attachments (%1)").arg(m_attachments->table()->rowCount()));
    m_pages->setCurrentIndex(1);
}

void CaseView::reload()
{
    if (m_case.id != 0)
        showCase(m_case.id);
}

void CaseView::showClock()
{
    QString due;
    QString days;
    QColor colour = palette().color(QPalette::Text);
    switch (m_clock.phase) {
    case ClockState::Phase::NotStarted:
        due = tr("The decision's clock starts when the case is filed.");
        break;
    case ClockState::Phase::Running:
        due = tr("Decision due %1").arg(dateText(m_clock.due));
        days = DueMarking::daysLeft(m_clock.daysLeft);
        if (m_clock.overdue())
            colour = DueMarking::warningText();
        else if (m_clock.daysLeft <= 7)
            colour = DueMarking::soonText();
        break;
    case ClockState::Phase::Stopped:
        due = tr("Decision due %1 while the clock is stopped").arg(dateText(m_clock.due));
        days = tr("Clock stopped");
        colour = DueMarking::soonText();
        break;
    case ClockState::Phase::Finished:
        due = tr("Decided within the time limit: due %1").arg(dateText(m_clock.due));
        if (m_clock.overdue()) {
            due = tr("Decided after the time limit: due %1").arg(dateText(m_clock.due));
            colour = DueMarking::warningText();
        }
        break;
    }
    m_clockDue->setText(due);
    m_clockDays->setText(days);
    QPalette palette = m_clockDays->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_clockDays->setPalette(palette);
    QPalette duePalette = m_clockDue->palette();
    duePalette.setColor(QPalette::WindowText,
                        m_clock.overdue() ? DueMarking::warningText() : this->palette().color(QPalette::WindowText));
    m_clockDue->setPalette(duePalette);
    m_clockSummary->setText(m_clock.summary);
    m_clockSummary->setVisible(!m_clock.summary.isEmpty());
    m_clockBasis->setText(m_clock.basis);
    m_clockBasis->setVisible(!m_clock.basis.isEmpty());
    // Overdue: the whole panel in the warning colours, as overdue rows are.
    QPalette panel = m_clockPanel->palette();
    panel.setColor(QPalette::Window,
                   m_clock.overdue() ? DueMarking::warningBackground() : this->palette().color(QPalette::Base));
    m_clockPanel->setPalette(panel);
}

void CaseView::showTimeline(const QList<CaseStep> &steps)
{
    m_timeline->resetRows(static_cast<int>(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const CaseStep &s = steps.at(row);
        QString what;
        QString stages;
        if (s.kind == QLatin1String("stage")) {
            what = caseStages().name(s.toStage);
            stages = QStringLiteral("%1 → %2").arg(caseStages().name(s.fromStage), caseStages().name(s.toStage));
        } else if (s.kind == QLatin1String("lead")) {
            what = tr("Lead registered");
        } else if (s.kind == QLatin1String("extension")) {
            what = tr("Time limit extended");
        } else if (s.kind == QLatin1String("stop")) {
            what = tr("Clock stopped");
        } else if (s.kind == QLatin1String("resume")) {
            what = tr("Clock resumed");
        } else if (s.kind == QLatin1String("seizure")) {
            what = tr("Sealed or seized");
        } else if (s.kind == QLatin1String("seizure-extension")) {
            what = tr("Seizure extended");
        } else if (s.kind == QLatin1String("seizure-release")) {
            what = tr("Seizure released");
        } else if (s.kind == QLatin1String("attachment")) {
            what = tr("File attached");
        } else if (s.kind == QLatin1String("edit")) {
            what = tr("Details changed");
        } else {
            what = s.kind;
        }
        const QString who = s.name.isEmpty() ? s.login : s.name;
        m_timeline->setRecord(row, s.id, {dateText(s.on), what, stages, s.text, who, recordedText(s.at)});
        m_timeline->item(row, WhoColumn)->setToolTip(QStringLiteral("%1 (%2)").arg(s.name, s.login));
    }
}

void CaseView::showDocuments()
{
    const std::optional<CaseDocumentKind> previous = selectedDocument();
    m_documents->clear();
    for (CaseDocumentKind kind : CaseDocuments::availableKinds(m_case)) {
        auto *item = new QListWidgetItem(caseDocumentKinds().name(kind), m_documents);
        item->setData(Qt::UserRole, int(kind));
        if (previous && *previous == kind)
            m_documents->setCurrentItem(item);
    }
    if (!m_documents->currentItem() && m_documents->count() > 0)
        m_documents->setCurrentRow(0);
    updateDocumentButtons();
}

void CaseView::updateDocumentButtons()
{
    const bool chosen = m_documents->currentItem() != nullptr;
    m_preview->setEnabled(chosen);
    m_savePdf->setEnabled(chosen);
}

std::optional<CaseDocumentKind> CaseView::selectedDocument() const
{
    const QListWidgetItem *item = m_documents->currentItem();
    if (!item && m_documents->count() > 0)
        item = m_documents->item(0);
    if (!item)
        return std::nullopt;
    return CaseDocumentKind(item->data(Qt::UserRole).toInt());
}

bool CaseView::previewDocument(CaseDocumentKind kind)
{
    if (!m_db || m_case.id == 0)
        return false;
    return CaseDocumentPrinter(*m_db, this).preview(m_case.id, kind, today());
}

bool CaseView::saveDocumentPdf(CaseDocumentKind kind)
{
    if (!m_db || m_case.id == 0)
        return false;
    return CaseDocumentPrinter(*m_db, this).savePdf(m_case.id, kind, today());
}

QString CaseView::toPlainText() const
{
    if (m_case.id == 0)
        return m_placeholder->text();
    QStringList lines{m_number->text(),    m_stage->text(),        m_title->text(),      m_clockDue->text(),
                      m_clockDays->text(), m_clockSummary->text(), m_clockBasis->text(), m_details->toPlainText()};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace casedesk
