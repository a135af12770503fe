#pragma once
// The pieces the five case documents share, in the layout of the official
// 行政处罚文书 templates, on top of DocumentHtml's page, heading, paragraphs,
// seal block and Chinese dates: the party, the provisions and penalties as
// the documents word them, the handlers and the approval opinions. The words
// are Chinese data, never translated: a document reads the same whatever
// language CaseDesk speaks. Functions ending in Text return plain text;
// the others return escaped HTML. Internal to the case documents.

#include "cases/casedocuments.h"
#include "documents/documenthtml.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk::CaseDocumentHtml {

// The generic pieces (page, header, paragraphs, seal, dates, numbers) are
// DocumentHtml's; the case documents use them under this namespace.
using DocumentHtml::blankDateText;
using DocumentHtml::cellLines;
using DocumentHtml::chineseDateText;
using DocumentHtml::chineseNumberText;
using DocumentHtml::dateText;
using DocumentHtml::esc;
using DocumentHtml::footnote;
using DocumentHtml::header;
using DocumentHtml::page;
using DocumentHtml::paragraphHtml;
using DocumentHtml::paragraphs;
using DocumentHtml::sealBlock;

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
