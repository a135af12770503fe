#include "dutiestableparser.h"

#include "legalreferences.h"
#include "publishedtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace casedesk {

using namespace publishedtext;

namespace {

// "3", "3.", "三、" → the number as published without its punctuation; "" if
// the cell is not a duty number (merge artefacts put heading text there).
QString dutyNumber(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[（(]?\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[)）]?\\s*[、.．]?$"));
    const auto m = number.match(cell);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isTableNote(const QString &text)
{
    static const QRegularExpression note(QStringLiteral("^注\\s*[：:0-9１-９]"));
    return note.match(text).hasMatch();
}

QString withoutNoteLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^注\\s*[：:]\\s*"));
    return trimmed(QString(text).remove(label));
}

bool onlyNothing(const QStringList &texts)
{
    // A table the bureau filled with "无" (none) has no rows at all.
    bool any = false;
    for (const QString &t : texts) {
        if (t.isEmpty())
            continue;
        if (t != QStringLiteral("无") && t != QStringLiteral("-") && t != QStringLiteral("/"))
            return false;
        any = true;
    }
    return any;
}

} // namespace

std::optional<QString> DutiesTableParser::addRow(const TableColumns &columns, const QStringList &cells)
{
    QStringList texts;
    for (const QString &cell : cells)
        texts << cellText(cell);
    const auto firstFilled = std::find_if(texts.cbegin(), texts.cend(), [](const QString &t) { return !t.isEmpty(); });
    if (firstFilled == texts.cend() || onlyNothing(texts))
        return std::nullopt;
    if (isTableNote(*firstFilled)) {
        const QStringList paragraphs = cellParagraphs(cells.at(firstFilled - texts.cbegin()));
        for (const QString &p : paragraphs)
            if (const QString note = withoutNoteLabel(p); !note.isEmpty())
                m_notes << note;
        return std::nullopt;
    }

    const QString numberText = trimmed(cellText(columns.cell(cells, TableColumn::Number)));
    const QString dutyText = trimmed(cellText(columns.cell(cells, TableColumn::Duty)));
    const QString itemCell = columns.cell(cells, TableColumn::Item);
    const QString sectionsCell = columns.cell(cells, TableColumn::Sections);
    const QString remarks = cellText(columns.cell(cells, TableColumn::Remarks));
    const QString basisCell = columns.cell(cells, TableColumn::Basis);

    QString number = dutyNumber(numberText);
    const bool unnumberedDuty = numberText.isEmpty() && !dutyText.isEmpty() &&
                                (m_current < 0 || comparable(dutyText) != comparable(m_duties.at(m_current).duty.text));
    if (unnumberedDuty)
        number = QString::number(m_duties.size() + 1);
    if (!number.isEmpty()) {
        Pending *duty = dutyNumbered(number, dutyText);
        if (duty->duty.text.isEmpty())
            return QCoreApplication::translate("PublishedListReader",
                                               "main duty %1 has no text in the column of main duties")
                .arg(number);
        addItems(*duty, splitItems(itemCell), sectionsCell, remarks, QString());
        appendBasis(*duty, basisCell);
        return std::nullopt;
    }

    // A continuation row, a stray line or a merge artefact: more items of the
    // current duty.
    if (m_current < 0)
        return QCoreApplication::translate("PublishedListReader",
                                           "a responsibility item comes before the first main duty");
    Pending &duty = m_duties[m_current];
    QStringList items = splitItems(itemCell);
    if (items.isEmpty()) {
        // A stray line keeps its whole text as one item, as the page showed it.
        const QString stray = !numberText.isEmpty() ? numberText : dutyText;
        if (!stray.isEmpty())
            items << stray;
    }
    QString heading;
    const QString itemsKey = comparable(items.join(QString()));
    for (const QString &candidate : {numberText, dutyText}) {
        if (!candidate.isEmpty() && comparable(candidate) != itemsKey &&
            comparable(candidate) != comparable(duty.duty.text)) {
            heading = candidate;
            break;
        }
    }
    addItems(duty, items, sectionsCell, remarks, heading);
    appendBasis(duty, basisCell);
    return std::nullopt;
}

QList<MainDuty> DutiesTableParser::duties() const
{
    QList<MainDuty> out;
    for (const Pending &pending : m_duties) {
        MainDuty duty = pending.duty;
        duty.references = splitAccountabilityBasis(pending.basis);
        out << duty;
    }
    return out;
}

DutiesTableParser::Pending *DutiesTableParser::dutyNumbered(const QString &number, const QString &text)
{
    // Page breaks repeat a duty row with the same number: it is the same duty.
    for (qsizetype i = 0; i < m_duties.size(); ++i) {
        if (m_duties.at(i).duty.number == number) {
            m_current = i;
            Pending &existing = m_duties[i];
            if (existing.duty.text.isEmpty() && !text.isEmpty()) {
                existing.duty.text = text;
                existing.unit = unitInCharge(text);
            }
            return &existing;
        }
    }
    Pending pending;
    pending.duty.number = number;
    pending.duty.text = text;
    pending.unit = unitInCharge(text);
    m_duties << pending;
    m_current = m_duties.size() - 1;
    return &m_duties.back();
}

void DutiesTableParser::addItems(Pending &duty, const QStringList &texts, const QString &sectionsCell,
                                 const QString &remarks, const QString &heading)
{
    QStringList sections = splitSections(sectionsCell);
    if (sections.isEmpty() && !duty.unit.isEmpty())
        sections << duty.unit;
    for (const QString &text : texts) {
        const QString key = comparable(text);
        const bool known = std::any_of(duty.duty.items.cbegin(), duty.duty.items.cend(),
                                       [&](const ResponsibilityItem &item) { return comparable(item.text) == key; });
        if (known || key.isEmpty())
            continue;
        duty.duty.items << ResponsibilityItem{text, sections, trimmed(remarks), heading};
    }
}

void DutiesTableParser::appendBasis(Pending &duty, const QString &cell)
{
    const QString text = cellText(cell);
    if (text.isEmpty())
        return;
    if (duty.basis.isEmpty())
        duty.basis = text;
    else if (!endsWithTerminal(duty.basis) && !startsWithReferenceMarker(text))
        duty.basis += text; // cut mid-word by a page break: "第五十" + "条：…"
    else
        duty.basis += QLatin1Char('\n') + text;
}

QString DutiesTableParser::unitInCharge(const QString &dutyText)
{
    // "…热线管理（区质监局稽查队承担）": the unit after the bureau's own name.
    static const QRegularExpression inCharge(
        QStringLiteral("[（(]([^（）()]{2,30}?)(?:具体承担|承担|具体负责|负责|承办)[）)]\\s*[。.]?$"));
    const auto m = inCharge.match(trimmed(dutyText));
    if (!m.hasMatch())
        return QString();
    QString unit = trimmed(m.captured(1));
    const qsizetype bureau = unit.lastIndexOf(QChar(0x5C40)); // 局
    if (bureau >= 0 && bureau + 1 < unit.size())
        unit = unit.mid(bureau + 1);
    return unit;
}

} // namespace casedesk
