#include "inspectiondetailshtml.h"

#include "duemarking.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionrules.h"

#include <QDateTime>

namespace casedesk {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString stampText(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:10px; margin-bottom:4px'>%1</h4>").arg(esc(text));
}

// `widths`: the columns' shares of the width, in per cent (none or 0: as the text needs).
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {})
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse:collapse; border-color:#c0c0c0'><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align='left' style='background:#f0f0f0'%1>%2</th>")
                    .arg(i < widths.size() && widths.at(i) > 0 ? QStringLiteral(" width='%1%'").arg(widths.at(i))
                                                               : QString(),
                         esc(headers.at(i)));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign='top'>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString fields(const QList<QPair<QString, QString>> &pairs)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto &[label, value] : pairs)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:#606060; padding-right:8px' valign='top'>%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style='margin-top:2px'>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), "<br>"));
}
} // namespace

QString InspectionDetailsHtml::resultColour(CheckResult result)
{
    switch (result) {
    case CheckResult::Conforms:
        return QStringLiteral("#1b6e20");
    case CheckResult::DoesNotConform:
        return DueMarking::warningText().name();
    case CheckResult::NotApplicable:
        return QStringLiteral("#707070");
    case CheckResult::Unchecked:
        break;
    }
    return QStringLiteral("#a05a00");
}

QString InspectionDetailsHtml::render(const Inspection &r, const Context &context, const QDate &today)
{
    QString html;
    if (!r.current)
        html += QStringLiteral("<p style='background:%1; padding:4px'>%2</p>")
                    .arg(DueMarking::warningBackground().name(),
                         esc(tr("Version %1 was replaced by a correction; it is kept as it was.").arg(r.version)));
    if (!r.correctionReason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Corrected (version %1):").arg(r.version)), esc(r.correctionReason));

    html += heading(tr("Unit inspected"));
    html += unit(r);
    html += heading(tr("Inspection"));
    QString kind = inspectionKinds().name(r.kind);
    if (!r.campaign.isEmpty())
        kind = tr("%1: %2", "kind: campaign").arg(kind, r.campaign);
    html += fields({{tr("Day:"), dateText(r.inspectedOn)},
                    {tr("Place:"), r.place},
                    {tr("Kind:"), kind},
                    {tr("Follow-up of:"), context.followUpOfNumber},
                    {tr("Domain:"), SupervisionDomain::displayName(r.domain)},
                    {tr("Checklist from:"), r.systemTitle},
                    {tr("Equipment:"), r.equipmentLabel},
                    {tr("Section:"), r.section}});
    html += heading(tr("Inspectors"));
    html += inspectors(r);
    if (!context.itemTexts.isEmpty()) {
        html += heading(tr("Responsibility items"));
        html += QStringLiteral("<ul style='margin-top:2px'>");
        for (const QString &text : context.itemTexts)
            html += QStringLiteral("<li>%1</li>").arg(esc(text));
        html += QStringLiteral("</ul>");
    }
    html += heading(tr("Checklist"));
    html += checklist(r);
    html += heading(tr("Findings"));
    html += r.findings.isEmpty() ? paragraph(tr("None written.")) : paragraph(r.findings);
    html += heading(tr("What was done"));
    html += outcomes(r, today);
    html += heading(tr("Signatures"));
    html += signatures(r);
    html += heading(tr("Record"));
    html += fields(
        {{tr("Entered:"), r.createdAt.isEmpty() ? QString() : tr("%1 by %2").arg(stampText(r.createdAt), r.createdBy)},
         {tr("Last changed:"),
          r.modifiedAt.isEmpty() ? QString() : tr("%1 by %2").arg(stampText(r.modifiedAt), r.modifiedBy)},
         {tr("Finished:"),
          r.finishedAt.isEmpty() ? QString() : tr("%1 by %2").arg(stampText(r.finishedAt), r.finishedBy)}});
    return html;
}

QString InspectionDetailsHtml::unit(const Inspection &r)
{
    const InspectedUnit &u = r.unit;
    QString contact = u.contactPerson;
    if (!u.phone.isEmpty())
        contact = contact.isEmpty() ? u.phone : tr("%1, %2", "contact person, phone").arg(contact, u.phone);
    return fields({{tr("Name:"), u.name},
                   {tr("Code:"), u.code},
                   {tr("Address:"), u.address},
                   {tr("Legal representative:"), u.legalRepresentative},
                   {tr("Contact:"), contact}});
}

QString InspectionDetailsHtml::inspectors(const Inspection &r)
{
    if (r.inspectors.isEmpty())
        return paragraph(tr("None named yet."));
    QList<QStringList> rows;
    for (const InspectionInspector &i : r.inspectors)
        rows << QStringList{esc(i.name.isEmpty() ? i.login : i.name), esc(i.certificateNumber),
                            esc(dateText(i.certificateValidUntil))};
    return table({tr("Name"), tr("Certificate No."), tr("Valid until")}, rows);
}

QString InspectionDetailsHtml::checklist(const Inspection &r)
{
    if (r.checklist.isEmpty())
        return paragraph(tr("No check points."));
    QList<QStringList> rows;
    QString group;
    for (const CheckPoint &p : r.checklist) {
        if (p.group != group && !p.group.isEmpty())
            rows << QStringList{QString(), QStringLiteral("<b>%1</b>").arg(esc(p.group)), QString(), QString()};
        group = p.group;
        const QString result = QStringLiteral("<span style='color:%1; font-weight:600; white-space:nowrap'>%2</span>")
                                   .arg(resultColour(p.result), esc(checkResults().name(p.result)));
        rows << QStringList{QStringLiteral("<span style='white-space:nowrap'>%1</span>").arg(esc(p.label)), esc(p.text),
                            result, esc(p.note)};
    }
    // The number and the result as wide as they need; the point and the note share the rest.
    QString html = table({tr("No."), tr("Check point"), tr("Result"), tr("Note")}, rows, {0, 50, 0, 22});
    const int failed = r.failedPoints();
    const int open = r.uncheckedPoints();
    QStringList summary;
    if (failed > 0)
        summary << tr("%n point(s) did not conform.", nullptr, failed);
    if (open > 0)
        summary << tr("%n point(s) not checked yet.", nullptr, open);
    if (!summary.isEmpty())
        html += paragraph(summary.join(QLatin1Char(' ')));
    return html;
}

QString InspectionDetailsHtml::outcomes(const Inspection &r, const QDate &today)
{
    if (r.outcomes.isEmpty())
        return paragraph(tr("Not decided yet."));
    QList<QStringList> rows;
    for (const InspectionOutcome outcome : r.outcomes) {
        QStringList details;
        switch (outcome) {
        case InspectionOutcome::NothingFound:
            break;
        case InspectionOutcome::OrderToCorrect:
            if (r.correctBy.isValid())
                details << tr("Correct by %1").arg(dateText(r.correctBy));
            break;
        case InspectionOutcome::Directive:
            if (!r.directiveNumber.isEmpty())
                details << r.directiveNumber;
            if (r.correctBy.isValid())
                details << tr("Correct by %1").arg(dateText(r.correctBy));
            if (!r.directiveDemands.isEmpty())
                details << r.directiveDemands;
            if (r.directiveOralFirst)
                details << tr("Given orally first on %1").arg(dateText(r.directiveOralOn));
            break;
        case InspectionOutcome::SealSeize:
            details << r.sealSeizeNote;
            break;
        case InspectionOutcome::ReportUpward:
            details << tr("Reported to %1").arg(r.reportedTo);
            break;
        case InspectionOutcome::OpenCase:
            details << (r.caseNumber.isEmpty() ? tr("A lead is registered when the record is finished")
                                               : tr("Lead %1").arg(r.caseNumber));
            break;
        }
        details.removeAll(QString());
        QString text = esc(details.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        rows << QStringList{esc(inspectionOutcomes().name(outcome)), text};
    }
    QString html = table({tr("Outcome"), tr("Details")}, rows, {30, 70});
    const QDate due = InspectionRules::followUpDue(r);
    if (due.isValid() && r.status == InspectionStatus::Finished) {
        const int days = DueMarking::daysBetween(today, due);
        const QString text = tr("Follow-up check due %1 (%2)").arg(dateText(due), DueMarking::daysLeft(days));
        html += days < 0 ? QStringLiteral("<p style='color:%1; font-weight:600'>%2</p>")
                               .arg(DueMarking::warningText().name(), esc(text))
                         : paragraph(text);
    }
    return html;
}

QString InspectionDetailsHtml::signatures(const Inspection &r)
{
    QStringList names;
    for (const InspectionInspector &i : r.inspectors)
        names << (i.name.isEmpty() ? i.login : i.name);
    QString unitSigned = r.unitSignatory;
    if (r.unitRefusedToSign)
        unitSigned = r.refusalNote.isEmpty() ? tr("Refused to sign") : tr("Refused to sign: %1").arg(r.refusalNote);
    return fields({{tr("Inspectors:"), names.join(QStringLiteral("、"))}, {tr("For the unit:"), unitSigned}});
}

} // namespace casedesk
