// 监督检查记录: the inspection report as the bureau files it — the heading
// with the record number (and the version with its correction reason once
// corrected; a grey 草稿 line while a draft), a bordered form with the unit,
// the day, place and kind, the basis (the supervision system and the
// responsibility items) and the inspectors with their certificates, the
// checklist as a table with a result per point, the findings and what was
// done, the signatures (or the noted refusal to sign) and the note that the
// record is archived and open to the public.
#include "inspections/inspectiondocumenthtml.h"
#include "inspections/inspectiondocumentrenderers.h"

namespace casedesk::InspectionDocumentRenderers {

using namespace InspectionDocumentHtml;

namespace {

// The form's columns: label, sub-label, value, sub-label, value.
// Wide enough for 检查发现的问题 and an 18-character credit code on one
// line each; the long sub-labels break where they read well.
const QString kW[] = {QStringLiteral("17%"), QStringLiteral("14%"), QStringLiteral("29%"), QStringLiteral("16%"),
                      QStringLiteral("24%")};

// A row with its label and one value across the other four columns.
QString wideRow(const QString &labelText, const QString &valueHtml)
{
    return row(label(labelText, kW[0]) + cell(valueHtml, {}, 4));
}

QString unitRows(const InspectedUnit &unit)
{
    return row(label(QStringLiteral("被检查单位"), kW[0], 4) + label(QStringLiteral("名称"), kW[1]) +
               cell(esc(unit.name), {}, 3)) +
           row(label(QStringLiteral("统一社会\n信用代码"), kW[1]) + cell(esc(unit.code), kW[2]) +
               label(QStringLiteral("法定代表人\n（负责人）"), kW[3]) + cell(esc(unit.legalRepresentative), kW[4])) +
           row(label(QStringLiteral("地址"), kW[1]) + cell(esc(unit.address), {}, 3)) +
           row(label(QStringLiteral("联系人"), kW[1]) + cell(esc(unit.contactPerson), kW[2]) +
               label(QStringLiteral("联系电话"), kW[3]) + cell(esc(unit.phone), kW[4]));
}

QString basisHtml(const Inspection &r, const QStringList &itemTexts)
{
    QString text;
    if (!r.systemTitle.trimmed().isEmpty())
        text += QStringLiteral("事中事后监管制度：") + r.systemTitle.trimmed() + QLatin1Char('\n');
    for (int i = 0; i < itemTexts.size(); ++i)
        text += QStringLiteral("责任事项") + (itemTexts.size() > 1 ? chineseNumberText(i + 1) : QString()) +
                QStringLiteral("：") + itemTexts.at(i).simplified() + QLatin1Char('\n');
    return cellLines(text);
}

QString inspectorRows(const Inspection &r)
{
    if (r.inspectors.isEmpty())
        return wideRow(QStringLiteral("执法人员"), {});
    QString rows;
    for (int i = 0; i < r.inspectors.size(); ++i) {
        const InspectionInspector &inspector = r.inspectors.at(i);
        QString cells = i == 0 ? label(QStringLiteral("执法人员"), kW[0], int(r.inspectors.size())) : QString();
        cells += label(QStringLiteral("姓名"), kW[1]) +
                 cell(esc(inspector.name.isEmpty() ? inspector.login : inspector.name), kW[2]) +
                 label(certificateLabelLines(r.domain), kW[3]) + cell(esc(inspector.certificateNumber), kW[4]);
        rows += row(cells);
    }
    return rows;
}

QString formTable(const InspectionDocumentData &data)
{
    const Inspection &r = data.inspection;
    QString rows = unitRows(r.unit);
    rows += row(label(QStringLiteral("检查时间"), kW[0]) + cell(esc(dateText(r.inspectedOn)), {}, 2) +
                label(QStringLiteral("检查类别"), kW[3]) + cell(esc(kindText(r)), kW[4]));
    rows += wideRow(QStringLiteral("检查地点"), esc(r.place.trimmed().isEmpty() ? r.unit.address : r.place.trimmed()));
    if (!r.equipmentLabel.trimmed().isEmpty())
        rows += wideRow(QStringLiteral("检查设备"), esc(r.equipmentLabel.trimmed()));
    rows += wideRow(QStringLiteral("检查依据"), basisHtml(r, data.itemTexts));
    rows += inspectorRows(r);
    return table(rows);
}

// The checklist: 序号, 检查内容, 结果, 备注 (a header row, repeated on each
// page a long checklist runs over); a group's heading as a row of its own.
QString checklistTable(const QList<CheckPoint> &points)
{
    QString rows = QStringLiteral("<thead>\n%1</thead>\n")
                       .arg(row(label(QStringLiteral("序号"), QStringLiteral("9%")) +
                                label(QStringLiteral("检查内容"), QStringLiteral("55%")) +
                                label(QStringLiteral("结果"), QStringLiteral("14%")) +
                                label(QStringLiteral("备注"), QStringLiteral("22%"))));
    QString group;
    for (int i = 0; i < points.size(); ++i) {
        const CheckPoint &p = points.at(i);
        if (p.group.trimmed() != group) {
            group = p.group.trimmed();
            if (!group.isEmpty())
                rows += row(cell(esc(group), {}, 4, 1, QStringLiteral("group")));
        }
        const QString number = p.label.trimmed().isEmpty() ? QString::number(i + 1) : p.label.trimmed();
        // Top-aligned: a point running over a page break keeps its number
        // and result with its first line, clear of the header repeated above
        // the rest.
        rows += row(cell(esc(number), QStringLiteral("9%"), 1, 1, QStringLiteral("point")) +
                    cell(cellLines(p.text), QStringLiteral("55%"), 1, 1, QStringLiteral("tall")) +
                    cell(esc(checkResultText(p.result)), QStringLiteral("14%"), 1, 1, QStringLiteral("point")) +
                    cell(cellLines(p.note), QStringLiteral("22%"), 1, 1, QStringLiteral("tall")));
    }
    if (points.isEmpty())
        rows += row(cell(esc(QStringLiteral("（无检查项目）")), {}, 4));
    return table(rows);
}

// 一、…；二、…。 (one line alone needs no number).
QString numberedLines(const QStringList &lines)
{
    if (lines.size() == 1)
        return cellLines(lines.first() + QStringLiteral("。"));
    QString text;
    for (int i = 0; i < lines.size(); ++i)
        text += chineseNumberText(i + 1) + QStringLiteral("、") + lines.at(i) +
                (i + 1 == lines.size() ? QStringLiteral("。") : QStringLiteral("；")) + QLatin1Char('\n');
    return cellLines(text);
}

QString resultTable(const Inspection &r)
{
    const QString findings = r.findings.trimmed().isEmpty() ? QStringLiteral("无") : r.findings;
    return table(wideRow(QStringLiteral("检查发现的问题"), cellLines(findings)) +
                 wideRow(QStringLiteral("处理措施"), numberedLines(outcomeTexts(r))));
}

// Each inspector signs with the day; the unit's responsible person signs, or
// the refusal is noted with its circumstances.
QString signatureTable(const Inspection &r)
{
    const QString day = r.inspectedOn.isValid() ? dateText(r.inspectedOn) : blankDateText();
    // Two lines of room to sign by hand.
    const QString blank = QStringLiteral("<p>&nbsp;</p>\n<p>&nbsp;</p>\n");
    QString rows;
    const int n = int(r.inspectors.size());
    for (int i = 0; i < n; ++i) {
        const InspectionInspector &inspector = r.inspectors.at(i);
        rows += row((i == 0 ? label(QStringLiteral("执法人员签名"), kW[0], n) : QString()) +
                    cell(esc(inspector.name.isEmpty() ? inspector.login : inspector.name), kW[1], 1, 1,
                         QStringLiteral("center")) +
                    cell(blank, kW[2]) + label(QStringLiteral("日期"), kW[3]) + cell(esc(day), kW[4]));
    }
    const QString unitLabel = QStringLiteral("被检查单位负责人签名");
    if (r.unitRefusedToSign) {
        QString text = QStringLiteral("被检查单位负责人拒绝签字。");
        if (!r.refusalNote.trimmed().isEmpty())
            text += QLatin1Char('\n') + r.refusalNote.trimmed();
        text +=
            QLatin1Char('\n') + QStringLiteral("执法人员%1在场见证，%2。").arg(inspectorNamesText(r.inspectors), day);
        rows += row(label(unitLabel, kW[0]) + cell(cellLines(text), {}, 4));
    } else {
        rows +=
            row(label(unitLabel, kW[0]) + cell(esc(r.unitSignatory.trimmed()), kW[1], 1, 1, QStringLiteral("center")) +
                cell(blank, kW[2]) + label(QStringLiteral("日期"), kW[3]) + cell(esc(day), kW[4]));
    }
    return table(rows);
}

} // namespace

QString report(const InspectionDocumentData &data)
{
    const Inspection &r = data.inspection;
    QString body;
    if (r.status == InspectionStatus::Draft)
        body += QStringLiteral("<p class=\"draft\">草　稿（尚未完成，不作为正式记录）</p>\n");
    QString number = QStringLiteral("编号：") + documentNumber(InspectionDocumentKind::Report, data);
    if (r.version > 1)
        number += QStringLiteral("（第%1版）").arg(r.version);
    body += header(data.bureauName, documentTitle(InspectionDocumentKind::Report), number);
    if (r.version > 1)
        body += QStringLiteral("<p class=\"version\">本记录为第%1版，更正原因：%2</p>\n")
                    .arg(r.version)
                    .arg(esc(r.correctionReason.trimmed()));
    body += formTable(data);
    body += heading(QStringLiteral("检查内容及结果"));
    body += checklistTable(r.checklist);
    // The tables' own labels head what follows: a heading of its own could
    // be left alone at the foot of a page.
    body += resultTable(r);
    body += signatureTable(r);
    body +=
        footnote(QStringLiteral("告知：本记录由%1归档保存，并依法向社会公开，公众可以查阅。")
                     .arg(data.bureauName.trimmed().isEmpty() ? QStringLiteral("本局") : data.bureauName.trimmed()));
    return page(body);
}

} // namespace casedesk::InspectionDocumentRenderers
