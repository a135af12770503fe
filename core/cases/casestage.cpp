#include "cases/casestage.h"

namespace casedesk {

namespace {

using St = CaseStage;
constexpr EnumTable<St, 13>
    kStages("CaseStage", {{
                             {St::Lead, "lead", QT_TRANSLATE_NOOP("CaseStage", "Lead")},
                             {St::Filed, "filed", QT_TRANSLATE_NOOP("CaseStage", "Filed")},
                             {St::Investigating, "investigating", QT_TRANSLATE_NOOP("CaseStage", "Investigating")},
                             {St::UnderReview, "under-review", QT_TRANSLATE_NOOP("CaseStage", "Under review")},
                             {St::PartyNotified, "notified", QT_TRANSLATE_NOOP("CaseStage", "Party notified")},
                             {St::Decided, "decided", QT_TRANSLATE_NOOP("CaseStage", "Decided")},
                             {St::Served, "served", QT_TRANSLATE_NOOP("CaseStage", "Served")},
                             {St::Executed, "executed", QT_TRANSLATE_NOOP("CaseStage", "Executed")},
                             {St::Closed, "closed", QT_TRANSLATE_NOOP("CaseStage", "Closed")},
                             {St::Archived, "archived", QT_TRANSLATE_NOOP("CaseStage", "Archived")},
                             {St::NotFiled, "not-filed", QT_TRANSLATE_NOOP("CaseStage", "Not filed")},
                             {St::Transferred, "transferred", QT_TRANSLATE_NOOP("CaseStage", "Transferred")},
                             {St::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseStage", "Withdrawn")},
                         }});

using So = CaseSource;
constexpr EnumTable<So, 6>
    kSources("CaseSource", {{
                               {So::Inspection, "inspection", QT_TRANSLATE_NOOP("CaseSource", "Inspection")},
                               {So::Sampling, "sampling", QT_TRANSLATE_NOOP("CaseSource", "Sampling")},
                               {So::Complaint, "complaint", QT_TRANSLATE_NOOP("CaseSource", "Complaint")},
                               {So::Hotline12365, "hotline-12365", QT_TRANSLATE_NOOP("CaseSource", "12365 hotline")},
                               {So::Assigned, "assigned", QT_TRANSLATE_NOOP("CaseSource", "Assigned from above")},
                               {So::TransferredIn, "transferred-in",
                                QT_TRANSLATE_NOOP("CaseSource", "Transferred from another department")},
                           }});

constexpr EnumTable<PartyKind, 2>
    kPartyKinds("PartyKind", {{
                                 {PartyKind::Entity, "entity", QT_TRANSLATE_NOOP("PartyKind", "Entity")},
                                 {PartyKind::Person, "person", QT_TRANSLATE_NOOP("PartyKind", "Person")},
                             }});

constexpr EnumTable<ProvisionRole, 2>
    kProvisionRoles("ProvisionRole",
                    {{
                        {ProvisionRole::Violated, "violated", QT_TRANSLATE_NOOP("ProvisionRole", "Provision violated")},
                        {ProvisionRole::Applied, "applied", QT_TRANSLATE_NOOP("ProvisionRole", "Penalty provision")},
                    }});

using P = PenaltyKind;
constexpr EnumTable<P, 8> kPenalties(
    "PenaltyKind",
    {{
        {P::Warning, "warning", QT_TRANSLATE_NOOP("PenaltyKind", "Warning")},
        {P::OrderToCorrect, "order-to-correct", QT_TRANSLATE_NOOP("PenaltyKind", "Order to correct")},
        {P::Fine, "fine", QT_TRANSLATE_NOOP("PenaltyKind", "Fine")},
        {P::ConfiscateIncome, "confiscate-income", QT_TRANSLATE_NOOP("PenaltyKind", "Confiscation of illegal income")},
        {P::ConfiscateGoods, "confiscate-goods", QT_TRANSLATE_NOOP("PenaltyKind", "Confiscation of goods and tools")},
        {P::Suspension, "suspension", QT_TRANSLATE_NOOP("PenaltyKind", "Suspension of production or business")},
        {P::RevokeLicence, "revoke-licence", QT_TRANSLATE_NOOP("PenaltyKind", "Revocation of a licence")},
        {P::Transfer, "transfer", QT_TRANSLATE_NOOP("PenaltyKind", "Transfer")},
    }});

using T = DiscretionTier;
constexpr EnumTable<T, 3> kTiers("DiscretionTier",
                                 {{
                                     {T::Lighter, "lighter", QT_TRANSLATE_NOOP("DiscretionTier", "Lighter")},
                                     {T::Ordinary, "ordinary", QT_TRANSLATE_NOOP("DiscretionTier", "Ordinary")},
                                     {T::Heavier, "heavier", QT_TRANSLATE_NOOP("DiscretionTier", "Heavier")},
                                 }});

using C = ClockStopKind;
constexpr EnumTable<C, 3>
    kStops("ClockStopKind", {{
                                {C::Hearing, "hearing", QT_TRANSLATE_NOOP("ClockStopKind", "Hearing")},
                                {C::Testing, "testing", QT_TRANSLATE_NOOP("ClockStopKind", "Testing or appraisal")},
                                {C::PublicNotice, "public-notice", QT_TRANSLATE_NOOP("ClockStopKind", "Public notice")},
                            }});

} // namespace

const EnumTable<CaseStage, 13> &caseStages()
{
    return kStages;
}
const EnumTable<CaseSource, 6> &caseSources()
{
    return kSources;
}
const EnumTable<PartyKind, 2> &partyKinds()
{
    return kPartyKinds;
}
const EnumTable<ProvisionRole, 2> &provisionRoles()
{
    return kProvisionRoles;
}
const EnumTable<PenaltyKind, 8> &penaltyKinds()
{
    return kPenalties;
}
const EnumTable<DiscretionTier, 3> &discretionTiers()
{
    return kTiers;
}
const EnumTable<ClockStopKind, 3> &clockStopKinds()
{
    return kStops;
}

bool caseEnded(CaseStage stage)
{
    switch (stage) {
    case St::Closed:
    case St::Archived:
    case St::NotFiled:
    case St::Transferred:
    case St::Withdrawn:
        return true;
    default:
        return false;
    }
}

bool clockRuns(CaseStage stage)
{
    switch (stage) {
    case St::Filed:
    case St::Investigating:
    case St::UnderReview:
    case St::PartyNotified:
        return true;
    default:
        return false;
    }
}

} // namespace casedesk
