// CaseRepository's writes to the statutory clock: the one extension, the
// stops (hearing, testing, public notice) and the seizures with their own
// limit. Each is checked, writes a step and an audit entry, and stores the
// due date StatutoryClock computes afterwards.
#include "audit/auditedtransaction.h"
#include "cases/caserepository.h"
#include "cases/caserows.h"
#include "cases/casewrites.h"
#include "cases/statutoryclock.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <functional>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

using RegisterRows::storedDate;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// What one clock write changes: the case value, the child rows, the step
// and any extra case columns.
struct ClockChange {
    StepRecord step;
    RecordWriter::Fields extra;
};
using Change =
    std::function<Status(AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after, ClockChange &)>;

Result<EnforcementCase> write(Database &db, const Session &session, Action action, qint64 caseId,
                              const QString &auditAction, const QDate &today, const Change &change)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(action); !s)
        return s.error();
    auto before = CaseRows::load(db, caseId);
    if (!before)
        return before.error();
    EnforcementCase after = *before;
    ClockChange c;
    c.step.from = c.step.to = before->stage;
    if (auto s = change(tx, *before, after, c); !s)
        return s.error();
    if (auto s = CaseWrites::store(tx, *before, after, auditAction, c.step, today, false, c.extra); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return CaseRows::load(db, caseId);
}

// A date of a clock event: given, not in the future, not before `earliest`.
Status requireDay(const QString &what, const QDate &day, const QDate &earliest, const QString &earliestWhat,
                  const QDate &today)
{
    if (!day.isValid())
        return refusal(Text::tr("%1: give the date.").arg(what));
    if (day > today)
        return refusal(Text::tr("%1: %2 lies in the future.").arg(what, iso(day)));
    if (earliest.isValid() && day < earliest)
        return refusal(Text::tr("%1: %2 is before %3 (%4).").arg(what, iso(day), earliestWhat, iso(earliest)));
    return success();
}

Status requireReason(const QString &what, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return refusal(Text::tr("%1: give the reason.").arg(what));
    return success();
}

// The clock runs (or stands still) from filing until the decision.
Status requireClock(const EnforcementCase &c, const QString &what)
{
    if (!clockRuns(c.stage))
        return refusal(Text::tr("%1: the clock of %2 does not run (the case is %3).")
                           .arg(what, c.displayNumber(), caseStages().name(c.stage)));
    return success();
}

Result<int> seizureIndex(const EnforcementCase &c, qint64 seizureId)
{
    for (int i = 0; i < c.seizures.size(); ++i)
        if (c.seizures.at(i).id == seizureId)
            return i;
    return refusal(Text::tr("Case %1 has no seizure %2.").arg(c.displayNumber()).arg(seizureId));
}

RecordWriter::Fields seizureFields(const Seizure &s, const QDate &today)
{
    return {{"items", s.items},
            {"place", s.place},
            {"from_on", storedDate(s.from)},
            {"extended_on", storedDate(s.extendedOn)},
            {"extension_reason", s.extensionReason},
            {"released_on", storedDate(s.releasedOn)},
            {"due_on", storedDate(StatutoryClock::seizure(s, today).due)}};
}
} // namespace

Result<EnforcementCase> CaseRepository::extend(const Session &session, qint64 caseId, const QDate &on,
                                               const QString &reason, const QDate &today)
{
    auto change = [&](AuditedTransaction &, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        const QString what = Text::tr("Extension");
        if (auto s = requireClock(before, what); !s)
            return s;
        if (before.extension)
            return refusal(Text::tr("Extension: %1 was already extended on %2; the law allows one extension.")
                               .arg(before.displayNumber(), iso(before.extension->approvedOn)));
        if (auto s = requireReason(what, reason); !s)
            return s;
        if (auto s = requireDay(what, on, before.filedOn, Text::tr("the filing"), today); !s)
            return s;
        const ClockState clock = StatutoryClock::evaluate(before, today);
        if (on > clock.due)
            return refusal(Text::tr("Extension: the decision was due on %1; an expired deadline cannot be extended.")
                               .arg(iso(clock.due)));
        after.extension = ClockExtension{on, StatutoryClock::kExtensionDays, reason.trimmed(), session.name()};
        c.extra = {{"extension_by", session.login()}};
        c.step.kind = QStringLiteral("extension");
        c.step.on = on;
        c.step.text = reason.trimmed();
        return success();
    };
    return write(m_db, session, Action::ApproveCase, caseId, QStringLiteral("case.extend"), today, change);
}

Result<EnforcementCase> CaseRepository::suspend(const Session &session, qint64 caseId, ClockStopKind kind,
                                                const QDate &from, const QString &reason, const QDate &today)
{
    auto change = [&](AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        const QString what = Text::tr("Clock stop");
        if (auto s = requireClock(before, what); !s)
            return s;
        for (const ClockStop &open : before.stops)
            if (open.kind == kind && !open.to.isValid())
                return refusal(Text::tr("Clock stop: a stop for %1 is already open since %2; resume it first.")
                                   .arg(clockStopKinds().name(kind), iso(open.from)));
        if (auto s = requireReason(what, reason); !s)
            return s;
        if (auto s = requireDay(what, from, before.filedOn, Text::tr("the filing"), today); !s)
            return s;
        ClockStop stop{0, kind, from, {}, reason.trimmed()};
        auto id = tx.writer().insert("case_clock_stop", {{"case_id", before.id},
                                                         {"kind", clockStopKinds().code(kind)},
                                                         {"from_on", storedDate(from)},
                                                         {"to_on", QString()},
                                                         {"reason", stop.reason}});
        if (!id)
            return id.error();
        stop.id = *id;
        after.stops << stop;
        c.step.kind = QStringLiteral("stop");
        c.step.on = from;
        c.step.text = QStringLiteral("%1: %2").arg(clockStopKinds().name(kind), stop.reason);
        return success();
    };
    return write(m_db, session, Action::ReviewCase, caseId, QStringLiteral("case.suspend"), today, change);
}

Result<EnforcementCase> CaseRepository::resume(const Session &session, qint64 caseId, const QDate &to,
                                               const QString &reason, const QDate &today)
{
    auto change = [&](AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        const QString what = Text::tr("Clock restart");
        QStringList kinds;
        for (ClockStop &stop : after.stops) {
            if (stop.to.isValid())
                continue;
            if (auto s = requireDay(what, to, stop.from,
                                    Text::tr("the stop for %1 began").arg(clockStopKinds().name(stop.kind)), today);
                !s)
                return s;
            stop.to = to;
            if (auto s = tx.writer().update("case_clock_stop", stop.id, {{"to_on", storedDate(to)}}); !s)
                return s;
            kinds << clockStopKinds().name(stop.kind);
        }
        if (kinds.isEmpty())
            return refusal(Text::tr("Clock restart: the clock of %1 is not stopped.").arg(before.displayNumber()));
        if (auto s = requireReason(what, reason); !s)
            return s;
        c.step.kind = QStringLiteral("resume");
        c.step.on = to;
        c.step.text = QStringLiteral("%1: %2").arg(kinds.join(QStringLiteral(", ")), reason.trimmed());
        return success();
    };
    return write(m_db, session, Action::ReviewCase, caseId, QStringLiteral("case.resume"), today, change);
}

Result<EnforcementCase> CaseRepository::seize(const Session &session, qint64 caseId, Seizure seizure,
                                              const QDate &today)
{
    auto change = [&](AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        const QString what = Text::tr("Seizure");
        if (!clockRuns(before.stage))
            return refusal(Text::tr("Seizure: goods are sealed or seized between filing and the decision; %1 is %2.")
                               .arg(before.displayNumber(), caseStages().name(before.stage)));
        Seizure s{0, seizure.items.trimmed(), seizure.place.trimmed(), seizure.from, {}, {}, {}};
        if (s.items.isEmpty())
            return refusal(Text::tr("Seizure: list what was sealed or seized."));
        if (auto ok = requireDay(what, s.from, before.filedOn, Text::tr("the filing"), today); !ok)
            return ok;
        auto id = tx.writer().insert("case_seizure", [&] {
            RecordWriter::Fields f = seizureFields(s, today);
            f.insert(f.begin(), {"case_id", before.id});
            return f;
        }());
        if (!id)
            return id.error();
        s.id = *id;
        after.seizures << s;
        c.step.kind = QStringLiteral("seizure");
        c.step.on = s.from;
        c.step.text = s.place.isEmpty() ? s.items : QStringLiteral("%1 (%2)").arg(s.items, s.place);
        return success();
    };
    return write(m_db, session, Action::EditCase, caseId, QStringLiteral("case.seize"), today, change);
}

Result<EnforcementCase> CaseRepository::extendSeizure(const Session &session, qint64 caseId, qint64 seizureId,
                                                      const QDate &on, const QString &reason, const QDate &today)
{
    auto change = [&](AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        const QString what = Text::tr("Seizure extension");
        auto index = seizureIndex(before, seizureId);
        if (!index)
            return index.error();
        Seizure &s = after.seizures[*index];
        if (s.releasedOn.isValid())
            return refusal(Text::tr("Seizure extension: the goods were released on %1.").arg(iso(s.releasedOn)));
        if (s.extendedOn.isValid())
            return refusal(Text::tr("Seizure extension: the seizure was already extended on %1; the law allows one "
                                    "extension.")
                               .arg(iso(s.extendedOn)));
        if (auto ok = requireReason(what, reason); !ok)
            return ok;
        if (auto ok = requireDay(what, on, s.from, Text::tr("the seizure began"), today); !ok)
            return ok;
        const QDate due = StatutoryClock::seizure(s, today).due;
        if (on > due)
            return refusal(
                Text::tr("Seizure extension: the seizure ended on %1; an expired seizure cannot be extended.")
                    .arg(iso(due)));
        s.extendedOn = on;
        s.extensionReason = reason.trimmed();
        if (auto ok = tx.writer().update("case_seizure", s.id, seizureFields(s, today)); !ok)
            return ok;
        c.step.kind = QStringLiteral("seizure-extension");
        c.step.on = on;
        c.step.text = QStringLiteral("%1: %2").arg(s.items, s.extensionReason);
        return success();
    };
    return write(m_db, session, Action::ApproveCase, caseId, QStringLiteral("case.seizure-extend"), today, change);
}

Result<EnforcementCase> CaseRepository::releaseSeizure(const Session &session, qint64 caseId, qint64 seizureId,
                                                       const QDate &on, const QDate &today)
{
    auto change = [&](AuditedTransaction &tx, const EnforcementCase &before, EnforcementCase &after,
                      ClockChange &c) -> Status {
        auto index = seizureIndex(before, seizureId);
        if (!index)
            return index.error();
        Seizure &s = after.seizures[*index];
        if (s.releasedOn.isValid())
            return refusal(Text::tr("Release: the goods were already released on %1.").arg(iso(s.releasedOn)));
        if (auto ok = requireDay(Text::tr("Release"), on, s.from, Text::tr("the seizure began"), today); !ok)
            return ok;
        s.releasedOn = on;
        if (auto ok = tx.writer().update("case_seizure", s.id, seizureFields(s, today)); !ok)
            return ok;
        c.step.kind = QStringLiteral("seizure-release");
        c.step.on = on;
        c.step.text = s.items;
        return success();
    };
    return write(m_db, session, Action::EditCase, caseId, QStringLiteral("case.seizure-release"), today, change);
}

} // namespace casedesk
