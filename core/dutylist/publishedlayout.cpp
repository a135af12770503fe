#include "publishedlayout.h"

#include "publishedtext.h"

#include <QRegularExpression>

namespace casedesk {

using publishedtext::trimmed;

namespace {

bool isCellLine(const QString &line)
{
    return line.startsWith(QLatin1Char('\t')) && line.indexOf(QLatin1Char('\t'), 1) < 0;
}

bool isBlank(const QString &line)
{
    return trimmed(line).isEmpty();
}

// "一、部门主要职责.....	(1)": leader dots (or a tab) before a page number.
bool looksLikeTocEntry(const QString &line)
{
    static const QRegularExpression entry(
        QStringLiteral("(?:\\.{3,}|…{2,}|·{3,}|-{4,})\\s*[（(]?\\d+[)）]?\\s*$|\\t\\s*[（(]\\d+[)）]\\s*$"));
    return entry.match(line).hasMatch();
}

} // namespace

PublishedLayout::Kind PublishedLayout::detect(const QStringList &lines)
{
    // Runs of TAB-led single-cell lines only occur in the cell-per-line layout;
    // a tab-rows document has at most a stray one.
    int run = 0;
    for (const QString &line : lines) {
        run = isCellLine(line) ? run + 1 : 0;
        if (run >= 3)
            return Kind::CellPerLine;
    }
    return Kind::TabRows;
}

QList<LayoutBlock> PublishedLayout::read(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.startsWith(QChar(0xFEFF)))
        normalised.remove(0, 1);
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    const QList<bool> skip = tableOfContents(lines);
    if (detect(lines) == Kind::CellPerLine)
        return readCellPerLine(lines, skip);
    return readTabRows(lines, skip);
}

QList<bool> PublishedLayout::tableOfContents(const QStringList &lines)
{
    // A contents block is a run of non-blank lines with several entries; its
    // unnumbered entries (a part without its own page) go with it. A lone
    // entry (contents spaced out with blank lines) goes on its own.
    QList<bool> skip(lines.size(), false);
    qsizetype start = 0;
    while (start < lines.size()) {
        if (isBlank(lines.at(start))) {
            ++start;
            continue;
        }
        qsizetype end = start;
        int entries = 0;
        while (end < lines.size() && !isBlank(lines.at(end))) {
            if (!isCellLine(lines.at(end)) && looksLikeTocEntry(lines.at(end)))
                ++entries;
            ++end;
        }
        for (qsizetype i = start; i < end; ++i)
            skip[i] = entries >= 2 || (!isCellLine(lines.at(i)) && looksLikeTocEntry(lines.at(i)));
        start = end;
    }
    return skip;
}

QList<LayoutBlock> PublishedLayout::readTabRows(const QStringList &lines, const QList<bool> &skip)
{
    QList<LayoutBlock> blocks;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (skip.at(i) || isBlank(line))
            continue;
        LayoutBlock block;
        block.line = int(i + 1);
        if (line.contains(QLatin1Char('\t'))) {
            block.row = true;
            for (const QString &cell : line.split(QLatin1Char('\t')))
                block.cells << trimmed(cell);
        } else {
            block.text = line;
        }
        blocks << block;
    }
    return blocks;
}

QList<LayoutBlock> PublishedLayout::readCellPerLine(const QStringList &lines, const QList<bool> &skip)
{
    QList<LayoutBlock> blocks;
    LayoutBlock row;
    auto flushRow = [&] {
        if (row.row)
            blocks << row;
        row = LayoutBlock();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (skip.at(i))
            continue;
        if (line.startsWith(QLatin1Char('\t'))) {
            if (!row.row) {
                row.row = true;
                row.line = int(i + 1);
            }
            // A stray second tab inside a cell line is not a cell boundary here.
            row.cells << trimmed(QString(line.mid(1)).replace(QLatin1Char('\t'), QLatin1Char(' ')));
            continue;
        }
        flushRow();
        if (isBlank(line))
            continue;
        LayoutBlock prose;
        prose.line = int(i + 1);
        prose.text = line;
        blocks << prose;
    }
    flushRow();
    rejoinSplitRows(blocks);
    return blocks;
}

void PublishedLayout::rejoinSplitRows(QList<LayoutBlock> &blocks)
{
    // The first row after prose is a table's header and fixes its width. A
    // row short of cells followed by a row that fits into the gap is one row
    // whose last cell(s) the conversion pushed past blank lines.
    qsizetype width = 0;
    bool afterProse = true;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (!blocks.at(i).row) {
            afterProse = true;
            continue;
        }
        if (afterProse) {
            width = blocks.at(i).cells.size();
            afterProse = false;
            continue;
        }
        while (blocks.at(i).cells.size() < width && i + 1 < blocks.size() && blocks.at(i + 1).row &&
               blocks.at(i).cells.size() + blocks.at(i + 1).cells.size() <= width) {
            const QStringList pushed = blocks.at(i + 1).cells;
            blocks[i].cells << pushed;
            blocks.removeAt(i + 1);
        }
    }
}

} // namespace casedesk
