#pragma once
// The enumerations of an enforcement case (DOMAIN.md §4), each with a stable
// code (stored, typed on the command line) and a translated name; parsing
// accepts the code, the English or the Chinese name (EnumTable).

#include "register/enumtable.h"

namespace casedesk {

// lead → filed → investigating → under-review → notified → decided → served
// → executed → closed → archived; and not-filed, transferred, withdrawn.
enum class CaseStage {
    Lead,          // 线索登记
    Filed,         // 已立案 (the bureau head approved filing)
    Investigating, // 调查取证
    UnderReview,   // 案件审核
    PartyNotified, // 已告知 (intended penalty, and the right to a hearing when large)
    Decided,       // 已决定
    Served,        // 已送达
    Executed,      // 已执行
    Closed,        // 已结案
    Archived,      // 已归档
    NotFiled,      // 不予立案
    Transferred,   // 已移送 (another department or the police)
    Withdrawn,     // 已撤销立案
};

enum class CaseSource {
    Inspection,    // 监督检查
    Sampling,      // 监督抽查
    Complaint,     // 投诉举报 (including the 12345 line)
    Hotline12365,  // 12365 热线
    Assigned,      // 上级交办
    TransferredIn, // 其他部门移送
};

enum class PartyKind {
    Entity, // a registered entity (监管对象)
    Person, // a natural person, identified by a resident ID number
};

enum class ProvisionRole {
    Violated, // 违反条款
    Applied,  // 处罚依据
};

enum class PenaltyKind {
    Warning,          // 警告
    OrderToCorrect,   // 责令改正
    Fine,             // 罚款
    ConfiscateIncome, // 没收违法所得
    ConfiscateGoods,  // 没收非法财物（产品、工具）
    Suspension,       // 责令停产停业
    RevokeLicence,    // 吊销许可证
    Transfer,         // 移送（司法机关或相关部门）
};

enum class DiscretionTier {
    Lighter,  // 从轻
    Ordinary, // 一般
    Heavier,  // 从重
};

// Periods that stop the statutory clock.
enum class ClockStopKind {
    Hearing,      // 听证
    Testing,      // 检测、检验、检疫、技术鉴定
    PublicNotice, // 公告
};

const EnumTable<CaseStage, 13> &caseStages();
const EnumTable<CaseSource, 6> &caseSources();
const EnumTable<PartyKind, 2> &partyKinds();
const EnumTable<ProvisionRole, 2> &provisionRoles();
const EnumTable<PenaltyKind, 8> &penaltyKinds();
const EnumTable<DiscretionTier, 3> &discretionTiers();
const EnumTable<ClockStopKind, 3> &clockStopKinds();

// The case's work is over: closed, archived, not filed, transferred or
// withdrawn (nothing follows but archiving).
bool caseEnded(CaseStage stage);
// Filed and not yet decided, withdrawn or transferred: the clock runs.
bool clockRuns(CaseStage stage);

} // namespace casedesk
