#pragma once
// CaseFilterBar: the rows above the case list that narrow it: a search box
// (number, title, party, facts; waits for a pause in the typing, Escape
// clears it), the stage, the section, a handler, the deadline (all, due
// within 7 days, overdue), the year and the source, and the count of what
// is shown.

#include "cases/casequeries.h"
#include "listfilterbar.h"

#include <QList>
#include <QPair>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace casedesk {

class SearchField;

class CaseFilterBar : public ListFilterBar {
    Q_OBJECT

  public:
    // What the deadline filter offers.
    enum class Due { All, Within7Days, Overdue };
    static constexpr int kSoonDays = 7;
    // The stage combo's second choice: every stage whose work is not over.
    static constexpr int kOpenStages = -2;

    explicit CaseFilterBar(QWidget *parent = nullptr);

    CaseFilter filter() const;
    // The choices read from the database; each keeps what was chosen while
    // it is still offered.
    void setSections(const QStringList &sections);
    void setHandlers(const QList<QPair<qint64, QString>> &handlers);
    void setYears(const QList<int> &years);
    void setCount(int count);

    QComboBox *stageFilter() const { return m_stage; }
    QComboBox *sectionFilter() const { return m_section; }
    QComboBox *handlerFilter() const { return m_handler; }
    QComboBox *dueFilter() const { return m_due; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *sourceFilter() const { return m_source; }
    QWidget *lastFilter() const override;

  private:
    void resetFilters() override;
    // Replaces the combo's choices after the first ("All …"), keeping the chosen one.
    void refill(QComboBox *combo, const QList<QPair<QVariant, QString>> &choices);

    QComboBox *m_stage = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_handler = nullptr;
    QComboBox *m_due = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_source = nullptr;
};

} // namespace casedesk
