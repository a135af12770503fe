#include "summaryperiodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace casedesk {

namespace {
const char *const kYearKey = "summaryPage/year";
const char *const kQuarterKey = "summaryPage/quarter"; // 1..4, 0 = custom range
const char *const kFromKey = "summaryPage/from";
const char *const kToKey = "summaryPage/to";

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    // ReportPeriod::range takes the years 2000..2999.
    edit->setDateRange(QDate(2000, 1, 1), QDate(2999, 12, 31));
    return edit;
}
} // namespace

SummaryPeriodPicker::SummaryPeriodPicker(QWidget *parent) : QWidget(parent)
{
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("summaryYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2999);
    m_year->setValue(QDate::currentDate().year());

    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("summaryQuarter"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_quarter->addItem(tr("First quarter"), 1);
    m_quarter->addItem(tr("Second quarter"), 2);
    m_quarter->addItem(tr("Third quarter"), 3);
    m_quarter->addItem(tr("Fourth quarter"), 4);
    m_quarter->addItem(tr("Custom range"), kCustomRange);

    m_from = makeDateEdit(this, QStringLiteral("summaryFrom"), tr("From"));
    m_to = makeDateEdit(this, QStringLiteral("summaryTo"), tr("To"));

    auto *yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    auto *quarterLabel = new QLabel(tr("&Quarter"), this);
    quarterLabel->setBuddy(m_quarter);
    auto *fromLabel = new QLabel(tr("Fr&om"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{yearLabel, m_year, quarterLabel, m_quarter, fromLabel, m_from, toLabel, m_to})
        layout->addWidget(widget);

    setTabOrder(m_year, m_quarter);
    setTabOrder(m_quarter, m_from);
    setTabOrder(m_from, m_to);
    setFocusProxy(m_year);

    // Picking a quarter shows its dates, so switching to a custom range starts from them.
    const auto quarterChosen = [this] {
        if (!isCustomRange()) {
            const ReportPeriod quarter = ReportPeriod::ofQuarter(m_year->value(), m_quarter->currentData().toInt());
            const QSignalBlocker fromBlocker(m_from);
            const QSignalBlocker toBlocker(m_to);
            m_from->setDate(quarter.from);
            m_to->setDate(quarter.to);
        }
        updateEnabled();
        emit periodChanged();
    };
    connect(m_year, &QSpinBox::valueChanged, this, quarterChosen);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, quarterChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &SummaryPeriodPicker::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &SummaryPeriodPicker::periodChanged);
    quarterChosen();
}

bool SummaryPeriodPicker::isCustomRange() const
{
    return m_quarter->currentData().toInt() == kCustomRange;
}

void SummaryPeriodPicker::updateEnabled()
{
    m_year->setEnabled(!isCustomRange());
    m_from->setEnabled(isCustomRange());
    m_to->setEnabled(isCustomRange());
}

Result<ReportPeriod> SummaryPeriodPicker::period() const
{
    if (isCustomRange())
        return ReportPeriod::range(m_from->date(), m_to->date());
    return ReportPeriod::ofQuarter(m_year->value(), m_quarter->currentData().toInt());
}

void SummaryPeriodPicker::setPeriod(const ReportPeriod &period)
{
    if (period.isQuarter()) {
        m_year->setValue(period.year);
        m_quarter->setCurrentIndex(m_quarter->findData(period.quarter));
        return;
    }
    m_quarter->setCurrentIndex(m_quarter->findData(kCustomRange));
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void SummaryPeriodPicker::restore(const QDate &today)
{
    const QSettings settings;
    const int quarter = settings.value(QLatin1String(kQuarterKey), -1).toInt();
    if (quarter >= 1 && quarter <= 4) {
        setPeriod(ReportPeriod::ofQuarter(settings.value(QLatin1String(kYearKey), today.year()).toInt(), quarter));
        return;
    }
    if (quarter == kCustomRange) {
        const auto range = ReportPeriod::range(settings.value(QLatin1String(kFromKey)).toDate(),
                                               settings.value(QLatin1String(kToKey)).toDate());
        if (range) {
            setPeriod(*range);
            return;
        }
    }
    // The first time: the quarter just ended, the one staff hand in.
    setPeriod(ReportPeriod::containing(today).previous());
}

void SummaryPeriodPicker::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kQuarterKey), m_quarter->currentData().toInt());
    settings.setValue(QLatin1String(kYearKey), m_year->value());
    settings.setValue(QLatin1String(kFromKey), m_from->date());
    settings.setValue(QLatin1String(kToKey), m_to->date());
}

} // namespace casedesk
