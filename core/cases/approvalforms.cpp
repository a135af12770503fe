// 立案审批表 and 结案审批表: bordered five-column tables, as the printed
// forms are — a label column, then the values (some rows split into
// sub-label/value pairs). Opinions recorded in CaseDesk (the bureau head's
// approval of filing and of closing) print with the signer and the date;
// the handlers' and the section's opinions are signed on paper, so their
// cells keep blank lines to sign.
#include "cases/casedocumenthtml.h"
#include "cases/casedocumentrenderers.h"
#include "cases/statutoryclock.h"

#include <QStringList>

namespace casedesk::CaseDocumentRenderers {

using namespace CaseDocumentHtml;

namespace {

// Column widths: label, sub-label, value, sub-label, value.
const char *const kWidths[] = {"15%", "15%", "27%", "15%", "28%"};

QString cell(const QString &html, int column, int colspan = 1, int rowspan = 1, const QString &cls = {})
{
    QString attrs;
    if (colspan == 1)
        attrs += QStringLiteral(" width=\"%1\"").arg(QLatin1String(kWidths[column]));
    if (colspan > 1)
        attrs += QStringLiteral(" colspan=\"%1\"").arg(colspan);
    if (rowspan > 1)
        attrs += QStringLiteral(" rowspan=\"%1\"").arg(rowspan);
    if (!cls.isEmpty())
        attrs += QStringLiteral(" class=\"%1\"").arg(cls);
    return QStringLiteral("<td%1>%2</td>").arg(attrs, html);
}

QString label(const QString &text, int column = 0, int rowspan = 1)
{
    return cell(esc(text), column, 1, rowspan, QStringLiteral("label"));
}

QString row(const QString &cells)
{
    return QStringLiteral("<tr>%1</tr>\n").arg(cells);
}

// A row with its label and one value across the other four columns.
QString wideRow(const QString &labelText, const QString &valueHtml, bool tall = false)
{
    return row(label(labelText) + cell(valueHtml, 1, 4, 1, tall ? QStringLiteral("tall") : QString()));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table class=\"form\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\""
                          " style=\"border-collapse: collapse; border-style: solid; border-color: #000000;\">\n"
                          "%1</table>\n")
        .arg(rows);
}

QString partyRows(const CaseParty &party)
{
    if (party.kind == PartyKind::Person)
        return row(label(QStringLiteral("当事人"), 0, 3) + label(QStringLiteral("姓名"), 1) + cell(esc(party.name), 2) +
                   label(QStringLiteral("联系电话"), 3) + cell(esc(party.phone), 4)) +
               row(label(codeLabelText(party), 1) + cell(esc(party.code), 2, 3)) +
               row(label(QStringLiteral("住址"), 1) + cell(esc(party.address), 2, 3));
    return row(label(QStringLiteral("当事人"), 0, 3) + label(QStringLiteral("名称"), 1) + cell(esc(party.name), 2, 3)) +
           row(label(codeLabelText(party), 1) + cell(esc(party.code), 2) + label(QStringLiteral("法定代表人"), 3) +
               cell(esc(party.representative), 4)) +
           row(label(QStringLiteral("住所"), 1) + cell(esc(party.address), 2) + label(QStringLiteral("联系电话"), 3) +
               cell(esc(party.phone), 4));
}

QString handlerRows(const QList<CaseHandler> &handlers)
{
    if (handlers.isEmpty())
        return wideRow(QStringLiteral("承办人"), {});
    QString rows;
    for (int i = 0; i < handlers.size(); ++i) {
        const CaseHandler &h = handlers.at(i);
        QString cells = i == 0 ? label(QStringLiteral("承办人"), 0, int(handlers.size())) : QString();
        cells += label(QStringLiteral("姓名"), 1) + cell(esc(h.name.isEmpty() ? h.login : h.name), 2) +
                 label(QStringLiteral("执法证号"), 3) + cell(esc(h.certificateNumber), 4);
        rows += row(cells);
    }
    return rows;
}

QString itemsHtml(const QList<CaseItem> &items)
{
    QString text;
    for (int i = 0; i < items.size(); ++i)
        text +=
            (items.size() > 1 ? QStringLiteral("%1. ").arg(i + 1) : QString()) + items.at(i).text + QLatin1Char('\n');
    return cellLines(text);
}

QString sourceHtml(const EnforcementCase &c)
{
    QString text = sourceText(c.source);
    if (!c.sourceDetail.trimmed().isEmpty())
        text += QStringLiteral("（") + c.sourceDetail.trimmed() + QStringLiteral("）");
    return esc(text);
}

QString stopKindText(ClockStopKind kind)
{
    switch (kind) {
    case ClockStopKind::Hearing:
        return QStringLiteral("听证");
    case ClockStopKind::Testing:
        return QStringLiteral("检测、检验、检疫、技术鉴定");
    case ClockStopKind::PublicNotice:
        return QStringLiteral("公告");
    }
    return {};
}

// The statutory clock's basis in the document's words: the figures are
// StatutoryClock's (ClockState: base due date, stopped days, due date), the
// wording Chinese whatever language CaseDesk speaks (ClockState::basis is in
// the user's language).
QString clockHtml(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const ClockState &clock = data.clock;
    const QString months = chineseNumberText(StatutoryClock::kDecisionMonths);
    if (clock.phase == ClockState::Phase::NotStarted || !c.filedOn.isValid())
        return QStringLiteral("<p>自立案之日起%1个月内作出处理决定。</p>\n").arg(months);
    QStringList lines;
    lines << QStringLiteral("自%1立案之日起%2个月内作出处理决定，至%3。")
                 .arg(dateText(c.filedOn), months, dateText(clock.baseDue));
    if (c.extension) {
        const ClockExtension &e = *c.extension;
        QString line = QStringLiteral("%1经负责人%2批准延长%3日")
                           .arg(dateText(e.approvedOn), e.approvedBy, QString::number(e.days));
        if (!e.reason.trimmed().isEmpty())
            line += QStringLiteral("（%1）").arg(e.reason.trimmed());
        lines << line + QStringLiteral("。");
    }
    for (const ClockStop &stop : c.stops)
        lines << (stop.to.isValid() ? QStringLiteral("%1期间%2至%3不计入办案期限。")
                                          .arg(stopKindText(stop.kind), dateText(stop.from), dateText(stop.to))
                                    : QStringLiteral("%1期间自%2起，尚未结束，不计入办案期限。")
                                          .arg(stopKindText(stop.kind), dateText(stop.from)));
    if (clock.stoppedDays > 0)
        lines << QStringLiteral("不计入办案期限的期间共计%1日。").arg(clock.stoppedDays);
    lines << QStringLiteral("办案期限届满日：%1。").arg(dateText(clock.due));
    return cellLines(lines.join(QLatin1Char('\n')));
}

// The closing form adds whether the decision kept the deadline.
QString closingClockHtml(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    QString html = clockHtml(data);
    const QDate due = data.clock.due;
    if (c.decidedOn.isValid() && due.isValid()) {
        const qint64 late = due.daysTo(c.decidedOn);
        html += late <= 0
                    ? QStringLiteral("<p>于%1作出处理决定，未超过办案期限。</p>\n").arg(esc(dateText(c.decidedOn)))
                    : QStringLiteral("<p>于%1作出处理决定，超过办案期限%2日。</p>\n")
                          .arg(esc(dateText(c.decidedOn)))
                          .arg(late);
    }
    return html;
}

QString decisionHtml(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    QString html;
    if (c.decidedOn.isValid())
        html += QStringLiteral("<p>%1作出行政处罚决定（%2）：</p>\n")
                    .arg(esc(dateText(c.decidedOn)), esc(documentNumber(CaseDocumentKind::PenaltyDecision, data)));
    return html + penaltyList(c.penalties, data, false);
}

QString executionHtml(const EnforcementCase &c)
{
    QStringList parts;
    if (c.servedOn.isValid())
        parts << QStringLiteral("%1%2处罚决定书")
                     .arg(dateText(c.servedOn),
                          c.serviceMethod.trimmed().isEmpty() ? QStringLiteral("送达") : c.serviceMethod.trimmed());
    if (c.executedOn.isValid())
        parts << QStringLiteral("%1执行完毕").arg(dateText(c.executedOn));
    if (!c.paid.isZero()) {
        QString paid = QStringLiteral("已缴纳罚没款") + moneyText(c.paid);
        if (!c.receiptNumber.trimmed().isEmpty())
            paid += QStringLiteral("，票据号码：") + c.receiptNumber.trimmed();
        parts << paid;
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p>%1。</p>\n").arg(esc(parts.join(QStringLiteral("；"))));
}

} // namespace

QString filingApproval(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const QString number = documentNumber(CaseDocumentKind::FilingApproval, data);
    QString rows;
    rows += row(label(QStringLiteral("案件来源")) + cell(sourceHtml(c), 1, 2) + label(QStringLiteral("受理日期"), 3) +
                cell(esc(dateText(c.receivedOn)), 4));
    rows += partyRows(c.party);
    rows += wideRow(QStringLiteral("案由"), esc(c.title));
    rows += wideRow(QStringLiteral("简要案情"), cellLines(c.facts), true);
    rows += wideRow(QStringLiteral("涉嫌违反的法律条款"),
                    esc(provisionsText(c.provisions, ProvisionRole::Violated, false)));
    rows += wideRow(QStringLiteral("履行的责任事项"), itemsHtml(c.items));
    rows += handlerRows(c.handlers);
    rows += wideRow(QStringLiteral("承办人意见"), opinionCell(nullptr));
    rows += wideRow(QStringLiteral("承办机构意见"), opinionCell(nullptr));
    rows += wideRow(QStringLiteral("负责人审批意见"),
                    opinionCell(lastStageStep(data.steps, {CaseStage::Filed, CaseStage::NotFiled})));
    rows += wideRow(QStringLiteral("办案期限"), clockHtml(data));
    return page(
        header(data.bureauName, documentTitle(CaseDocumentKind::FilingApproval), QStringLiteral("编号：") + number) +
        table(rows));
}

QString closingApproval(const CaseDocumentData &data)
{
    const EnforcementCase &c = data.c;
    const QString number = documentNumber(CaseDocumentKind::ClosingApproval, data);
    QString rows;
    rows += row(label(QStringLiteral("案件编号")) + cell(esc(number), 1, 2) + label(QStringLiteral("立案日期"), 3) +
                cell(esc(dateText(c.filedOn)), 4));
    rows += row(label(QStringLiteral("当事人")) + cell(esc(c.party.name), 1, 2) + label(codeLabelText(c.party), 3) +
                cell(esc(c.party.code), 4));
    rows += wideRow(QStringLiteral("案由"), esc(c.title));
    rows += wideRow(QStringLiteral("处罚决定"), decisionHtml(data), true);
    rows += wideRow(QStringLiteral("执行情况"), executionHtml(c));
    rows += wideRow(QStringLiteral("办案期限"), closingClockHtml(data));
    rows += wideRow(QStringLiteral("承办人意见"), opinionCell(nullptr));
    rows += wideRow(QStringLiteral("承办机构意见"), opinionCell(nullptr));
    rows += wideRow(QStringLiteral("负责人审批意见"), opinionCell(lastStageStep(data.steps, {CaseStage::Closed})));
    return page(
        header(data.bureauName, documentTitle(CaseDocumentKind::ClosingApproval), QStringLiteral("编号：") + number) +
        table(rows));
}

} // namespace casedesk::CaseDocumentRenderers
