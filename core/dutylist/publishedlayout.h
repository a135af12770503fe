#pragma once
// PublishedLayout turns the plain text of a published list into one uniform
// sequence of table rows and prose lines, whichever of the known text layouts
// the document was converted to:
//  - tab rows: one table row per line, cells split by TAB (<p> markup kept in
//    the cells for the table parsers to read);
//  - cell per line: every cell on its own TAB-led line, rows separated by a
//    blank line, a row's last cell sometimes pushed past extra blank lines.
// The table of contents is dropped here so nobody downstream mistakes its
// entries for headings or rows.

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

struct LayoutBlock {
    int line = 0;      // 1-based line in the document (first cell for a row)
    bool row = false;  // a table row, else a prose line
    QStringList cells; // the row's cells, trimmed, markup untouched
    QString text;      // the prose line as written (indentation kept)
};

class PublishedLayout {
  public:
    enum class Kind { TabRows, CellPerLine };

    static Kind detect(const QStringList &lines);
    // Blank prose lines are left out.
    static QList<LayoutBlock> read(const QString &text);

  private:
    static QList<bool> tableOfContents(const QStringList &lines);
    static QList<LayoutBlock> readTabRows(const QStringList &lines, const QList<bool> &skip);
    static QList<LayoutBlock> readCellPerLine(const QStringList &lines, const QList<bool> &skip);
    static void rejoinSplitRows(QList<LayoutBlock> &blocks);
};

} // namespace casedesk
