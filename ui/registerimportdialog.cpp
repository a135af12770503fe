#include "registerimportdialog.h"

#include "csv.h"
#include "inlinemessage.h"
#include "register/registercsv.h"
#include "textdecoding.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kFolderKey = "registerImport/folder";
const QColor kProblemColour(0xb0, 0x00, 0x20);
const QColor kCautionColour(0x8a, 0x5a, 0x00);

enum MappingColumn { HeadingColumn, FieldColumn, ExampleColumn };
enum ReportColumn { LineColumn, KindColumn, ColumnColumn, MessageColumn };
} // namespace

RegisterImportDialog::RegisterImportDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Import Register"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file saved from Excel or WPS (UTF-8 or GB18030)"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("choose"));
    connect(choose, &QPushButton::clicked, this, &RegisterImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("table"));
    for (RegisterTable table : {RegisterTable::Entities, RegisterTable::Licences, RegisterTable::Equipment})
        m_table->addItem(registerTableName(table), int(table));
    connect(m_table, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::tableChosen);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("&Table:"), m_table);

    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field"), tr("First row")});
    m_mapping->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    auto *mappingLabel = new QLabel(tr("&Columns:"), this);
    mappingLabel->setBuddy(m_mapping);

    m_check = new QPushButton(tr("Chec&k"), this);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setToolTip(tr("Reads every row and lists what is wrong, without storing anything"));
    m_check->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &RegisterImportDialog::check);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_summary, 1);

    m_report = new QTableWidget(0, 4, this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Column"), tr("What is wrong")});
    m_report->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setWordWrap(true);
    // Long reasons wrap; the rows grow with the column.
    connect(m_report->horizontalHeader(), &QHeaderView::sectionResized, m_report, &QTableWidget::resizeRowsToContents);

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &RegisterImportDialog::importPlan);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegisterImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 600);
    choose->setFocus();
}

RegisterTable RegisterImportDialog::table() const
{
    return RegisterTable(m_table->currentData().toInt());
}

QStringList RegisterImportDialog::mapping() const
{
    QStringList keys;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, FieldColumn));
        keys << (combo ? combo->currentData().toString() : QString());
    }
    return keys;
}

void RegisterImportDialog::chooseFile()
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Register"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    openFile(path);
}

bool RegisterImportDialog::openFile(const QString &path)
{
    forgetPlan();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_headings.clear();
    m_examples.clear();

    // Only the header row and the first data row are needed here; the
    // importer reads the whole file again for the check.
    const Result<DecodedText> decoded = TextDecoding::decodeFile(path);
    Result<QList<Csv::Record>> records =
        decoded ? Csv::parse(decoded->text, QFileInfo(path).fileName()) : Result<QList<Csv::Record>>(decoded.error());
    if (records && records->isEmpty())
        records = refusal(tr("%1 is empty: there is no header row.").arg(QFileInfo(path).fileName()));
    if (!records) {
        m_fileInfo->clear();
        fillMapping({});
        m_check->setEnabled(false);
        m_message->showError(records.error().message);
        return false;
    }
    m_headings = records->first().fields;
    if (records->size() > 1)
        m_examples = records->at(1).fields;
    m_fileInfo->setText(tr("%1, %n data row(s)", "encoding, rows", int(records->size() - 1)).arg(decoded->encoding));
    m_message->clearMessage();

    const RegisterTable detected = RegisterCsv::detectTable(m_headings);
    {
        const QSignalBlocker quiet(m_table);
        m_table->setCurrentIndex(m_table->findData(int(detected)));
    }
    fillMapping(RegisterCsv::guessMapping(detected, m_headings));
    m_check->setEnabled(true);
    mappingChanged();
    return true;
}

void RegisterImportDialog::fillMapping(const QStringList &guessed)
{
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_headings.size()));
    const QList<CsvField> &fields = RegisterCsv::fields(table());
    for (int row = 0; row < m_headings.size(); ++row) {
        m_mapping->setItem(row, HeadingColumn, new QTableWidgetItem(m_headings.at(row)));
        m_mapping->setItem(row, ExampleColumn, new QTableWidgetItem(m_examples.value(row)));

        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("field-%1").arg(row));
        combo->addItem(tr("(ignore)"), QString());
        for (const CsvField &field : fields)
            combo->addItem(field.required ? tr("%1 (required)").arg(field.heading) : field.heading, field.key);
        combo->setCurrentIndex(qMax(0, combo->findData(guessed.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::mappingChanged);
        m_mapping->setCellWidget(row, FieldColumn, combo);
    }
    m_mapping->resizeColumnToContents(HeadingColumn);
    m_mapping->resizeColumnToContents(FieldColumn);
}

void RegisterImportDialog::tableChosen()
{
    // Another table has other fields: guess again for it.
    fillMapping(RegisterCsv::guessMapping(table(), m_headings));
    mappingChanged();
}

void RegisterImportDialog::mappingChanged()
{
    forgetPlan();
    if (m_headings.isEmpty())
        return;
    // What is wrong with the mapping itself shows at once; the rows wait
    // for Check.
    const Status usable = RegisterCsv::checkMapping(table(), mapping());
    m_message->showOutcome(usable);
}

void RegisterImportDialog::forgetPlan()
{
    // Anything changed since the check makes its verdict stale.
    m_plan.reset();
    m_import->setEnabled(false);
    m_report->setRowCount(0);
    m_summary->clear();
}

bool RegisterImportDialog::check()
{
    forgetPlan();
    if (m_path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportPlan> plan = RegisterImporter(m_db).read(m_path, table(), mapping());
    QApplication::restoreOverrideCursor();
    if (!m_message->showOutcome(plan))
        return false;
    showPlan(plan.value());
    const bool acceptable = plan->acceptable() && plan->recordCount() > 0;
    m_plan = std::move(plan).value();
    m_import->setEnabled(acceptable);
    if (acceptable)
        m_import->setDefault(true);
    return acceptable;
}

void RegisterImportDialog::showPlan(const ImportPlan &plan)
{
    QStringList summary;
    summary << tr("%n row(s) read.", "", plan.rows);
    if (!plan.problems.isEmpty())
        summary << tr("%n problem(s): nothing can be imported until they are put right.", "",
                      int(plan.problems.size()));
    else if (plan.recordCount() == 0)
        summary << tr("There is nothing to import.");
    else
        summary << tr("No problems: %n record(s) can be imported.", "", plan.recordCount());
    if (!plan.warnings.isEmpty())
        summary << tr("%n warning(s) to look at.", "", int(plan.warnings.size()));
    m_summary->setText(summary.join(QLatin1Char(' ')));

    m_report->setRowCount(0);
    auto addRows = [this](const QList<ImportProblem> &list, const QString &kind, const QColor &colour) {
        for (const ImportProblem &p : list) {
            const int row = m_report->rowCount();
            m_report->insertRow(row);
            // Line 0 is the file as a whole (a column missing from the header).
            auto *line = new QTableWidgetItem;
            if (p.line > 0)
                line->setData(Qt::DisplayRole, p.line);
            auto *kindItem = new QTableWidgetItem(kind);
            kindItem->setForeground(colour);
            m_report->setItem(row, LineColumn, line);
            m_report->setItem(row, KindColumn, kindItem);
            m_report->setItem(row, ColumnColumn, new QTableWidgetItem(p.column));
            auto *message = new QTableWidgetItem(p.reason.isEmpty() ? p.message : p.reason);
            message->setToolTip(p.describe());
            m_report->setItem(row, MessageColumn, message);
        }
    };
    addRows(plan.problems, tr("Problem"), kProblemColour);
    addRows(plan.warnings, tr("Warning"), kCautionColour);
    m_report->resizeColumnToContents(LineColumn);
    m_report->resizeColumnToContents(KindColumn);
    m_report->resizeColumnToContents(ColumnColumn);
    m_report->resizeRowsToContents();
}

bool RegisterImportDialog::importPlan()
{
    if (!m_plan || !m_plan->acceptable())
        return false;
    const QString fileName = QFileInfo(m_path).fileName();
    QProgressDialog progress(tr("Importing %1…").arg(fileName), tr("Cancel"), 0, m_plan->recordCount(), this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once, so Cancel is there however short the import: a
    // dialog not yet shown does not process events, and would not hear it.
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    // setValue() on a modal progress dialog processes events, so Cancel is
    // heard between rows; the importer then rolls everything back.
    const RegisterImporter::Progress onProgress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    const Result<ImportOutcome> outcome = RegisterImporter(m_db).apply(m_session, *m_plan, onProgress);
    const bool cancelled = progress.wasCanceled();
    progress.close();

    // Stored or not, the plan is spent: the database is not what it was
    // checked against any more, or the person wants to look again.
    forgetPlan();
    if (!outcome) {
        m_message->showError(cancelled ? tr("The import was cancelled; nothing was stored.")
                                       : tr("Nothing was stored.") + QLatin1Char('\n') + outcome.error().message);
        return false;
    }
    m_imported = outcome->stored;
    m_message->showNote(tr("Imported %n record(s).", "", m_imported));
    m_summary->setText(tr("Imported %n record(s).", "", m_imported));
    emit imported(m_imported);
    return true;
}

} // namespace casedesk
