#pragma once
// The pieces the inspection documents share, on top of DocumentHtml: the
// bordered form tables, the inspection kind, domain and outcomes as the
// documents word them, the inspectors with the certificate the domain
// needs, and the style rules of these documents (the draft mark, the
// checklist). Chinese data, never translated. Internal to the inspection
// documents.

#include "documents/documenthtml.h"
#include "inspections/inspection.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk::InspectionDocumentHtml {

using DocumentHtml::blankDateText;
using DocumentHtml::cellLines;
using DocumentHtml::chineseDateText;
using DocumentHtml::chineseNumberText;
using DocumentHtml::dateText;
using DocumentHtml::esc;
using DocumentHtml::footnote;
using DocumentHtml::header;
using DocumentHtml::paragraphHtml;
using DocumentHtml::paragraphs;
using DocumentHtml::sealBlock;

// DocumentHtml::page with the inspection documents' own style rules.
QString page(const QString &body);

// A bordered form table (10.5 pt), rows of cells. `extraClass` adds a class
// (e.g. "small" for the draw record's long lists).
QString table(const QString &rows, const QString &extraClass = {});
QString row(const QString &cells);
// A cell of ready HTML; `width` ("15%") only for single-column cells.
QString cell(const QString &html, const QString &width = {}, int colspan = 1, int rowspan = 1, const QString &cls = {});
// A centred label cell of plain text; a '\n' breaks a long label where it
// reads well (统一社会\n信用代码) rather than where the column ends.
QString label(const QString &text, const QString &width = {}, int rowspan = 1);
// A bold heading line above a table (检查内容及结果).
QString heading(const QString &text);
// One indented paragraph of plain text in 10.5 pt (the notice's rights, the
// draw record's method).
QString smallParagraph(const QString &text);

// 执法证号, or 特种设备安全监察员证号 in the special_equipment domain.
QString certificateLabelText(const QString &domain);
// The same broken for a narrow label column (特种设备安全\n监察员证号).
QString certificateLabelLines(const QString &domain);
// 张三（执法证号：ZF0001）、李四（执法证号：ZF0002）
QString inspectorsText(const QList<InspectionInspector> &inspectors, const QString &domain);
// 张三、李四
QString inspectorNamesText(const QList<InspectionInspector> &inspectors);
// 日常检查, 专项检查（2026年电梯安全专项检查）, 重点时段检查（…）, 举报核查, 复查.
QString kindText(const Inspection &record);
// 特种设备, 计量 … ('' for none).
QString domainText(const QString &code);
// ☑符合 / ☒不符合 / 不适用, blank when not checked (filled in by hand).
QString checkResultText(CheckResult result);
// What was done, one sentence per outcome in the record's order:
// 责令于2026年3月20日前改正并复查; 下达特种设备安全监察指令书（…）; …
QStringList outcomeTexts(const Inspection &record);
// The local day a stored UTC timestamp (2026-03-05T02:00:00.000Z) falls on.
QDate dayOf(const QString &timestamp);

} // namespace casedesk::InspectionDocumentHtml
