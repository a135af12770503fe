#include "casejson.h"

#include <QJsonArray>

namespace casedesk::cli {

namespace {

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString phaseCode(ClockState::Phase phase)
{
    switch (phase) {
    case ClockState::Phase::NotStarted:
        return QStringLiteral("not-started");
    case ClockState::Phase::Running:
        return QStringLiteral("running");
    case ClockState::Phase::Stopped:
        return QStringLiteral("stopped");
    case ClockState::Phase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

QJsonObject partyJson(const CaseParty &p)
{
    return {{QStringLiteral("kind"), partyKinds().code(p.kind)},
            {QStringLiteral("entityId"), p.entityId},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("representative"), p.representative},
            {QStringLiteral("phone"), p.phone}};
}

QJsonObject fineRangeJson(const FineRange &r)
{
    QJsonObject o;
    switch (r.kind) {
    case FineRange::Kind::None:
        o.insert(QStringLiteral("kind"), QStringLiteral("none"));
        break;
    case FineRange::Kind::Fixed:
        o.insert(QStringLiteral("kind"), QStringLiteral("fixed"));
        insertMoney(o, QStringLiteral("min"), r.min);
        insertMoney(o, QStringLiteral("max"), r.max);
        break;
    case FineRange::Kind::Multiple:
        o.insert(QStringLiteral("kind"), QStringLiteral("multiple"));
        o.insert(QStringLiteral("minPercent"), r.minPercent);
        o.insert(QStringLiteral("maxPercent"), r.maxPercent);
        o.insert(QStringLiteral("basis"),
                 r.basis == FineRange::Basis::IllegalIncome ? QStringLiteral("income") : QStringLiteral("goods"));
        break;
    }
    return o;
}

QJsonArray provisionsJson(const QList<CaseProvision> &provisions)
{
    QJsonArray out;
    for (int i = 0; i < provisions.size(); ++i) {
        const CaseProvision &p = provisions[i];
        out.append(QJsonObject{{QStringLiteral("number"), i + 1},
                               {QStringLiteral("role"), provisionRoles().code(p.role)},
                               {QStringLiteral("legalReferenceId"), p.legalReferenceId},
                               {QStringLiteral("law"), p.law},
                               {QStringLiteral("article"), p.article},
                               {QStringLiteral("text"), p.text},
                               {QStringLiteral("fineRange"), fineRangeJson(p.fineRange)}});
    }
    return out;
}

QJsonArray penaltiesJson(const QList<Penalty> &penalties)
{
    QJsonArray out;
    for (const Penalty &p : penalties) {
        QJsonObject o{{QStringLiteral("kind"), penaltyKinds().code(p.kind)},
                      {QStringLiteral("kindName"), penaltyKinds().name(p.kind)},
                      {QStringLiteral("provision"),
                       p.provisionIndex >= 0 ? QJsonValue(p.provisionIndex + 1) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("tier"), discretionTiers().code(p.tier)},
                      {QStringLiteral("tierReasons"), p.tierReasons},
                      {QStringLiteral("details"), p.details},
                      {QStringLiteral("deadline"), date(p.deadline)},
                      {QStringLiteral("licenceId"), p.licenceId}};
        insertMoney(o, QStringLiteral("amount"), p.amount);
        insertMoney(o, QStringLiteral("basisAmount"), p.basisAmount);
        out.append(o);
    }
    return out;
}

QJsonArray handlersJson(const QList<CaseHandler> &handlers)
{
    QJsonArray out;
    for (const CaseHandler &h : handlers)
        out.append(QJsonObject{{QStringLiteral("staffId"), h.staffId},
                               {QStringLiteral("login"), h.login},
                               {QStringLiteral("name"), h.name},
                               {QStringLiteral("certificateNumber"), h.certificateNumber},
                               {QStringLiteral("certificateValidFrom"), date(h.certificateValidFrom)},
                               {QStringLiteral("certificateValidUntil"), date(h.certificateValidUntil)}});
    return out;
}

QJsonArray stopsJson(const QList<ClockStop> &stops)
{
    QJsonArray out;
    for (const ClockStop &s : stops)
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("kind"), clockStopKinds().code(s.kind)},
                               {QStringLiteral("from"), date(s.from)},
                               {QStringLiteral("to"), date(s.to)},
                               {QStringLiteral("open"), !s.to.isValid()},
                               {QStringLiteral("reason"), s.reason}});
    return out;
}

QJsonArray seizuresJson(const QList<Seizure> &seizures, const QDate &today)
{
    QJsonArray out;
    for (const Seizure &s : seizures) {
        const SeizureState state = StatutoryClock::seizure(s, today);
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("items"), s.items},
                               {QStringLiteral("place"), s.place},
                               {QStringLiteral("from"), date(s.from)},
                               {QStringLiteral("extendedOn"), date(s.extendedOn)},
                               {QStringLiteral("extensionReason"), s.extensionReason},
                               {QStringLiteral("releasedOn"), date(s.releasedOn)},
                               {QStringLiteral("due"), date(state.due)},
                               {QStringLiteral("daysLeft"), state.daysLeft},
                               {QStringLiteral("released"), state.released},
                               {QStringLiteral("overdue"), state.overdue()}});
    }
    return out;
}

} // namespace

void insertMoney(QJsonObject &o, const QString &key, Money amount)
{
    o.insert(key, amount.toString());
    o.insert(key + QStringLiteral("Fen"), amount.fen());
}

QJsonObject clockJson(const ClockState &clock)
{
    return {{QStringLiteral("phase"), phaseCode(clock.phase)},
            {QStringLiteral("baseDue"), date(clock.baseDue)},
            {QStringLiteral("extensionDays"), clock.extensionDays},
            {QStringLiteral("stoppedDays"), clock.stoppedDays},
            {QStringLiteral("due"), date(clock.due)},
            {QStringLiteral("daysLeft"), clock.daysLeft},
            {QStringLiteral("overdue"), clock.overdue()},
            {QStringLiteral("summary"), clock.summary},
            {QStringLiteral("basis"), clock.basis}};
}

QJsonObject caseStepJson(const CaseStep &s)
{
    const bool stage = s.kind == QLatin1String("stage");
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("from"), stage ? caseStages().code(s.fromStage) : QString()},
            {QStringLiteral("to"), stage ? caseStages().code(s.toStage) : QString()},
            {QStringLiteral("on"), date(s.on)},
            {QStringLiteral("text"), s.text},
            {QStringLiteral("login"), s.login},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("at"), s.at}};
}

QJsonObject caseAttachmentJson(const CaseAttachment &a)
{
    return {{QStringLiteral("id"), a.id},          {QStringLiteral("uuid"), a.uuid},
            {QStringLiteral("name"), a.fileName},  {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), a.size},      {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("note"), a.note},      {QStringLiteral("addedBy"), a.addedBy},
            {QStringLiteral("addedAt"), a.addedAt}};
}

QJsonObject caseRowJson(const CaseRow &r, const QDate &today)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("number"), r.displayNumber},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("party"), r.partyName},
                  {QStringLiteral("stage"), caseStages().code(r.stage)},
                  {QStringLiteral("stageName"), caseStages().name(r.stage)},
                  {QStringLiteral("source"), caseSources().code(r.source)},
                  {QStringLiteral("section"), r.section},
                  {QStringLiteral("handlers"), r.handlers},
                  {QStringLiteral("receivedOn"), date(r.receivedOn)},
                  {QStringLiteral("filedOn"), date(r.filedOn)},
                  {QStringLiteral("dueOn"), date(r.dueOn)},
                  {QStringLiteral("seizureDueOn"), date(r.seizureDueOn)},
                  {QStringLiteral("clockStopped"), r.clockStopped},
                  {QStringLiteral("modifiedAt"), r.modifiedAt}};
    o.insert(QStringLiteral("daysLeft"),
             r.dueOn.isValid() ? QJsonValue(int(today.daysTo(r.dueOn))) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("overdue"),
             (r.dueOn.isValid() && r.dueOn < today) || (r.seizureDueOn.isValid() && r.seizureDueOn < today));
    return o;
}

QJsonObject numberBlockJson(const NumberBlock &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("site"), b.site},
            {QStringLiteral("year"), b.year},
            {QStringLiteral("first"), b.first},
            {QStringLiteral("last"), b.last}};
}

QJsonObject caseJson(const EnforcementCase &c, const QString &abbreviation, const QDate &today)
{
    QJsonArray items;
    for (const CaseItem &item : c.items)
        items.append(QJsonObject{{QStringLiteral("id"), item.itemId}, {QStringLiteral("text"), item.text}});
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("leadNumber"), c.leadNumber},
        {QStringLiteral("number"), c.number.isNull() ? QString() : c.number.format(abbreviation)},
        {QStringLiteral("shortNumber"), c.number.isNull() ? QString() : c.number.shortForm()},
        {QStringLiteral("stage"), caseStages().code(c.stage)},
        {QStringLiteral("stageName"), caseStages().name(c.stage)},
        {QStringLiteral("source"), caseSources().code(c.source)},
        {QStringLiteral("sourceDetail"), c.sourceDetail},
        {QStringLiteral("receivedOn"), date(c.receivedOn)},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("party"), partyJson(c.party)},
        {QStringLiteral("facts"), c.facts},
        {QStringLiteral("section"), c.section},
        {QStringLiteral("handlers"), handlersJson(c.handlers)},
        {QStringLiteral("items"), items},
        {QStringLiteral("provisions"), provisionsJson(c.provisions)},
        {QStringLiteral("penalties"), penaltiesJson(c.penalties)},
        {QStringLiteral("findings"), c.findings},
        {QStringLiteral("filedOn"), date(c.filedOn)},
        {QStringLiteral("notifiedOn"), date(c.notifiedOn)},
        {QStringLiteral("hearingNoticeGiven"), c.hearingNoticeGiven},
        {QStringLiteral("partyWaived"), c.partyWaived},
        {QStringLiteral("decidedOn"), date(c.decidedOn)},
        {QStringLiteral("servedOn"), date(c.servedOn)},
        {QStringLiteral("serviceMethod"), c.serviceMethod},
        {QStringLiteral("executedOn"), date(c.executedOn)},
        {QStringLiteral("receiptNumber"), c.receiptNumber},
        {QStringLiteral("closedOn"), date(c.closedOn)},
        {QStringLiteral("archivedOn"), date(c.archivedOn)},
        {QStringLiteral("archiveNumber"), c.archiveNumber},
        {QStringLiteral("transferredTo"), c.transferredTo},
        {QStringLiteral("endedOn"), date(c.endedOn)},
        {QStringLiteral("stops"), stopsJson(c.stops)},
        {QStringLiteral("seizures"), seizuresJson(c.seizures, today)},
        {QStringLiteral("clock"), clockJson(StatutoryClock::evaluate(c, today))},
        {QStringLiteral("modifiedAt"), c.modifiedAt},
    };
    insertMoney(o, QStringLiteral("totalFines"), c.totalFines());
    insertMoney(o, QStringLiteral("paid"), c.paid);
    if (c.extension)
        o.insert(QStringLiteral("extension"), QJsonObject{{QStringLiteral("approvedOn"), date(c.extension->approvedOn)},
                                                          {QStringLiteral("days"), c.extension->days},
                                                          {QStringLiteral("reason"), c.extension->reason},
                                                          {QStringLiteral("approvedBy"), c.extension->approvedBy}});
    else
        o.insert(QStringLiteral("extension"), QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace casedesk::cli
