#pragma once
// Text rules shared by the parsers of published responsibility lists: cell
// markup, numbering, punctuation, Chinese numerals. One place, so the table
// parsers and the prose parsers agree on what "a sentence end" or "a numbered
// line" is.

#include <QString>
#include <QStringList>
#include <optional>

namespace casedesk::publishedtext {

// Trims ASCII whitespace, ideographic spaces (U+3000) and no-break spaces.
QString trimmed(const QString &text);

bool isCjk(QChar c);
bool hasParagraphMarkup(const QString &cell);
// The <p>…</p> paragraphs of a cell, or the whole cell as one paragraph;
// entities decoded, tags dropped, empty paragraphs left out.
QStringList cellParagraphs(const QString &cell);
// cellParagraphs() joined by '\n'.
QString cellText(const QString &cell);

// The items a 具体责任事项 cell lists: one per <p> paragraph; a cell without
// markup is split after each 。 and at spaces between Chinese characters
// (a space after a digit, as in "12365 质监热线", is part of the text).
QStringList splitItems(const QString &cell);

// 责任股室 cell → section names: "质量监督股、稽查股" → two sections.
QStringList splitSections(const QString &cell);

// Whether the text ends a sentence (。；：！？ or their ASCII forms, possibly
// followed by a closing quote or bracket).
bool endsWithTerminal(const QString &text);
// Text for "is this the same item?": full-width punctuation folded to ASCII,
// whitespace removed.
QString comparable(const QString &text);

// 一 … 九十九 (and 百), or -1.
int chineseNumberValue(const QString &numeral);
QString chineseNumeral(int value);
// Digits or Chinese numerals of a date part (二〇一五, 2015, 十二) → number, or -1.
int dateNumberValue(const QString &text);

// A line opening with a number label: 1、 1. （一） (二) 一、 （1）.
struct NumberedLine {
    enum class Style { Arabic, BracketedArabic, BracketedChinese, ChineseComma };
    Style style = Style::Arabic;
    int value = 0;
    QString label; // as published: "1", "（三）", "三"
    QString rest;  // the text after the label, trimmed
};
std::optional<NumberedLine> parseNumbered(const QString &line);

// A numbered reference marker: "2." "3、" "1． " before 《 or 依法.
bool startsWithReferenceMarker(const QString &text);
// A short ordinal heading such as "一、监督检查对象" or "一、 行政机关" (at most
// 20 characters, no punctuation); sets *title to the text after the ordinal.
bool isOrdinalHeading(const QString &text, QString *title);
// Appends a non-empty paragraph, separated from what is there by '\n'.
void appendParagraph(QString &to, const QString &text);

} // namespace casedesk::publishedtext
