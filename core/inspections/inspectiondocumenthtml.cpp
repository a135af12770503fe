#include "inspections/inspectiondocumenthtml.h"

#include "dutylist/supervisiondomain.h"

#include <QDateTime>

namespace casedesk::InspectionDocumentHtml {

namespace {

// The draft mark in grey across the top; the checklist's group rows bold;
// the notice's rights and the draw record's method in 10.5 pt and its pools
// in 9 pt, and the seal closer to the signatures, so a notice fits its page.
const char *const kStyle = "p.draft { font-size: 16pt; font-weight: bold; color: #808080; text-align: center;"
                           " margin-bottom: 6px; }\n"
                           "p.version { margin-bottom: 6px; }\n"
                           "p.heading { font-weight: bold; margin-top: 10px; margin-bottom: 4px; }\n"
                           "p.receipt { margin-top: 18px; white-space: pre-wrap; }\n"
                           "p.sealfirst { margin-top: 24px; }\n"
                           "p.small { font-size: 10.5pt; white-space: pre-wrap; }\n"
                           "td.group { font-weight: bold; }\n"
                           "td.center { text-align: center; }\n"
                           "td.point { text-align: center; vertical-align: top; }\n"
                           "td.bottom { vertical-align: bottom; }\n"
                           "table.small { font-size: 9pt; }\n";

} // namespace

QString page(const QString &body)
{
    return DocumentHtml::page(body, QLatin1String(kStyle));
}

QString table(const QString &rows, const QString &extraClass)
{
    const QString cls = extraClass.isEmpty() ? QStringLiteral("form") : QStringLiteral("form ") + extraClass;
    return QStringLiteral("<table class=\"%1\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\""
                          " style=\"border-collapse: collapse; border-style: solid; border-color: #000000;\">\n"
                          "%2</table>\n")
        .arg(cls, rows);
}

QString row(const QString &cells)
{
    return QStringLiteral("<tr>%1</tr>\n").arg(cells);
}

QString cell(const QString &html, const QString &width, int colspan, int rowspan, const QString &cls)
{
    QString attrs;
    if (colspan == 1 && !width.isEmpty())
        attrs += QStringLiteral(" width=\"%1\"").arg(width);
    if (colspan > 1)
        attrs += QStringLiteral(" colspan=\"%1\"").arg(colspan);
    if (rowspan > 1)
        attrs += QStringLiteral(" rowspan=\"%1\"").arg(rowspan);
    if (!cls.isEmpty())
        attrs += QStringLiteral(" class=\"%1\"").arg(cls);
    return QStringLiteral("<td%1>%2</td>").arg(attrs, html);
}

QString label(const QString &text, const QString &width, int rowspan)
{
    const QString html = text.contains(QLatin1Char('\n')) ? cellLines(text) : esc(text);
    return cell(html, width, 1, rowspan, QStringLiteral("label"));
}

QString heading(const QString &text)
{
    return QStringLiteral("<p class=\"heading\">%1</p>\n").arg(esc(text));
}

QString smallParagraph(const QString &text)
{
    return QStringLiteral("<p class=\"small\">　　%1</p>\n").arg(esc(text));
}

QString certificateLabelText(const QString &domain)
{
    return domain == QLatin1String(SupervisionDomain::SpecialEquipment) ? QStringLiteral("特种设备安全监察员证号")
                                                                        : QStringLiteral("执法证号");
}

QString certificateLabelLines(const QString &domain)
{
    return domain == QLatin1String(SupervisionDomain::SpecialEquipment) ? QStringLiteral("特种设备安全\n监察员证号")
                                                                        : QStringLiteral("执法证号");
}

QString inspectorsText(const QList<InspectionInspector> &inspectors, const QString &domain)
{
    QStringList parts;
    for (const InspectionInspector &i : inspectors) {
        QString part = i.name.isEmpty() ? i.login : i.name;
        if (!i.certificateNumber.isEmpty())
            part += QStringLiteral("（%1：%2）").arg(certificateLabelText(domain), i.certificateNumber);
        parts << part;
    }
    return parts.join(QStringLiteral("、"));
}

QString inspectorNamesText(const QList<InspectionInspector> &inspectors)
{
    QStringList parts;
    for (const InspectionInspector &i : inspectors)
        parts << (i.name.isEmpty() ? i.login : i.name);
    return parts.join(QStringLiteral("、"));
}

QString kindText(const Inspection &record)
{
    const QString campaign = record.campaign.trimmed();
    const auto withCampaign = [&campaign](const QString &kind) {
        return campaign.isEmpty() ? kind : kind + QStringLiteral("（") + campaign + QStringLiteral("）");
    };
    switch (record.kind) {
    case InspectionKind::Routine:
        return QStringLiteral("日常检查");
    case InspectionKind::Campaign:
        return withCampaign(QStringLiteral("专项检查"));
    case InspectionKind::KeyPeriod:
        return withCampaign(QStringLiteral("重点时段检查"));
    case InspectionKind::Complaint:
        return QStringLiteral("举报核查");
    case InspectionKind::FollowUp:
        return QStringLiteral("复查");
    }
    return {};
}

QString domainText(const QString &code)
{
    using namespace SupervisionDomain;
    const QList<QPair<const char *, QString>> names = {
        {SpecialEquipment, QStringLiteral("特种设备")},  {Metrology, QStringLiteral("计量")},
        {ProductionLicence, QStringLiteral("生产许可")}, {ProductQuality, QStringLiteral("产品质量")},
        {TestingBodies, QStringLiteral("检验检测机构")}, {Certification, QStringLiteral("认证认可")},
        {Standardization, QStringLiteral("标准化")},     {FoodRelated, QStringLiteral("食品相关产品")},
        {Enforcement, QStringLiteral("稽查执法")},
    };
    for (const auto &name : names)
        if (code == QLatin1String(name.first))
            return name.second;
    return code;
}

QString checkResultText(CheckResult result)
{
    switch (result) {
    case CheckResult::Unchecked:
        return {};
    case CheckResult::Conforms:
        return QStringLiteral("☑符合");
    case CheckResult::DoesNotConform:
        return QStringLiteral("☒不符合");
    case CheckResult::NotApplicable:
        return QStringLiteral("不适用");
    }
    return {};
}

QStringList outcomeTexts(const Inspection &r)
{
    const QString deadline = dateText(r.correctBy);
    QStringList out;
    for (InspectionOutcome outcome : r.outcomes) {
        switch (outcome) {
        case InspectionOutcome::NothingFound:
            out << QStringLiteral("未发现问题");
            break;
        case InspectionOutcome::OrderToCorrect:
            out << (deadline.isEmpty() ? QStringLiteral("责令限期改正并复查")
                                       : QStringLiteral("责令于%1前改正并复查").arg(deadline));
            break;
        case InspectionOutcome::Directive: {
            QString text = QStringLiteral("下达特种设备安全监察指令书");
            if (!r.directiveNumber.trimmed().isEmpty())
                text += QStringLiteral("（%1）").arg(r.directiveNumber.trimmed());
            if (r.directiveOralFirst && r.directiveOralOn.isValid())
                text += QStringLiteral("，已于%1口头下达").arg(dateText(r.directiveOralOn));
            // The deadline is stated once: with the order to correct when there is one.
            if (!r.has(InspectionOutcome::OrderToCorrect) && !deadline.isEmpty())
                text += QStringLiteral("，责令于%1前改正并复查").arg(deadline);
            out << text;
            break;
        }
        case InspectionOutcome::SealSeize:
            out << QStringLiteral("查封、扣押") + (r.sealSeizeNote.trimmed().isEmpty()
                                                       ? QString()
                                                       : QStringLiteral("：") + r.sealSeizeNote.trimmed());
            break;
        case InspectionOutcome::ReportUpward:
            out << QStringLiteral("报告上级") + (r.reportedTo.trimmed().isEmpty()
                                                     ? QString()
                                                     : QStringLiteral("（%1）").arg(r.reportedTo.trimmed()));
            break;
        case InspectionOutcome::OpenCase:
            out << QStringLiteral("立案查处") +
                       (r.caseNumber.trimmed().isEmpty()
                            ? QString()
                            : QStringLiteral("（案件线索号：%1）").arg(r.caseNumber.trimmed()));
            break;
        }
    }
    return out;
}

QDate dayOf(const QString &timestamp)
{
    const QDateTime at = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!at.isValid())
        return QDate::fromString(timestamp.left(10), Qt::ISODate);
    return at.toLocalTime().date();
}

} // namespace casedesk::InspectionDocumentHtml
