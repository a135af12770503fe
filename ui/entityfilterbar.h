#pragma once
// EntityFilterBar: the row above the register's list that narrows it: a
// search box (name, code, address or person; waits for a pause in the
// typing), a kind, a risk and a township to show only, and the count of
// what is shown ("共 1,234 家").

#include "listfilterbar.h"
#include "register/entityqueries.h"

class QComboBox;
class QLabel;

namespace casedesk {

class SearchField;

class EntityFilterBar : public ListFilterBar {
    Q_OBJECT

  public:
    explicit EntityFilterBar(QWidget *parent = nullptr);

    EntityFilter filter() const;
    // The townships the filter offers; keeps the chosen one while it is still offered.
    void setTownships(const QStringList &townships);
    void setCount(int count);

    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *riskFilter() const { return m_risk; }
    QComboBox *townshipFilter() const { return m_township; }
    // The widgets in keyboard order, for the page's tab chain.
    QWidget *lastFilter() const override;

  private:
    void resetFilters() override;

    QComboBox *m_kind = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_township = nullptr;
};

} // namespace casedesk
