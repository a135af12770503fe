#include "cases/caserows.h"

#include "cases/statutoryclock.h"
#include "register/registerrows.h"

#include <QCoreApplication>

namespace casedesk::CaseRows {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString fineKindCode(FineRange::Kind kind)
{
    switch (kind) {
    case FineRange::Kind::Fixed:
        return QStringLiteral("fixed");
    case FineRange::Kind::Multiple:
        return QStringLiteral("multiple");
    case FineRange::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

FineRange::Kind fineKindFromCode(const QString &code)
{
    if (code == QLatin1String("fixed"))
        return FineRange::Kind::Fixed;
    if (code == QLatin1String("multiple"))
        return FineRange::Kind::Multiple;
    return FineRange::Kind::None;
}

QString basisCode(FineRange::Basis basis)
{
    return basis == FineRange::Basis::GoodsValue ? QStringLiteral("goods-value") : QStringLiteral("illegal-income");
}

// What the case list's search looks in, lower-cased once here.
QString searchText(const EnforcementCase &c, const QString &abbreviation)
{
    QStringList parts{c.leadNumber, c.title, c.party.name, c.party.code, c.facts};
    if (!c.number.isNull())
        parts << c.number.format(abbreviation) << c.number.shortForm();
    return parts.join(QLatin1Char('\n')).toLower();
}

void loadHandlers(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT s.id, s.login, s.name, s.enforcement_cert, s.enforcement_cert_from, "
                                    "s.enforcement_cert_until FROM case_handler h JOIN staff s ON s.id = h.staff_id "
                                    "WHERE h.case_id = ? ORDER BY h.position"),
                     {c.id});
    while (q && q->next())
        c.handlers << CaseHandler{q->value(0).toLongLong(), q->value(1).toString(),      q->value(2).toString(),
                                  q->value(3).toString(),   dateFromStored(q->value(4)), dateFromStored(q->value(5))};
}

void loadItems(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT i.id, i.text FROM case_item ci JOIN item i ON i.id = ci.item_id "
                                    "WHERE ci.case_id = ? ORDER BY ci.position"),
                     {c.id});
    while (q && q->next())
        c.items << CaseItem{q->value(0).toLongLong(), q->value(1).toString()};
}

void loadProvisions(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT role, legal_reference_id, law, article, text, fine_kind, fine_min_fen, "
                                    "fine_max_fen, fine_min_percent, fine_max_percent, fine_basis "
                                    "FROM case_provision WHERE case_id = ? ORDER BY position"),
                     {c.id});
    while (q && q->next()) {
        CaseProvision p;
        p.role = fromCode(provisionRoles(), q->value(0).toString(), ProvisionRole::Violated);
        p.legalReferenceId = q->value(1).toLongLong();
        p.law = q->value(2).toString();
        p.article = q->value(3).toString();
        p.text = q->value(4).toString();
        p.fineRange.kind = fineKindFromCode(q->value(5).toString());
        p.fineRange.min = Money::fromFen(q->value(6).toLongLong());
        p.fineRange.max = Money::fromFen(q->value(7).toLongLong());
        p.fineRange.minPercent = q->value(8).toInt();
        p.fineRange.maxPercent = q->value(9).toInt();
        p.fineRange.basis = q->value(10).toString() == QLatin1String("goods-value") ? FineRange::Basis::GoodsValue
                                                                                    : FineRange::Basis::IllegalIncome;
        c.provisions << p;
    }
}

void loadPenalties(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT kind, amount_fen, provision_position, basis_fen, tier, tier_reasons, "
                                    "details, deadline, licence_id FROM case_penalty WHERE case_id = ? "
                                    "ORDER BY position"),
                     {c.id});
    while (q && q->next()) {
        Penalty p;
        p.kind = fromCode(penaltyKinds(), q->value(0).toString(), PenaltyKind::Warning);
        p.amount = Money::fromFen(q->value(1).toLongLong());
        p.provisionIndex = q->value(2).toInt();
        p.basisAmount = Money::fromFen(q->value(3).toLongLong());
        p.tier = fromCode(discretionTiers(), q->value(4).toString(), DiscretionTier::Ordinary);
        p.tierReasons = q->value(5).toString();
        p.details = q->value(6).toString();
        p.deadline = dateFromStored(q->value(7));
        p.licenceId = q->value(8).toLongLong();
        c.penalties << p;
    }
}

void loadStops(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT id, kind, from_on, to_on, reason FROM case_clock_stop "
                                    "WHERE case_id = ? AND deleted_at IS NULL ORDER BY from_on, id"),
                     {c.id});
    while (q && q->next())
        c.stops << ClockStop{q->value(0).toLongLong(),
                             fromCode(clockStopKinds(), q->value(1).toString(), ClockStopKind::Testing),
                             dateFromStored(q->value(2)), dateFromStored(q->value(3)), q->value(4).toString()};
}

void loadSeizures(const Database &db, EnforcementCase &c)
{
    auto q = db.exec(QStringLiteral("SELECT id, items, place, from_on, extended_on, extension_reason, released_on "
                                    "FROM case_seizure WHERE case_id = ? AND deleted_at IS NULL ORDER BY from_on, id"),
                     {c.id});
    while (q && q->next())
        c.seizures << Seizure{q->value(0).toLongLong(),    q->value(1).toString(),      q->value(2).toString(),
                              dateFromStored(q->value(3)), dateFromStored(q->value(4)), q->value(5).toString(),
                              dateFromStored(q->value(6))};
}

EnforcementCase caseFromRow(const QSqlQuery &q)
{
    auto v = [&](const char *column) { return q.value(QString::fromLatin1(column)); };
    auto date = [&](const char *column) { return dateFromStored(v(column)); };
    EnforcementCase c;
    c.id = v("id").toLongLong();
    c.uuid = v("uuid").toString();
    c.leadNumber = v("lead_number").toString();
    c.number = {v("case_year").toInt(), v("case_sequence").toInt()};
    c.stage = fromCode(caseStages(), v("stage").toString(), CaseStage::Lead);
    c.source = fromCode(caseSources(), v("source").toString(), CaseSource::Complaint);
    c.sourceDetail = v("source_detail").toString();
    c.receivedOn = date("received_on");
    c.title = v("title").toString();
    c.party.kind = fromCode(partyKinds(), v("party_kind").toString(), PartyKind::Entity);
    c.party.entityId = v("party_entity_id").toLongLong();
    c.party.name = v("party_name").toString();
    c.party.code = v("party_code").toString();
    c.party.address = v("party_address").toString();
    c.party.representative = v("party_representative").toString();
    c.party.phone = v("party_phone").toString();
    c.facts = v("facts").toString();
    c.section = v("section").toString();
    c.findings = v("findings").toString();
    c.filedOn = date("filed_on");
    c.notifiedOn = date("notified_on");
    c.hearingNoticeGiven = v("hearing_notice").toBool();
    c.partyWaived = v("party_waived").toBool();
    c.decidedOn = date("decided_on");
    c.servedOn = date("served_on");
    c.serviceMethod = v("service_method").toString();
    c.executedOn = date("executed_on");
    c.paid = Money::fromFen(v("paid_fen").toLongLong());
    c.receiptNumber = v("receipt_number").toString();
    c.closedOn = date("closed_on");
    c.archivedOn = date("archived_on");
    c.archiveNumber = v("archive_number").toString();
    c.transferredTo = v("transferred_to").toString();
    c.endedOn = date("ended_on");
    if (date("extension_on").isValid()) {
        const QString by = v("extension_by").toString();
        const QString name = v("extension_by_name").toString();
        c.extension = ClockExtension{date("extension_on"), v("extension_days").toInt(),
                                     v("extension_reason").toString(), name.isEmpty() ? by : name};
    }
    c.modifiedAt = v("modified_at").toString();
    return c;
}
} // namespace

Result<EnforcementCase> load(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT c.*, (SELECT s.name FROM staff s WHERE s.login = c.extension_by) "
                                    "AS extension_by_name FROM enforcement_case c "
                                    "WHERE c.id = ? AND c.deleted_at IS NULL"),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no case %1.").arg(id));
    EnforcementCase c = caseFromRow(*q);
    loadHandlers(db, c);
    loadItems(db, c);
    loadProvisions(db, c);
    loadPenalties(db, c);
    loadStops(db, c);
    loadSeizures(db, c);
    return c;
}

qint64 idOfLead(const Database &db, const QString &leadNumber)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM enforcement_case WHERE lead_number = ? AND deleted_at IS NULL"),
                     {leadNumber.trimmed()});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 idOfNumber(const Database &db, const CaseNumber &number)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM enforcement_case WHERE case_year = ? AND case_sequence = ? "
                                    "AND deleted_at IS NULL"),
                     {number.year, number.sequence});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

RecordWriter::Fields rowFields(const EnforcementCase &c, const QString &abbreviation, const QDate &today)
{
    const ClockState clock = StatutoryClock::evaluate(c, today);
    const bool running = clock.phase == ClockState::Phase::Running;
    const bool stopped = clock.phase == ClockState::Phase::Stopped;
    return {{"lead_number", c.leadNumber},
            {"case_year", c.number.year},
            {"case_sequence", c.number.sequence},
            {"stage", caseStages().code(c.stage)},
            {"source", caseSources().code(c.source)},
            {"source_detail", c.sourceDetail},
            {"received_on", storedDate(c.receivedOn)},
            {"title", c.title},
            {"party_kind", partyKinds().code(c.party.kind)},
            {"party_entity_id", idOrNull(c.party.kind == PartyKind::Entity ? c.party.entityId : 0)},
            {"party_name", c.party.name},
            {"party_code", c.party.code},
            {"party_address", c.party.address},
            {"party_representative", c.party.representative},
            {"party_phone", c.party.phone},
            {"facts", c.facts},
            {"section", c.section},
            {"findings", c.findings},
            {"filed_on", storedDate(c.filedOn)},
            {"notified_on", storedDate(c.notifiedOn)},
            {"hearing_notice", c.hearingNoticeGiven ? 1 : 0},
            {"party_waived", c.partyWaived ? 1 : 0},
            {"decided_on", storedDate(c.decidedOn)},
            {"served_on", storedDate(c.servedOn)},
            {"service_method", c.serviceMethod},
            {"executed_on", storedDate(c.executedOn)},
            {"paid_fen", c.paid.fen()},
            {"receipt_number", c.receiptNumber},
            {"closed_on", storedDate(c.closedOn)},
            {"archived_on", storedDate(c.archivedOn)},
            {"archive_number", c.archiveNumber},
            {"transferred_to", c.transferredTo},
            {"ended_on", storedDate(c.endedOn)},
            {"extension_on", storedDate(c.extension ? c.extension->approvedOn : QDate())},
            {"extension_days", c.extension ? c.extension->days : 0},
            {"extension_reason", c.extension ? c.extension->reason : QString()},
            {"due_on", storedDate(running ? clock.due : QDate())},
            {"clock_stopped", stopped ? 1 : 0},
            {"search_text", searchText(c, abbreviation)}};
}

Status writeDetails(const Database &db, const EnforcementCase &c)
{
    for (const char *table : {"case_handler", "case_item", "case_provision", "case_penalty"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)), {c.id}); !r)
            return r.error();
    for (int i = 0; i < c.handlers.size(); ++i)
        if (auto r = db.exec(QStringLiteral("INSERT INTO case_handler (case_id, staff_id, position) VALUES (?, ?, ?)"),
                             {c.id, c.handlers.at(i).staffId, i});
            !r)
            return r.error();
    for (int i = 0; i < c.items.size(); ++i)
        if (auto r = db.exec(QStringLiteral("INSERT INTO case_item (case_id, item_id, position) VALUES (?, ?, ?)"),
                             {c.id, c.items.at(i).itemId, i});
            !r)
            return r.error();
    for (int i = 0; i < c.provisions.size(); ++i) {
        const CaseProvision &p = c.provisions.at(i);
        const bool multiple = p.fineRange.kind == FineRange::Kind::Multiple;
        if (auto r = db.exec(QStringLiteral("INSERT INTO case_provision (case_id, position, role, legal_reference_id, "
                                            "law, article, text, fine_kind, fine_min_fen, fine_max_fen, "
                                            "fine_min_percent, fine_max_percent, fine_basis) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {c.id, i, provisionRoles().code(p.role), idOrNull(p.legalReferenceId), p.law, p.article,
                              p.text, fineKindCode(p.fineRange.kind), p.fineRange.min.fen(), p.fineRange.max.fen(),
                              p.fineRange.minPercent, p.fineRange.maxPercent,
                              multiple ? basisCode(p.fineRange.basis) : QString()});
            !r)
            return r.error();
    }
    for (int i = 0; i < c.penalties.size(); ++i) {
        const Penalty &p = c.penalties.at(i);
        if (auto r = db.exec(QStringLiteral("INSERT INTO case_penalty (case_id, position, kind, amount_fen, "
                                            "provision_position, basis_fen, tier, tier_reasons, details, deadline, "
                                            "licence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {c.id, i, penaltyKinds().code(p.kind), p.amount.fen(), p.provisionIndex,
                              p.basisAmount.fen(), discretionTiers().code(p.tier), p.tierReasons, p.details,
                              storedDate(p.deadline), idOrNull(p.licenceId)});
            !r)
            return r.error();
    }
    return success();
}

Status fillHandlers(const Database &db, QList<CaseHandler> &handlers)
{
    for (CaseHandler &h : handlers) {
        auto q = h.staffId > 0
                     ? db.exec(QStringLiteral("SELECT id, login, name, enforcement_cert, enforcement_cert_from, "
                                              "enforcement_cert_until, active FROM staff WHERE id = ?"),
                               {h.staffId})
                     : db.exec(QStringLiteral("SELECT id, login, name, enforcement_cert, enforcement_cert_from, "
                                              "enforcement_cert_until, active FROM staff WHERE login = ?"),
                               {h.login.trimmed()});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Handlers: there is no colleague %1.")
                               .arg(h.staffId > 0 ? QString::number(h.staffId) : h.login));
        h = CaseHandler{q->value(0).toLongLong(), q->value(1).toString(),      q->value(2).toString(),
                        q->value(3).toString(),   dateFromStored(q->value(4)), dateFromStored(q->value(5))};
        if (!q->value(6).toBool())
            return refusal(
                Text::tr("Handlers: %1 (%2) no longer works here (the account is deactivated).").arg(h.name, h.login));
    }
    return success();
}

Status fillItems(const Database &db, QList<CaseItem> &items)
{
    for (CaseItem &item : items) {
        auto q = db.exec(QStringLiteral("SELECT text FROM item WHERE id = ?"), {item.itemId});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(
                Text::tr("Responsibility items: item %1 is not in the responsibility list.").arg(item.itemId));
        item.text = q->value(0).toString();
    }
    return success();
}

Status checkReferences(const Database &db, const QList<CaseProvision> &provisions)
{
    for (const CaseProvision &p : provisions) {
        if (p.legalReferenceId <= 0)
            continue;
        auto q = db.exec(QStringLiteral("SELECT 1 FROM legal_reference WHERE id = ?"), {p.legalReferenceId});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Provisions: legal reference %1 (%2 %3) is not in the responsibility list.")
                               .arg(p.legalReferenceId)
                               .arg(p.law, p.article));
    }
    return success();
}

Status refreshDerived(const Database &db, qint64 id, const QString &abbreviation)
{
    auto c = load(db, id);
    if (!c)
        return c.error();
    auto q = db.exec(QStringLiteral("UPDATE enforcement_case SET search_text = ? WHERE id = ?"),
                     {searchText(*c, abbreviation), id});
    if (!q)
        return q.error();
    return success();
}

} // namespace casedesk::CaseRows
