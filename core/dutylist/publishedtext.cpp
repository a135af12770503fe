#include "publishedtext.h"

#include <QRegularExpression>

namespace casedesk::publishedtext {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}

QString decodeEntities(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption),
                 QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("</?[a-zA-Z][^>]*>")));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Characters that may stand before a space that separates two items.
bool closesCjkRun(QChar c)
{
    return isCjk(c) || QStringLiteral("。；，、：”’」）》").contains(c);
}

bool opensCjkRun(QChar c)
{
    return isCjk(c) || QStringLiteral("“‘「（《").contains(c);
}

const QString kChineseDigits = QStringLiteral("〇一二三四五六七八九");

} // namespace

QString trimmed(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isSpace(text.at(from)))
        ++from;
    while (to > from && isSpace(text.at(to - 1)))
        --to;
    return text.mid(from, to - from);
}

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool hasParagraphMarkup(const QString &cell)
{
    return cell.contains(QLatin1String("<p>"), Qt::CaseInsensitive) ||
           cell.contains(QLatin1String("<p "), Qt::CaseInsensitive);
}

QStringList cellParagraphs(const QString &cell)
{
    QStringList out;
    if (!hasParagraphMarkup(cell)) {
        const QString t = trimmed(decodeEntities(cell));
        if (!t.isEmpty())
            out << t;
        return out;
    }
    // Text between paragraphs (rare) is kept as a paragraph of its own.
    static const QRegularExpression split(QStringLiteral("</?p(?:\\s[^>]*)?>"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &piece : cell.split(split)) {
        const QString t = trimmed(decodeEntities(piece));
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString cellText(const QString &cell)
{
    return cellParagraphs(cell).join(QLatin1Char('\n'));
}

QStringList splitItems(const QString &cell)
{
    if (hasParagraphMarkup(cell))
        return cellParagraphs(cell);
    const QString text = trimmed(decodeEntities(cell));
    QStringList out;
    QString current;
    auto flush = [&] {
        const QString t = trimmed(current);
        if (!t.isEmpty())
            out << t;
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            qsizetype j = i;
            while (j < text.size() && isSpace(text.at(j)))
                ++j;
            const bool between =
                !current.isEmpty() && j < text.size() && closesCjkRun(current.back()) && opensCjkRun(text.at(j));
            if (between)
                flush();
            else
                current += text.mid(i, j - i);
            i = j - 1;
            continue;
        }
        current += c;
        if (c == QChar(0x3002)) // 。 ends an item unless a closing quote follows
            if (i + 1 >= text.size() || !QStringLiteral("”’」）)").contains(text.at(i + 1)))
                flush();
    }
    flush();
    return out;
}

QStringList splitSections(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;/／\\s\\x{3000}]+"));
    QStringList out;
    for (const QString &part : cellText(cell).split(separators, Qt::SkipEmptyParts)) {
        const QString t = trimmed(part);
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

bool endsWithTerminal(const QString &text)
{
    QString t = trimmed(text);
    while (!t.isEmpty() && QStringLiteral("”’」』）)\"'").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringLiteral("。；：！？;:!?").contains(t.back());
}

QString comparable(const QString &text)
{
    static const QString wide = QStringLiteral("，；：（）！？“”‘’。、《》【】");
    static const QString narrow = QStringLiteral(",;:()!?\"\"''..<>[]");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isSpace(c))
            continue;
        const qsizetype at = wide.indexOf(c);
        out += at >= 0 ? narrow.at(at) : c;
    }
    return out;
}

int chineseNumberValue(const QString &numeral)
{
    if (numeral.isEmpty())
        return -1;
    int total = 0;
    int digit = -1;
    for (const QChar c : numeral) {
        const qsizetype d = kChineseDigits.indexOf(c);
        if (d >= 0 || c == QChar(0x96F6) /* 零 */ || c == QChar(0x4E24) /* 两 */) {
            digit = d >= 0 ? int(d) : (c == QChar(0x4E24) ? 2 : 0);
        } else if (c == QChar(0x5341)) { // 十
            total += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
        } else if (c == QChar(0x767E)) { // 百
            total += (digit < 0 ? 1 : digit) * 100;
            digit = -1;
        } else {
            return -1;
        }
    }
    return total + (digit < 0 ? 0 : digit);
}

QString chineseNumeral(int value)
{
    if (value <= 0 || value >= 100)
        return QString::number(value);
    const int tens = value / 10;
    const int units = value % 10;
    QString out;
    if (tens > 1)
        out += kChineseDigits.at(tens);
    if (tens > 0)
        out += QChar(0x5341);
    if (units > 0)
        out += kChineseDigits.at(units);
    return out;
}

int dateNumberValue(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    // 二〇一五: digit by digit; 十二 / 二十二: as a numeral.
    if (text.size() >= 3 && !text.contains(QChar(0x5341))) {
        int value = 0;
        for (const QChar c : text) {
            qsizetype d = kChineseDigits.indexOf(c);
            if (c == QChar(0x96F6))
                d = 0;
            if (d < 0)
                return -1;
            value = value * 10 + int(d);
        }
        return value;
    }
    return chineseNumberValue(text);
}

std::optional<NumberedLine> parseNumbered(const QString &line)
{
    static const QRegularExpression bracketed(
        QStringLiteral("^([（(]\\s*([一二三四五六七八九十百]+|\\d{1,3})\\s*[)）])\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression arabic(QStringLiteral("^(\\d{1,3})\\s*[、.．](?!\\d)\\s*(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression chinese(QStringLiteral("^([一二三四五六七八九十]+)\\s*[、.．]\\s*(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString text = trimmed(line);
    NumberedLine out;
    if (const auto m = bracketed.match(text); m.hasMatch()) {
        const QString number = m.captured(2);
        const bool digits = number.at(0).isDigit();
        out.style = digits ? NumberedLine::Style::BracketedArabic : NumberedLine::Style::BracketedChinese;
        out.value = digits ? number.toInt() : chineseNumberValue(number);
        out.label = m.captured(1).remove(QLatin1Char(' '));
        out.rest = trimmed(m.captured(3));
        return out;
    }
    if (const auto m = arabic.match(text); m.hasMatch()) {
        out.style = NumberedLine::Style::Arabic;
        out.value = m.captured(1).toInt();
        out.label = m.captured(1);
        out.rest = trimmed(m.captured(2));
        return out;
    }
    if (const auto m = chinese.match(text); m.hasMatch()) {
        out.style = NumberedLine::Style::ChineseComma;
        out.value = chineseNumberValue(m.captured(1));
        out.label = m.captured(1);
        out.rest = trimmed(m.captured(2));
        return out;
    }
    return std::nullopt;
}

bool startsWithReferenceMarker(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^\\d{1,2}\\s*[.、．]\\s*(?:《|依法)"));
    return marker.match(trimmed(text)).hasMatch();
}

bool isOrdinalHeading(const QString &text, QString *title)
{
    static const QRegularExpression heading(QStringLiteral("^[一二三四五六七八九十]+\\s*[、.．]\\s*(\\S.{0,19})$"));
    static const QRegularExpression punctuation(QStringLiteral("[，。；：,;:！？]"));
    const auto m = heading.match(text);
    if (!m.hasMatch() || m.captured(1).contains(punctuation))
        return false;
    *title = trimmed(m.captured(1));
    return true;
}

void appendParagraph(QString &to, const QString &text)
{
    if (text.isEmpty())
        return;
    to = to.isEmpty() ? text : to + QLatin1Char('\n') + text;
}

} // namespace casedesk::publishedtext
