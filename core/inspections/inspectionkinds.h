#pragma once
// The enumerations of inspections and sampling (DOMAIN.md §3), each with a
// stable code (stored, typed on the command line) and a translated name;
// parsing accepts the code, the English or the Chinese name (EnumTable).

#include "register/enumtable.h"

namespace casedesk {

enum class InspectionKind {
    Routine,   // 日常检查 (scheduled or unannounced)
    Campaign,  // 专项检查
    KeyPeriod, // 重点时段检查 (holidays, big events)
    Complaint, // 举报核查
    FollowUp,  // 复查 (of an order to correct or a directive)
};

// A finished record is locked; a correction is a new version of it.
enum class InspectionStatus {
    Draft,    // 草稿 (still being entered)
    Finished, // 已完成 (locked)
};

enum class CheckResult {
    Unchecked,      // 未检查 (a draft may leave points open; a finished record may not)
    Conforms,       // 符合
    DoesNotConform, // 不符合
    NotApplicable,  // 不适用
};

// What was done about the findings; one record may take several.
enum class InspectionOutcome {
    NothingFound,   // 未发现问题
    OrderToCorrect, // 责令改正 (with a deadline and a follow-up check)
    Directive,      // 特种设备安全监察指令书 (written; or oral first in an emergency)
    SealSeize,      // 查封、扣押
    ReportUpward,   // 报告上级
    OpenCase,       // 立案查处 (a lead, prefilled from the record)
};

enum class SamplingKind {
    Plan,      // 计划抽查 (a batch of the year's plan)
    Objection, // 复检 (the enterprise objected to the result)
    Recheck,   // 复查 (after rectification of a failed product)
};

enum class SamplingResult {
    Pending, // 待检验
    Pass,    // 合格
    Fail,    // 不合格
};

const EnumTable<InspectionKind, 5> &inspectionKinds();
const EnumTable<InspectionStatus, 2> &inspectionStatuses();
const EnumTable<CheckResult, 4> &checkResults();
const EnumTable<InspectionOutcome, 6> &inspectionOutcomes();
const EnumTable<SamplingKind, 3> &samplingKinds();
const EnumTable<SamplingResult, 3> &samplingResults();

} // namespace casedesk
