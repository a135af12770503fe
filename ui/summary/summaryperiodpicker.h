#pragma once
// SummaryPeriodPicker: the period a summary covers, as the clerk picks it:
// a year and a quarter (第一季度…第四季度), or "custom range" with two date
// edits. It owns only the widgets and the choice; ReportPeriod decides what
// a quarter or a range is and refuses a range it cannot take. The last
// choice is remembered in QSettings (restore/save).

#include "result.h"
#include "summary/reportperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace casedesk {

class SummaryPeriodPicker : public QWidget {
    Q_OBJECT

  public:
    // The quarter combo's last entry: pick the dates instead of a quarter.
    static constexpr int kCustomRange = 0;

    explicit SummaryPeriodPicker(QWidget *parent = nullptr);

    // The period chosen; refused (saying why) for a range ReportPeriod refuses.
    Result<ReportPeriod> period() const;
    void setPeriod(const ReportPeriod &period);

    // The remembered choice, or the first time the quarter before the one
    // containing `today` (the quarter just ended, which staff hand in).
    void restore(const QDate &today);
    void save() const;

    QSpinBox *yearField() const { return m_year; }
    QComboBox *quarterField() const { return m_quarter; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    bool isCustomRange() const;

  signals:
    void periodChanged();

  private:
    void updateEnabled();

    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace casedesk
