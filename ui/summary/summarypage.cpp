#include "summarypage.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "browserlayout.h"
#include "database.h"
#include "paperoutput.h"
#include "summary/summarycalculator.h"
#include "summary/summaryexport.h"
#include "summarycomputation.h"
#include "summarydrilldowndialog.h"
#include "summaryexportfiledialog.h"
#include "summaryperiodpicker.h"
#include "summarytablemodel.h"
#include "summarytabs.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kSectionKey = "summaryPage/section";

// A tool-bar action whose tool tip names its shortcut.
QAction *makeAction(QObject *parent, const QString &text, const QString &objectName, const QKeySequence &shortcut,
                    const QString &tip)
{
    QAction *action = BrowserLayout::makeAction(parent, text, objectName, tip);
    action->setShortcut(shortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}
} // namespace

SummaryPage::SummaryPage(QWidget *parent) : QWidget(parent)
{
    m_period = new SummaryPeriodPicker(this);
    m_period->setObjectName(QStringLiteral("summaryPeriod"));

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("summarySection"));
    m_section->setAccessibleName(tr("Section"));
    // A long section name must not widen the window.
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(10);
    m_section->addItem(tr("Whole bureau"), QString());
    auto *sectionLabel = new QLabel(tr("Sect&ion"), this);
    sectionLabel->setBuddy(m_section);

    m_compute = makeAction(this, tr("Compute"), QStringLiteral("computeSummaryAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Count the records of the period chosen"));
    m_export = makeAction(this, tr("E&xport…"), QStringLiteral("exportSummaryAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_E), tr("Save the summary as an Excel workbook, CSV or PDF"));
    m_print = makeAction(this, tr("Print Previe&w…"), QStringLiteral("printSummaryAction"), QKeySequence::Print,
                         tr("Preview and print the summary on A4"));
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("summaryToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_compute, m_export, m_print});
    connect(m_compute, &QAction::triggered, this, &SummaryPage::compute);
    connect(m_export, &QAction::triggered, this, &SummaryPage::chooseExportFile);
    connect(m_print, &QAction::triggered, this, &SummaryPage::printPreview);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont larger = m_title->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    larger.setBold(true);
    m_title->setFont(larger);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    m_tabs = new SummaryTabs(this);
    connect(m_tabs, &SummaryTabs::figureActivated, this, &SummaryPage::drillDown);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(6);
    choices->addWidget(m_period);
    choices->addSpacing(12);
    choices->addWidget(sectionLabel);
    choices->addWidget(m_section);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(choices);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_period->toField(), m_section);
    // The tool bar's buttons take no focus: Ctrl+Return, Ctrl+E and Ctrl+P reach them.
    setTabOrder(m_section, m_tabs);

    const auto choiceChanged = [this] {
        updateTitle();
        updateActions();
    };
    connect(m_period, &SummaryPeriodPicker::periodChanged, this, choiceChanged);
    connect(m_section, &QComboBox::currentIndexChanged, this, choiceChanged);
    updateTitle();
    updateActions();
}

SummaryPage::~SummaryPage() = default;

bool SummaryPage::allowed(const Session &session)
{
    return Permissions::allowed(session, Action::ViewSummary);
}

void SummaryPage::setDatabase(Database *db)
{
    m_db = db;
    // A summary of another database's records must not stay on show.
    m_summary.reset();
    m_shown.reset();
    m_tabs->clearSummary();
    fillSections();
    updateTitle();
    updateActions();
}

void SummaryPage::showPermitted(const Session &session)
{
    m_session = &session;
    updateActions();
}

void SummaryPage::setToday(const QDate &today)
{
    m_today = today;
}

QDate SummaryPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void SummaryPage::fillSections()
{
    const QString chosen = chosenSection();
    const QSignalBlocker blocker(m_section);
    while (m_section->count() > 1)
        m_section->removeItem(1);
    if (m_db)
        for (const QString &section : SummaryCalculator::sections(*m_db))
            if (!section.isEmpty())
                m_section->addItem(section, section);
    setSection(chosen);
}

QString SummaryPage::chosenSection() const
{
    return m_section->currentData().toString();
}

void SummaryPage::setSection(const QString &section)
{
    const int index = m_section->findData(section);
    m_section->setCurrentIndex(std::max(0, index));
}

std::optional<SummaryPage::Choice> SummaryPage::currentChoice() const
{
    const auto period = m_period->period();
    if (!period)
        return std::nullopt;
    return Choice{*period, chosenSection()};
}

bool SummaryPage::isCurrent() const
{
    return m_summary && m_shown && m_shown == currentChoice();
}

bool SummaryPage::compute()
{
    if (!m_db || !m_session)
        return false;
    const auto period = m_period->period();
    if (!period) {
        QMessageBox::warning(this, tr("Quarterly Summary"), period.error().message);
        return false;
    }
    const Choice choice{*period, chosenSection()};
    std::optional<QuarterSummary> computed = SummaryComputation::run(this, *m_db, *m_session, requestFor(choice));
    if (!computed)
        return false;
    m_summary = std::move(computed);
    m_shown = choice;
    m_tabs->setSummary(*m_summary);
    m_period->save();
    QSettings().setValue(QLatin1String(kSectionKey), choice.section);
    updateTitle();
    updateActions();
    emit statusMessage(tr("Computed %1").arg(m_summary->title()));
    return true;
}

const QuarterSummary *SummaryPage::currentSummary()
{
    if (!isCurrent() && !compute())
        return nullptr;
    return &*m_summary;
}

void SummaryPage::chooseExportFile()
{
    const auto choice = currentChoice();
    if (!choice) {
        QMessageBox::warning(this, tr("Quarterly Summary"), m_period->period().error().message);
        return;
    }
    // The file is named after the choice; the summary is computed once the clerk has chosen it.
    QuarterSummary naming;
    naming.period = choice->period;
    naming.section = choice->section;
    const QString path = SummaryExportFileDialog::ask(this, isCurrent() ? *m_summary : naming);
    if (!path.isEmpty())
        exportTo(path);
}

SummaryRequest SummaryPage::requestFor(const Choice &choice) const
{
    SummaryRequest request;
    request.period = choice.period;
    request.section = choice.section;
    request.today = m_today;
    return request;
}

bool SummaryPage::withHandedInSummary(const std::function<void(const QuarterSummary &)> &use)
{
    const QuarterSummary *summary = currentSummary();
    if (!summary)
        return false;
    if (Translations::speaksChinese()) {
        use(*summary);
        return true;
    }
    const Translations::ChineseScope chinese;
    const auto handedIn = SummaryComputation::run(this, *m_db, *m_session, requestFor(*m_shown));
    if (!handedIn)
        return false;
    use(*handedIn);
    return true;
}

bool SummaryPage::exportTo(const QString &path)
{
    Status written = success();
    const bool computed = withHandedInSummary([&](const QuarterSummary &summary) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        written = SummaryExport::write(summary, path);
        QApplication::restoreOverrideCursor();
    });
    if (!computed)
        return false;
    if (!written) {
        QMessageBox::warning(this, tr("Export Summary"),
                             tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SummaryPage::printPreview()
{
    Papers papers;
    if (!withHandedInSummary([&papers](const QuarterSummary &summary) {
            papers = Papers{summary.title(), {SummaryExport::html(summary)}};
        }))
        return;
    const PaperOutput paper(this, "summaryPage/pdfFolder", "summaryPrintPreview");
    paper.preview(papers);
}

void SummaryPage::drillDown(SummaryTableModel *model, const QModelIndex &index)
{
    const SummaryCell *cell = model ? model->cell(index) : nullptr;
    if (!m_db || !cell || cell->trace.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto records = SummaryTraces::records(*m_db, cell->trace);
    const auto total = SummaryTraces::count(*m_db, cell->trace);
    QApplication::restoreOverrideCursor();
    const QString figure = tr("%1 — %2").arg(model->rowLabel(index.row()), model->columnLabel(index.column()));
    if (!records || !total) {
        QMessageBox::warning(this, tr("Quarterly Summary"),
                             tr("Could not list the records behind %1: %2")
                                 .arg(figure, (records ? total.error() : records.error()).message));
        return;
    }
    SummaryDrillDownDialog dialog(figure, model->data(index).toString(), *records, *total, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenRecord())
        return;
    const TracedRecord chosen = *dialog.chosenRecord();
    emit recordRequested(chosen.kind, chosen.id);
}

void SummaryPage::updateTitle()
{
    if (!m_summary) {
        m_title->setText(tr("Choose the period and the section, then press Compute (Ctrl+Return)."));
        m_details->clear();
        m_details->hide();
        return;
    }
    m_title->setText(m_summary->title());
    QStringList facts;
    if (m_summary->asOf.isValid())
        facts << tr("States as of %1").arg(m_summary->asOf.toString(QStringLiteral("yyyy-MM-dd")));
    facts << tr("compared with %1 and %2").arg(m_summary->previous.label(), m_summary->yearBefore.label());
    if (!m_summary->edition.isEmpty())
        facts << tr("duties after the responsibility list %1").arg(m_summary->edition);
    QString details = facts.join(tr("; "));
    if (!isCurrent())
        details += QLatin1Char('\n') + tr("The summary shown is not of the period and section chosen: press Compute.");
    m_details->setText(details);
    m_details->show();
}

void SummaryPage::updateActions()
{
    // Enabled only while the page shows, as the other pages' shortcuts (Ctrl+P) are.
    const bool usable = m_db && m_session && allowed(*m_session) && isVisible();
    const bool valid = currentChoice().has_value();
    m_compute->setEnabled(usable && valid);
    m_export->setEnabled(usable && valid);
    m_print->setEnabled(usable && valid);
}

void SummaryPage::focusChoices()
{
    m_period->setFocus(Qt::ShortcutFocusReason);
}

QWidget *SummaryPage::preferredFocus() const
{
    if (QTableView *table = m_tabs->currentTableView())
        return table;
    return m_period;
}

void SummaryPage::restoreLayout()
{
    const QSettings settings;
    m_period->restore(today());
    setSection(settings.value(QLatin1String(kSectionKey)).toString());
}

void SummaryPage::saveLayout() const
{
    QSettings settings;
    m_period->save();
    settings.setValue(QLatin1String(kSectionKey), chosenSection());
}

void SummaryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Sections come and go with the records and the responsibility list.
    if (m_db)
        fillSections();
    updateActions();
}

void SummaryPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

} // namespace casedesk
