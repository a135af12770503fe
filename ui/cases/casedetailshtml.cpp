#include "casedetailshtml.h"

#include "cases/statutoryclock.h"
#include "duemarking.h"

#include <QStringList>

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

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:10px; margin-bottom:4px'>%1</h4>").arg(esc(text));
}

// A table with a header row; cells are already HTML.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                                  "style='border-collapse:collapse; border-color:#c0c0c0'><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align='left' style='background:#f0f0f0'>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One "label: value" line per field that has a value.
QString fields(const QList<QPair<QString, QString>> &pairs)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto &[label, value] : pairs)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:#606060; padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style='margin-top:2px'>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), "<br>"));
}

QString times(int percent)
{
    // 100 → "1", 150 → "1.5", 125 → "1.25"
    QString text = QString::number(percent / 100.0, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

QString CaseDetailsHtml::fineRangeText(const FineRange &range)
{
    switch (range.kind) {
    case FineRange::Kind::None:
        return {};
    case FineRange::Kind::Fixed:
        return tr("%1–%2 yuan").arg(range.min.toString(), range.max.toString());
    case FineRange::Kind::Multiple:
        return range.basis == FineRange::Basis::IllegalIncome
                   ? tr("%1–%2 times the illegal income").arg(times(range.minPercent), times(range.maxPercent))
                   : tr("%1–%2 times the value of the goods").arg(times(range.minPercent), times(range.maxPercent));
    }
    return {};
}

QString CaseDetailsHtml::render(const EnforcementCase &c, const QDate &today)
{
    QString html;
    html += heading(tr("Source"));
    html += fields({{tr("Source:"), caseSources().name(c.source)},
                    {tr("Reference:"), c.sourceDetail},
                    {tr("Received:"), dateText(c.receivedOn)},
                    {tr("Lead number:"), c.leadNumber},
                    {tr("Section in charge:"), c.section},
                    {tr("Transferred to:"), c.transferredTo}});
    html += heading(tr("Party"));
    html += party(c);
    html += heading(tr("Facts"));
    html += c.facts.isEmpty() ? paragraph(tr("Not recorded yet.")) : paragraph(c.facts);
    if (!c.findings.isEmpty()) {
        html += heading(tr("Findings of the investigation"));
        html += paragraph(c.findings);
    }
    html += heading(tr("Handlers"));
    html += handlers(c);
    html += heading(tr("Responsibility items"));
    if (c.items.isEmpty()) {
        html += paragraph(tr("None chosen."));
    } else {
        html += QStringLiteral("<ul style='margin-top:2px'>");
        for (const CaseItem &item : c.items)
            html += QStringLiteral("<li>%1</li>").arg(esc(item.text));
        html += QStringLiteral("</ul>");
    }
    html += heading(tr("Provisions"));
    html += provisions(c);
    html += heading(tr("Penalties"));
    html += penalties(c);
    if (!c.seizures.isEmpty()) {
        html += heading(tr("Sealing and seizure"));
        html += seizures(c, today);
    }
    if (c.paid.fen() > 0 || !c.receiptNumber.isEmpty() || !c.archiveNumber.isEmpty()) {
        html += heading(tr("Execution and archive"));
        html += fields({{tr("Paid:"), c.paid.fen() > 0 ? c.paid.yuanText() : QString()},
                        {tr("Receipt:"), c.receiptNumber},
                        {tr("Archive number:"), c.archiveNumber}});
    }
    return html;
}

QString CaseDetailsHtml::party(const EnforcementCase &c)
{
    const CaseParty &p = c.party;
    const bool person = p.kind == PartyKind::Person;
    return fields({{tr("Name:"), p.name},
                   {tr("Kind:"), partyKinds().name(p.kind)},
                   {person ? tr("ID number:") : tr("Credit code:"), p.code},
                   {tr("Legal representative:"), p.representative},
                   {tr("Address:"), p.address},
                   {tr("Phone:"), p.phone}});
}

QString CaseDetailsHtml::handlers(const EnforcementCase &c)
{
    if (c.handlers.isEmpty())
        return paragraph(tr("None assigned."));
    QList<QStringList> rows;
    for (const CaseHandler &h : c.handlers) {
        const QString valid =
            h.certificateValidUntil.isValid()
                ? tr("%1 to %2").arg(dateText(h.certificateValidFrom), dateText(h.certificateValidUntil))
                : QString();
        rows << QStringList{esc(h.name.isEmpty() ? h.login : h.name), esc(h.certificateNumber), esc(valid)};
    }
    return table({tr("Name"), tr("Certificate No."), tr("Valid")}, rows);
}

QString CaseDetailsHtml::provisions(const EnforcementCase &c)
{
    if (c.provisions.isEmpty())
        return paragraph(tr("None recorded."));
    QList<QStringList> rows;
    for (const CaseProvision &p : c.provisions) {
        const QString basis = QStringLiteral("《%1》%2").arg(p.law, p.article);
        rows << QStringList{esc(provisionRoles().name(p.role)), esc(basis), esc(p.text),
                            esc(fineRangeText(p.fineRange))};
    }
    return table({tr("Role"), tr("Provision"), tr("Text"), tr("Fine range")}, rows);
}

QString CaseDetailsHtml::penalties(const EnforcementCase &c)
{
    if (c.penalties.isEmpty())
        return paragraph(tr("None proposed yet."));
    QList<QStringList> rows;
    for (const Penalty &p : c.penalties) {
        const bool money = p.kind == PenaltyKind::Fine || p.kind == PenaltyKind::ConfiscateIncome;
        const QString amount = money ? p.amount.yuanText() : QString();
        const QString tier = p.kind == PenaltyKind::Fine ? discretionTiers().name(p.tier) : QString();
        QStringList notes;
        if (!p.tierReasons.isEmpty())
            notes << p.tierReasons;
        if (!p.details.isEmpty())
            notes << p.details;
        if (p.deadline.isValid())
            notes << tr("by %1").arg(dateText(p.deadline));
        rows << QStringList{esc(penaltyKinds().name(p.kind)), esc(amount), esc(tier),
                            esc(notes.join(QStringLiteral("；")))};
    }
    QString html = table({tr("Penalty"), tr("Amount"), tr("Tier"), tr("Reasons and details")}, rows);
    if (c.totalFines().fen() > 0)
        html += paragraph(tr("Total of fines and confiscated income: %1").arg(c.totalFines().yuanText()));
    return html;
}

QString CaseDetailsHtml::seizures(const EnforcementCase &c, const QDate &today)
{
    QList<QStringList> rows;
    for (const Seizure &s : c.seizures) {
        const SeizureState state = StatutoryClock::seizure(s, today);
        QString status;
        if (state.released)
            status = esc(tr("Released %1").arg(dateText(s.releasedOn)));
        else if (state.overdue())
            status = QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                         .arg(DueMarking::warningText().name(), esc(DueMarking::daysLeft(state.daysLeft)));
        else
            status = esc(DueMarking::daysLeft(state.daysLeft));
        const QString extended =
            s.extendedOn.isValid() ? tr("extended %1: %2").arg(dateText(s.extendedOn), s.extensionReason) : QString();
        rows << QStringList{esc(s.items), esc(s.place), esc(dateText(s.from)),
                            esc(dateText(state.due)) + (extended.isEmpty() ? QString() : "<br>" + esc(extended)),
                            status};
    }
    return table({tr("Items"), tr("Place"), tr("From"), tr("Ends"), tr("Status")}, rows);
}

} // namespace casedesk
