#pragma once
// SamplingFilterBar: the rows above the sampling list that narrow it: a
// search box (batch number, enterprise, product, lab, plan; waits for a
// pause in the typing, Escape clears it), the section, the days sampled
// (from, to; either may stay empty), the result and the kind, and the count
// of what is shown.

#include "listfilterbar.h"
#include "sampling/samplingqueries.h"

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace casedesk {

class OptionalDateEdit;
class SearchField;

class SamplingFilterBar : public ListFilterBar {
    Q_OBJECT

  public:
    explicit SamplingFilterBar(QWidget *parent = nullptr);

    SamplingFilter filter() const;
    void setSections(const QStringList &sections);
    void setCount(int count);

    QComboBox *sectionFilter() const { return m_section; }
    OptionalDateEdit *fromField() const { return m_from; }
    OptionalDateEdit *toField() const { return m_to; }
    QComboBox *resultFilter() const { return m_result; }
    QComboBox *kindFilter() const { return m_kind; }
    QWidget *lastFilter() const override;

  private:
    void resetFilters() override;

    QComboBox *m_section = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace casedesk
