#include "cases/enforcementcase.h"

#include <QStringList>

namespace casedesk {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The audit trail shows lists as lines of stable codes and values, so a
// change to one penalty or one handler reads as a changed line.
QString handlerLines(const QList<CaseHandler> &handlers)
{
    QStringList out;
    for (const CaseHandler &h : handlers)
        out << (h.name.isEmpty() ? h.login : QStringLiteral("%1 (%2)").arg(h.name, h.login));
    return out.join(QLatin1Char('\n'));
}

QString itemLines(const QList<CaseItem> &items)
{
    QStringList out;
    for (const CaseItem &i : items)
        out << (i.text.isEmpty() ? QString::number(i.itemId) : QStringLiteral("%1 %2").arg(i.itemId).arg(i.text));
    return out.join(QLatin1Char('\n'));
}

QString rangeText(const FineRange &r)
{
    switch (r.kind) {
    case FineRange::Kind::None:
        return {};
    case FineRange::Kind::Fixed:
        return QStringLiteral("%1–%2").arg(r.min.toString(), r.max.toString());
    case FineRange::Kind::Multiple:
        return QStringLiteral("%1%–%2% %3")
            .arg(r.minPercent)
            .arg(r.maxPercent)
            .arg(r.basis == FineRange::Basis::IllegalIncome ? QStringLiteral("income") : QStringLiteral("goods-value"));
    }
    return {};
}

QString provisionLines(const QList<CaseProvision> &provisions)
{
    QStringList out;
    for (const CaseProvision &p : provisions) {
        QString line = QStringLiteral("%1: %2 %3").arg(provisionRoles().code(p.role), p.law, p.article);
        if (p.fineRange.kind != FineRange::Kind::None)
            line += QStringLiteral(" [%1]").arg(rangeText(p.fineRange));
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QString penaltyLines(const QList<Penalty> &penalties)
{
    QStringList out;
    for (const Penalty &p : penalties) {
        QStringList parts{penaltyKinds().code(p.kind)};
        if (!p.amount.isZero())
            parts << p.amount.toString();
        if (p.kind == PenaltyKind::Fine) {
            parts << discretionTiers().code(p.tier) << QStringLiteral("provision %1").arg(p.provisionIndex + 1);
            if (!p.basisAmount.isZero())
                parts << QStringLiteral("basis %1").arg(p.basisAmount.toString());
            if (!p.tierReasons.isEmpty())
                parts << p.tierReasons;
        }
        if (p.deadline.isValid())
            parts << iso(p.deadline);
        if (p.licenceId > 0)
            parts << QStringLiteral("licence %1").arg(p.licenceId);
        if (!p.details.isEmpty())
            parts << p.details;
        out << parts.join(QStringLiteral("; "));
    }
    return out.join(QLatin1Char('\n'));
}

QString stopLines(const QList<ClockStop> &stops)
{
    QStringList out;
    for (const ClockStop &s : stops)
        out << QStringLiteral("%1 %2..%3 %4").arg(clockStopKinds().code(s.kind), iso(s.from), iso(s.to), s.reason);
    return out.join(QLatin1Char('\n'));
}

QString seizureLines(const QList<Seizure> &seizures)
{
    QStringList out;
    for (const Seizure &s : seizures)
        out << QStringLiteral("%1 @ %2 from %3; extended %4; released %5")
                   .arg(s.items, s.place, iso(s.from), iso(s.extendedOn), iso(s.releasedOn));
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString EnforcementCase::displayNumber() const
{
    return number.isNull() ? leadNumber : number.shortForm();
}

QString EnforcementCase::displayNumber(const QString &abbreviation) const
{
    return number.isNull() ? leadNumber : number.format(abbreviation);
}

Money EnforcementCase::totalFines() const
{
    Money total;
    for (const Penalty &p : penalties)
        if (p.kind == PenaltyKind::Fine || p.kind == PenaltyKind::ConfiscateIncome)
            total += p.amount;
    return total;
}

QJsonObject EnforcementCase::toAuditJson() const
{
    QJsonObject o{
        {QStringLiteral("leadNumber"), leadNumber},
        {QStringLiteral("number"), number.shortForm()},
        {QStringLiteral("stage"), caseStages().code(stage)},
        {QStringLiteral("source"), caseSources().code(source)},
        {QStringLiteral("sourceDetail"), sourceDetail},
        {QStringLiteral("receivedOn"), iso(receivedOn)},
        {QStringLiteral("title"), title},
        {QStringLiteral("partyKind"), partyKinds().code(party.kind)},
        {QStringLiteral("partyEntityId"), QString::number(party.entityId)},
        {QStringLiteral("partyName"), party.name},
        {QStringLiteral("partyCode"), party.code},
        {QStringLiteral("partyAddress"), party.address},
        {QStringLiteral("partyRepresentative"), party.representative},
        {QStringLiteral("partyPhone"), party.phone},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("section"), section},
        {QStringLiteral("handlers"), handlerLines(handlers)},
        {QStringLiteral("items"), itemLines(items)},
        {QStringLiteral("provisions"), provisionLines(provisions)},
        {QStringLiteral("penalties"), penaltyLines(penalties)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("filedOn"), iso(filedOn)},
        {QStringLiteral("notifiedOn"), iso(notifiedOn)},
        {QStringLiteral("hearingNoticeGiven"), hearingNoticeGiven},
        {QStringLiteral("partyWaived"), partyWaived},
        {QStringLiteral("decidedOn"), iso(decidedOn)},
        {QStringLiteral("servedOn"), iso(servedOn)},
        {QStringLiteral("serviceMethod"), serviceMethod},
        {QStringLiteral("executedOn"), iso(executedOn)},
        {QStringLiteral("paid"), paid.toString()},
        {QStringLiteral("receiptNumber"), receiptNumber},
        {QStringLiteral("closedOn"), iso(closedOn)},
        {QStringLiteral("archivedOn"), iso(archivedOn)},
        {QStringLiteral("archiveNumber"), archiveNumber},
        {QStringLiteral("transferredTo"), transferredTo},
        {QStringLiteral("endedOn"), iso(endedOn)},
        {QStringLiteral("clockStops"), stopLines(stops)},
        {QStringLiteral("seizures"), seizureLines(seizures)},
    };
    o.insert(
        QStringLiteral("extension"),
        extension
            ? QStringLiteral("%1 +%2: %3").arg(iso(extension->approvedOn)).arg(extension->days).arg(extension->reason)
            : QString());
    return o;
}

} // namespace casedesk
