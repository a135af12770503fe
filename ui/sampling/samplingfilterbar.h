#pragma once
// SamplingFilterBar: the rows above the sampling list that narrow it: a
// search box (batch number, enterprise, product, lab, plan; waits for a
// pause in the typing, Escape clears it), the section, the days sampled
// (from, to; either may stay empty), the result and the kind, and the count
// of what is shown.

#include "sampling/samplingqueries.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace casedesk {

class OptionalDateEdit;
class SearchField;

class SamplingFilterBar : public QWidget {
    Q_OBJECT

  public:
    explicit SamplingFilterBar(QWidget *parent = nullptr);

    SamplingFilter filter() const;
    void setSections(const QStringList &sections);
    void setCount(int count);
    void clearFilters();
    // Puts a widget (the page's tool bar) to the left of the search box.
    void setLeadingWidget(QWidget *widget);

    SearchField *searchField() const { return m_search; }
    QComboBox *sectionFilter() const { return m_section; }
    OptionalDateEdit *fromField() const { return m_from; }
    OptionalDateEdit *toField() const { return m_to; }
    QComboBox *resultFilter() const { return m_result; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *countLabel() const { return m_count; }
    QWidget *lastFilter() const;

  signals:
    void filterChanged();
    void resultsFocusRequested();

  private:
    void changed();

    bool m_quiet = false;
    SearchField *m_search = nullptr;
    QComboBox *m_section = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QHBoxLayout *m_top = nullptr;
};

} // namespace casedesk
