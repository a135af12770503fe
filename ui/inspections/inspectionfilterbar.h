#pragma once
// InspectionFilterBar: the rows above the inspection list that narrow it:
// whose records (mine: those the signed-in person took part in; my
// section's; all), the period (this month, last month, this year, a range
// of days), the kind, the domain, the status, only open follow-ups, and a
// search box (number, unit, code, findings, inspectors; waits for a pause
// in the typing, Escape clears it), with the count of what is shown. The
// choices are remembered between sessions (QSettings), the search is not.

#include "inspections/inspectionqueries.h"
#include "listfilterbar.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;

namespace casedesk {

class SearchField;

class InspectionFilterBar : public ListFilterBar {
    Q_OBJECT

  public:
    enum class Scope { Mine, Section, All };
    enum class Period { AllDates, ThisMonth, LastMonth, ThisYear, Range };

    explicit InspectionFilterBar(QWidget *parent = nullptr);

    // Whose records "mine" and "my section" mean; without a section the
    // section scope is not offered.
    void setPerson(qint64 staffId, const QString &section);
    // The day the periods count from (invalid: the current date).
    void setToday(const QDate &today);
    QDate today() const;

    InspectionFilter filter() const;
    Scope scope() const;
    Period period() const;
    void setScope(Scope scope);
    void setPeriod(Period period);
    // Sets a custom range of days.
    void setRange(const QDate &from, const QDate &to);
    void setCount(int count);

    void saveState() const;
    void restoreState();

    QComboBox *scopeFilter() const { return m_scope; }
    QComboBox *periodFilter() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *domainFilter() const { return m_domain; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *followUpFilter() const { return m_followUp; }
    QWidget *lastFilter() const override;

  private:
    void resetFilters() override;
    void scopeChosen();
    void showRange();
    std::pair<QDate, QDate> periodDates() const;

    qint64 m_staffId = 0;
    QString m_section;
    QDate m_today;
    QComboBox *m_scope = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_followUp = nullptr;
};

} // namespace casedesk
