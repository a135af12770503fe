#pragma once
// ListFilterBar: what the bars above the list pages (register, cases,
// inspections, sampling) have in common: a search box that waits for a
// pause in the typing (Escape clears it; Down or Enter goes on to the
// list), the count of what is shown, one filterChanged() however many
// fields change at once, and "show everything again". Each page's bar adds
// its own filters and says how they go back to "all".

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace casedesk {

class SearchField;

class ListFilterBar : public QWidget {
    Q_OBJECT

  public:
    SearchField *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    // Shows everything again (no search, every filter at its "all" choice)
    // as one change for the list, not one per field.
    void clearFilters();
    // Puts a widget (the page's tool bar) to the left of the search box, in
    // a bar laid out with topRow().
    void setLeadingWidget(QWidget *widget);
    // The last of the bar's fields in keyboard order, for the page's tab chain.
    virtual QWidget *lastFilter() const = 0;

  signals:
    void filterChanged();
    // Down or Enter in the search box: on to the list.
    void resultsFocusRequested();

  protected:
    // `prefix` names the search box and the count ("case": caseSearch, caseCount).
    ListFilterBar(const QString &prefix, QWidget *parent);

    // The top row of a bar with its filters on a second row: room for the
    // page's tool bar, the search box, the count.
    QHBoxLayout *topRow();
    // Every filter back at its first ("all") choice; called with m_quiet set.
    virtual void resetFilters() = 0;
    // Emits filterChanged() unless the bar is changing several fields as one.
    void changed();
    // A filter drop-down whose first choice, `allText`, filters nothing.
    // The list that drops down as wide as its longest choice.
    static void fitPopup(QComboBox *combo);
    static QComboBox *makeFilterCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                      const QString &allText);

    bool m_quiet = false;
    SearchField *m_search;
    QLabel *m_count;

  private:
    QHBoxLayout *m_top = nullptr;
};

} // namespace casedesk
