#include "batchprintdialog.h"

#include "dutylist/dutylistqueries.h"
#include "inspectionprinter.h"
#include "inspections/inspectionqueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QDateEdit *dateEdit(QWidget *parent, const char *name, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

BatchPrintDialog::BatchPrintDialog(Database &db, const QString &section, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_today(today.isValid() ? today : QDate::currentDate())
{
    setObjectName(QStringLiteral("batchPrintDialog"));
    setWindowTitle(tr("Print a Section's Inspections"));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("batchSection"));
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    QStringList sections = InspectionQueries::sections(db) + ResponsibilityListQueries(db).sections();
    if (!section.isEmpty())
        sections << section;
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_section->setCurrentText(section);
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    m_from = dateEdit(this, "batchFrom", monthStart);
    m_to = dateEdit(this, "batchTo", monthStart.addMonths(1).addDays(-1));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("batchCount"));
    m_count->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("Inspected &from:"), m_from);
    form->addRow(tr("&To:"), m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("batchPreview"));
    m_savePdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("batchSavePdf"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &BatchPrintDialog::preview);
    connect(m_savePdf, &QPushButton::clicked, this, &BatchPrintDialog::savePdf);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every finished inspection record of the section inspected in these days, each "
                                "starting on a new page, by day and number."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);

    connect(m_section, &QComboBox::currentTextChanged, this, &BatchPrintDialog::recount);
    connect(m_from, &QDateEdit::dateChanged, this, &BatchPrintDialog::recount);
    connect(m_to, &QDateEdit::dateChanged, this, &BatchPrintDialog::recount);
    recount();
}

QString BatchPrintDialog::section() const
{
    return m_section->currentText().trimmed();
}

QDate BatchPrintDialog::from() const
{
    return m_from->date();
}

QDate BatchPrintDialog::to() const
{
    return m_to->date();
}

QString BatchPrintDialog::title() const
{
    return tr("Inspection records %1 %2 to %3", "section, first and last day")
        .arg(section(), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

void BatchPrintDialog::recount()
{
    m_ids.clear();
    QString text;
    if (section().isEmpty()) {
        text = tr("Choose the section.");
    } else if (from() > to()) {
        text = tr("The first day is after the last.");
    } else if (const Result<QList<qint64>> ids = InspectionQueries::forPrinting(m_db, section(), from(), to()); !ids) {
        text = ids.error().message;
    } else {
        m_ids = *ids;
        text = m_ids.isEmpty() ? tr("No finished record of %1 was inspected in these days.").arg(section())
                               : tr("%n finished record(s) will print.", nullptr, static_cast<int>(m_ids.size()));
    }
    m_count->setText(text);
    m_preview->setEnabled(!m_ids.isEmpty());
    m_savePdf->setEnabled(!m_ids.isEmpty());
}

bool BatchPrintDialog::preview()
{
    return !m_ids.isEmpty() &&
           InspectionPrinter(m_db, this).preview(InspectionDocumentKind::Report, m_ids, m_today, title());
}

bool BatchPrintDialog::savePdf()
{
    return !m_ids.isEmpty() &&
           InspectionPrinter(m_db, this).savePdf(InspectionDocumentKind::Report, m_ids, m_today, title());
}

bool BatchPrintDialog::savePdfTo(const QString &path)
{
    return !m_ids.isEmpty() &&
           InspectionPrinter(m_db, this).savePdfTo(InspectionDocumentKind::Report, m_ids, m_today, path, title());
}

} // namespace casedesk
