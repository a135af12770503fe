#pragma once
// EnforcementCase: one lead or case (行政处罚案件) as a value: where it came
// from, the party, the facts, the handlers, the duties it carries out, the
// provisions violated and applied, the penalties, the statutory clock's
// events, and the dates of every stage reached. CaseRepository stores and
// loads it; CaseWorkflow decides which stage may follow; StatutoryClock
// computes its deadline.

#include "cases/casenumber.h"
#include "cases/casestage.h"
#include "cases/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace casedesk {

struct CaseParty {
    PartyKind kind = PartyKind::Entity;
    qint64 entityId = 0; // Entity: the register's entity
    QString name;        // Entity: the register's name when saved (the case file keeps it)
    QString code;        // Entity: credit/organisation code; Person: 18-digit resident ID number
    QString address;
    QString representative; // Entity: legal representative; Person: empty
    QString phone;
    bool operator==(const CaseParty &) const = default;
};

// A fine range a provision gives: a fixed range, or a range of multiples of a
// basis amount (illegal income, or the value of the goods).
struct FineRange {
    enum class Kind { None, Fixed, Multiple };
    enum class Basis { IllegalIncome, GoodsValue }; // 违法所得 / 货值金额
    Kind kind = Kind::None;
    Money min;          // Fixed
    Money max;          // Fixed
    int minPercent = 0; // Multiple: 100 = once the basis amount
    int maxPercent = 0;
    Basis basis = Basis::IllegalIncome;
    bool operator==(const FineRange &) const = default;
};

struct CaseProvision {
    ProvisionRole role = ProvisionRole::Violated;
    qint64 legalReferenceId = 0; // the responsibility list's reference; 0 when added by hand
    QString law;                 // 产品质量法 (without 《》)
    QString article;             // 第四十九条
    QString text;                // the words quoted in documents (may be empty)
    FineRange fineRange;         // Applied provisions: the fine range they allow
    bool operator==(const CaseProvision &) const = default;
};

struct Penalty {
    PenaltyKind kind = PenaltyKind::Warning;
    Money amount;            // Fine, ConfiscateIncome
    int provisionIndex = -1; // Fine: index of the applied provision in EnforcementCase::provisions
    Money basisAmount;       // Fine under a Multiple range: the illegal income or goods value
    DiscretionTier tier = DiscretionTier::Ordinary; // Fine
    QString tierReasons;                            // Fine: why this tier (required)
    QString details;      // goods confiscated, what to correct, suspension scope, transfer recipient
    QDate deadline;       // OrderToCorrect: correct by; Suspension: until
    qint64 licenceId = 0; // RevokeLicence
    bool operator==(const Penalty &) const = default;
};

struct CaseHandler {
    qint64 staffId = 0;
    QString login;
    QString name;              // filled on load
    QString certificateNumber; // the enforcement certificate, filled on load
    QDate certificateValidFrom;
    QDate certificateValidUntil;
    bool operator==(const CaseHandler &) const = default;
};

struct CaseItem {
    qint64 itemId = 0; // the responsibility list's item
    QString text;      // filled on load
    bool operator==(const CaseItem &) const = default;
};

struct ClockStop {
    qint64 id = 0;
    ClockStopKind kind = ClockStopKind::Testing;
    QDate from;
    QDate to; // invalid while the stop lasts
    QString reason;
    bool operator==(const ClockStop &) const = default;
};

struct ClockExtension {
    QDate approvedOn;
    int days = 30;
    QString reason;
    QString approvedBy; // name, filled on load
    bool operator==(const ClockExtension &) const = default;
};

// 查封、扣押: its own 30-day limit with one 30-day extension.
struct Seizure {
    qint64 id = 0;
    QString items; // what was sealed or seized
    QString place;
    QDate from;
    QDate extendedOn; // invalid unless extended
    QString extensionReason;
    QDate releasedOn; // invalid while in force
    bool operator==(const Seizure &) const = default;
};

// One step of the timeline: a stage reached, or a clock event.
struct CaseStep {
    qint64 id = 0;
    QString kind; // "stage", "extension", "stop", "resume", "seizure", "seizure-extension", "seizure-release",
                  // "attachment", "edit", "lead"
    CaseStage fromStage = CaseStage::Lead;
    CaseStage toStage = CaseStage::Lead;
    QDate on;      // the date the step took effect
    QString text;  // opinion, reason or summary
    QString login; // who
    QString name;
    QString at; // when it was recorded (UTC ISO 8601)
};

struct CaseAttachment {
    qint64 id = 0;
    qint64 caseId = 0;
    QString uuid;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex of the content
    QString note;
    QString addedBy;
    QString addedAt;
};

struct EnforcementCase {
    qint64 id = 0;
    QString uuid;
    QString leadNumber; // 线索编号, given when the lead is registered: YQ-01-2026-0003
    CaseNumber number;  // given when filed
    CaseStage stage = CaseStage::Lead;

    CaseSource source = CaseSource::Complaint;
    QString sourceDetail; // complaint reference, inspection record, referring department
    QDate receivedOn;
    QString title; // 案由: 涉嫌生产销售不合格电线电缆案
    CaseParty party;
    QString facts;   // 违法事实 as established so far
    QString section; // the section in charge
    QList<CaseHandler> handlers;
    QList<CaseItem> items;
    QList<CaseProvision> provisions;
    QList<Penalty> penalties;
    QString findings; // 调查终结报告: the investigation's conclusion

    QDate filedOn;
    QDate notifiedOn;
    bool hearingNoticeGiven = false; // the notice told the party of the right to a hearing
    bool partyWaived = false;        // the party waived statement/hearing before the period ended
    QDate decidedOn;
    QDate servedOn;
    QString serviceMethod; // 直接送达, 邮寄送达, 留置送达, 公告送达
    QDate executedOn;
    Money paid; // fines and income actually paid
    QString receiptNumber;
    QDate closedOn;
    QDate archivedOn;
    QString archiveNumber;
    QString transferredTo;
    QDate endedOn; // not filed / transferred / withdrawn

    std::optional<ClockExtension> extension;
    QList<ClockStop> stops;
    QList<Seizure> seizures;

    QString modifiedAt; // quoted by update() to refuse stale edits

    // The short form "2026-007" once filed, else the lead number (the value
    // knows no bureau abbreviation; lists and messages use this).
    QString displayNumber() const;
    // "永质监罚字〔2026〕第007号" once filed, else the lead number.
    QString displayNumber(const QString &abbreviation) const;
    // Sum of the fines and of confiscated income.
    Money totalFines() const;
    QJsonObject toAuditJson() const;
};

} // namespace casedesk
