// CaseRepository::advance: a stage reached, with the fields of that stage,
// the case number at filing and a licence revocation at service.
#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "cases/casenumber.h"
#include "cases/caserepository.h"
#include "cases/caserows.h"
#include "cases/casewrites.h"
#include "register/licenceregister.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

std::optional<Action> actionOf(CaseStage from, CaseStage to)
{
    for (const Transition &t : CaseWorkflow::table())
        if (t.from == from && t.to == to)
            return t.action;
    return std::nullopt;
}

// The fields the stage reached records (CaseWorkflow::check has checked them).
void enterStage(EnforcementCase &c, const TransitionInput &input)
{
    const CaseStage from = c.stage;
    c.stage = input.to;
    switch (input.to) {
    case CaseStage::Filed:
        c.filedOn = input.on;
        break;
    case CaseStage::UnderReview:
        // Sent back from the notice: that notice no longer stands.
        if (from == CaseStage::PartyNotified) {
            c.notifiedOn = {};
            c.hearingNoticeGiven = false;
        }
        break;
    case CaseStage::PartyNotified:
        c.notifiedOn = input.on;
        c.hearingNoticeGiven = CaseWorkflow::hearingRequired(c);
        break;
    case CaseStage::Decided:
        c.decidedOn = input.on;
        c.partyWaived = input.partyWaived;
        break;
    case CaseStage::Served:
        c.servedOn = input.on;
        c.serviceMethod = input.serviceMethod.trimmed();
        break;
    case CaseStage::Executed:
        c.executedOn = input.on;
        c.paid = input.paid;
        c.receiptNumber = input.receiptNumber.trimmed();
        break;
    case CaseStage::Closed:
        c.closedOn = input.on;
        break;
    case CaseStage::Archived:
        c.archivedOn = input.on;
        c.archiveNumber = input.archiveNumber.trimmed();
        break;
    case CaseStage::Transferred:
        c.transferredTo = input.transferredTo.trimmed();
        c.endedOn = input.on;
        break;
    case CaseStage::NotFiled:
    case CaseStage::Withdrawn:
        c.endedOn = input.on;
        break;
    case CaseStage::Lead:
    case CaseStage::Investigating:
        break;
    }
}

// The decision takes effect when served: a licence it revokes is cancelled
// (吊销) in the register, in the same transaction, with its history row.
Status revokeLicences(AuditedTransaction &tx, const EnforcementCase &c, const QString &abbreviation)
{
    for (const Penalty &p : c.penalties) {
        if (p.kind != PenaltyKind::RevokeLicence)
            continue;
        const QString reason = Text::tr("Revoked by the penalty decision %1, served on %2.")
                                   .arg(c.number.format(abbreviation), c.servedOn.toString(Qt::ISODate));
        auto changed =
            LicenceRegister::applyStatus(tx, p.licenceId, LicenceStatus::CancelledByPenalty, c.servedOn, reason);
        if (!changed)
            return refusal(Text::tr("The decision cannot take effect: %1").arg(changed.error().message));
    }
    return success();
}
} // namespace

Result<EnforcementCase> CaseRepository::advance(const Session &session, qint64 caseId, const TransitionInput &input,
                                                const QDate &today)
{
    auto current = find(caseId);
    if (!current)
        return current.error();
    if (auto s = CaseWorkflow::check(*current, input, session, today); !s)
        return s.error();
    const auto action = actionOf(current->stage, input.to);
    if (!action) // check() refuses every transition the table lacks
        return failure(
            Text::tr("No rule allows %1 → %2.").arg(caseStages().name(current->stage), caseStages().name(input.to)));

    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(*action); !s)
        return s.error();
    // Someone may have moved the case between the check and the lock.
    auto before = find(caseId);
    if (!before)
        return before.error();
    if (before->modifiedAt != current->modifiedAt)
        if (auto s = CaseWorkflow::check(*before, input, session, today); !s)
            return s.error();

    const BureauSettings bureau = BureauSettings::load(m_db);
    EnforcementCase after = *before;
    enterStage(after, input);
    if (input.to == CaseStage::Filed) {
        auto number = CaseNumbering::allocate(tx, bureau.site, input.on.year(), after.uuid);
        if (!number)
            return number.error();
        after.number = *number;
    }
    if (input.to == CaseStage::Served)
        if (auto s = revokeLicences(tx, after, bureau.abbreviation); !s)
            return s.error();
    if (auto s = CaseWrites::store(
            tx, *before, after, QStringLiteral("case.advance"),
            {QStringLiteral("stage"), before->stage, after.stage, input.on, input.opinion.trimmed()}, today);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(caseId);
}

} // namespace casedesk
