#pragma once
// The pieces the five case documents share, in the layout of the official
// 行政处罚文书 templates: the A4 page with its style sheet (the subset of CSS
// QTextDocument understands), the heading block (bureau, title, number), the
// party, the provisions and penalties as the documents word them, the
// signature and seal blocks, and dates in the two Chinese forms. The words
// are Chinese data, never translated: a document reads the same whatever
// language CaseDesk speaks. Functions ending in Text return plain text;
// the others return escaped HTML. Internal to the case documents.

#include "cases/casedocuments.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk::CaseDocumentHtml {

QString esc(const QString &text);

// A whole document: the style sheet and the body.
QString page(const QString &body);
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

// 统一社会信用代码 (or 组织机构代码 for a nine-character code) / 身份证号码.
QString codeLabelText(const CaseParty &party);
// How a letter addresses the party: 你单位 or 你.
QString youText(const CaseParty &party);
// The letter's party block: 当事人, code, 住所/住址, 法定代表人, 联系电话.
QString partyBlock(const CaseParty &party);

// 监督检查, 投诉举报 …
QString sourceText(CaseSource source);
// 从轻 / 一般 / 从重
QString tierText(DiscretionTier tier);
// 《产品质量法》第四十九条、《…》第…条 for the provisions of a role; with
// `quote`, each followed by its words in “”.
QString provisionsText(const QList<CaseProvision> &provisions, ProvisionRole role, bool quote);
// 人民币叁万元整（¥30,000.00）
QString moneyText(Money amount);
// One penalty as the decision words it, without its number:
// 罚款人民币叁万元整（¥30,000.00）; 吊销许可证（编号：XK…）…
QString penaltyText(const Penalty &penalty, const CaseDocumentData &data);
// The penalties as numbered paragraphs 一、…；二、…。 (indented in letters,
// plain in table cells).
QString penaltyList(const QList<Penalty> &penalties, const CaseDocumentData &data, bool indented = true);
// 张三（执法证号：ZF0001）、李四（执法证号：ZF0002）
QString handlersText(const QList<CaseHandler> &handlers);

// The last stage step that reached one of `stages`, or nullptr.
const CaseStep *lastStageStep(const QList<CaseStep> &steps, const QList<CaseStage> &stages);
// An opinion cell of an approval form: the step's opinion, then the signer
// and the date; blank lines to sign by hand when there is no step yet.
QString opinionCell(const CaseStep *step);

} // namespace casedesk::CaseDocumentHtml
