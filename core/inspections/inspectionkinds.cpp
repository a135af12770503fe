#include "inspections/inspectionkinds.h"

namespace casedesk {

namespace {

using K = InspectionKind;
constexpr EnumTable<K, 5> kKinds("InspectionKind",
                                 {{
                                     {K::Routine, "routine", QT_TRANSLATE_NOOP("InspectionKind", "Routine")},
                                     {K::Campaign, "campaign", QT_TRANSLATE_NOOP("InspectionKind", "Special campaign")},
                                     {K::KeyPeriod, "key-period", QT_TRANSLATE_NOOP("InspectionKind", "Key period")},
                                     {K::Complaint, "complaint", QT_TRANSLATE_NOOP("InspectionKind", "Complaint")},
                                     {K::FollowUp, "follow-up", QT_TRANSLATE_NOOP("InspectionKind", "Follow-up check")},
                                 }});

using S = InspectionStatus;
constexpr EnumTable<S, 2> kStatuses("InspectionStatus",
                                    {{
                                        {S::Draft, "draft", QT_TRANSLATE_NOOP("InspectionStatus", "Draft")},
                                        {S::Finished, "finished", QT_TRANSLATE_NOOP("InspectionStatus", "Finished")},
                                    }});

using R = CheckResult;
constexpr EnumTable<R, 4>
    kResults("CheckResult",
             {{
                 {R::Unchecked, "unchecked", QT_TRANSLATE_NOOP("CheckResult", "Not checked")},
                 {R::Conforms, "conforms", QT_TRANSLATE_NOOP("CheckResult", "Conforms")},
                 {R::DoesNotConform, "does-not-conform", QT_TRANSLATE_NOOP("CheckResult", "Does not conform")},
                 {R::NotApplicable, "not-applicable", QT_TRANSLATE_NOOP("CheckResult", "Not applicable")},
             }});

using O = InspectionOutcome;
constexpr EnumTable<O, 6> kOutcomes(
    "InspectionOutcome",
    {{
        {O::NothingFound, "nothing-found", QT_TRANSLATE_NOOP("InspectionOutcome", "Nothing found")},
        {O::OrderToCorrect, "order-to-correct", QT_TRANSLATE_NOOP("InspectionOutcome", "Order to correct")},
        {O::Directive, "directive", QT_TRANSLATE_NOOP("InspectionOutcome", "Safety supervision directive")},
        {O::SealSeize, "seal-seize", QT_TRANSLATE_NOOP("InspectionOutcome", "Sealing or seizure")},
        {O::ReportUpward, "report-upward", QT_TRANSLATE_NOOP("InspectionOutcome", "Report to the level above")},
        {O::OpenCase, "open-case", QT_TRANSLATE_NOOP("InspectionOutcome", "Open a case")},
    }});

using SK = SamplingKind;
constexpr EnumTable<SK, 3>
    kSamplingKinds("SamplingKind",
                   {{
                       {SK::Plan, "plan", QT_TRANSLATE_NOOP("SamplingKind", "Planned sampling")},
                       {SK::Objection, "objection", QT_TRANSLATE_NOOP("SamplingKind", "Objection re-test")},
                       {SK::Recheck, "recheck", QT_TRANSLATE_NOOP("SamplingKind", "Re-check after rectification")},
                   }});

using SR = SamplingResult;
constexpr EnumTable<SR, 3>
    kSamplingResults("SamplingResult", {{
                                           {SR::Pending, "pending", QT_TRANSLATE_NOOP("SamplingResult", "Pending")},
                                           {SR::Pass, "pass", QT_TRANSLATE_NOOP("SamplingResult", "Pass")},
                                           {SR::Fail, "fail", QT_TRANSLATE_NOOP("SamplingResult", "Fail")},
                                       }});

} // namespace

const EnumTable<InspectionKind, 5> &inspectionKinds()
{
    return kKinds;
}
const EnumTable<InspectionStatus, 2> &inspectionStatuses()
{
    return kStatuses;
}
const EnumTable<CheckResult, 4> &checkResults()
{
    return kResults;
}
const EnumTable<InspectionOutcome, 6> &inspectionOutcomes()
{
    return kOutcomes;
}
const EnumTable<SamplingKind, 3> &samplingKinds()
{
    return kSamplingKinds;
}
const EnumTable<SamplingResult, 3> &samplingResults()
{
    return kSamplingResults;
}

} // namespace casedesk
