#pragma once
// DocumentHtml: the pieces every printed document of CaseDesk shares (the
// case documents, the inspection report, the directive, the sampling notice,
// the draw record), in the layout of the official templates: the A4 page with
// its style sheet (the subset of CSS QTextDocument understands), the heading
// block (bureau, title, number), indented paragraphs, the seal block, and
// dates and numbers in their Chinese forms. The words are Chinese data, never
// translated: a document reads the same whatever language CaseDesk speaks.
// Functions ending in Text return plain text; the others return escaped HTML.

#include <QDate>
#include <QString>

namespace casedesk::DocumentHtml {

QString esc(const QString &text);

// A whole document: the shared style sheet, then `extraStyle` (rules of one
// kind of document), and the body.
QString page(const QString &body, const QString &extraStyle = {});
// The bureau's name, the title large and centred, the number right-aligned.
QString header(const QString &bureauName, const QString &title, const QString &number);
// One indented paragraph per line of `text` (blank lines dropped); `lead`
// starts the first one ("经查："). Empty text with a lead gives the lead alone.
QString paragraphs(const QString &text, const QString &lead = {});
// One indented paragraph of ready HTML.
QString paragraphHtml(const QString &html);
// One plain paragraph per line of `text`, for table cells.
QString cellLines(const QString &text);
// The seal position: the bureau's name with （印章） above the date
// (二〇二六年三月五日; blank "年 月 日" when the date is not set).
QString sealBlock(const QString &bureauName, const QDate &date);
// "本文书一式两份……" in small print.
QString footnote(const QString &text);

// 2026年3月5日 ('' when invalid).
QString dateText(const QDate &date);
// 二〇二六年三月五日 ('' when invalid), for the date under the seal.
QString chineseDateText(const QDate &date);
// The blank date a signer fills in by hand.
QString blankDateText();
// 一, 二 … 十, 十一 … 九十九: list numbers and periods (三日, 十五日).
QString chineseNumberText(int n);

} // namespace casedesk::DocumentHtml
