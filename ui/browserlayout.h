#pragma once
// BrowserLayout: what every list page (register, cases, inspections,
// sampling…) does with its splitter and table header: remember them in
// QSettings under the page's keys and put them back, and select a row of
// the table the way a clerk expects (the whole row, scrolled into view).

#include <QAbstractItemView>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QSplitter;
class QTableView;
class QWidget;

namespace casedesk {

class ListFilterBar;

class BrowserLayout {
  public:
    // `page` prefixes the settings keys: "casePage" → casePage/splitter, casePage/header.
    explicit BrowserLayout(QString page) : m_page(std::move(page)) {}

    // Puts the splitter back (or gives it `defaultSizes`) and the table
    // header's columns and sort indicator; true when a header was restored,
    // so the caller re-reads the list in the remembered order.
    bool restore(QSplitter *splitter, QTableView *table, const QList<int> &defaultSizes) const;
    void save(const QSplitter *splitter, const QTableView *table) const;

    // A list page's table the way a clerk expects it: whole rows, one at a
    // time, read-only, every row the same height (the view then never
    // measures 100,000 rows), columns that can be moved, Tab leaving the
    // table. `sortColumn` >= 0 makes the headers sort (in SQL, by the page).
    static QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                 int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder);
    // The list beside the record shown, 3 : 2, neither collapsible.
    static QSplitter *makeSplitter(QWidget *parent, const QString &objectName, QWidget *list, QWidget *detail);
    // A list page: its filter bar (with the page's tool bar to the left of
    // the search box) above the splitter; Tab goes from the last filter
    // into the table.
    static void layOutPage(QWidget *page, ListFilterBar *filters, QWidget *toolBar, QSplitter *splitter,
                           QTableView *table);
    // An action of a list page's tool bar and menu: its tip also on the status bar.
    static QAction *makeAction(QObject *parent, const QString &text, const QString &objectName, const QString &tip);
    static void selectRow(QTableView *table, int row,
                          QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);

  private:
    QString key(const char *part) const;

    QString m_page;
};

} // namespace casedesk
