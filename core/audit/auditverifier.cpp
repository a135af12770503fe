#include "audit/auditverifier.h"

#include "audit/auditqueries.h"
#include "audit/audittrail.h"
#include "auth/permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

struct ChainState {
    qint64 seq = 0;
    QString hash = AuditTrail::genesisHash();
};

QString reference(const QString &site, qint64 seq)
{
    return QStringLiteral("%1-%2").arg(site).arg(seq);
}

class ChainWalk {
  public:
    explicit ChainWalk(QSet<QString> present) : m_present(std::move(present)) {}

    // The problem with the next stored entry, if any.
    std::optional<AuditProblem> check(const AuditEntry &e)
    {
        ChainState &state = m_chains[e.site];
        const qint64 expected = state.seq + 1;
        if (e.seq != expected) {
            const QString missing = reference(e.site, expected);
            if (e.seq > expected && !m_present.contains(missing))
                return AuditProblem{missing, 0,
                                    Text::tr("Entry %1 is missing: it was deleted after it was written (the chain "
                                             "goes from %2 to %3).")
                                        .arg(missing, reference(e.site, state.seq), e.reference())};
            return AuditProblem{e.reference(), e.id,
                                Text::tr("Entry %1 is out of order: it stands where %2 should be; entries were "
                                         "reordered after they were written.")
                                    .arg(e.reference(), missing)};
        }
        if (e.prevHash != state.hash)
            return AuditProblem{e.reference(), e.id,
                                expected == 1
                                    ? Text::tr("Entry %1 should start the chain of workstation %2 but links to "
                                               "another entry.")
                                          .arg(e.reference(), e.site)
                                    : Text::tr("Entry %1 no longer links to entry %2: %2 was rewritten or entries "
                                               "were replaced after they were written.")
                                          .arg(e.reference(), reference(e.site, state.seq))};
        if (AuditTrail::computeHash(e) != e.hash)
            return AuditProblem{e.reference(), e.id,
                                Text::tr("Entry %1 was changed after it was written: its content no longer matches "
                                         "its hash.")
                                    .arg(e.reference())};
        state.seq = e.seq;
        state.hash = e.hash;
        return std::nullopt;
    }

    const QHash<QString, ChainState> &chains() const { return m_chains; }

  private:
    QSet<QString> m_present;
    QHash<QString, ChainState> m_chains;
};

Result<QSet<QString>> presentEntries(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT site, seq FROM audit_entry"));
    if (!q)
        return q.error();
    QSet<QString> present;
    while (q->next())
        present.insert(reference(q->value(0).toString(), q->value(1).toLongLong()));
    return present;
}

// The heads record where each chain ends; entries missing at the end (or a
// whole chain) show only here.
Result<std::optional<AuditProblem>> checkHeads(const Database &db, const QHash<QString, ChainState> &walked,
                                               QList<AuditChainHead> &heads)
{
    auto q = db.exec(QStringLiteral("SELECT site, seq, hash FROM audit_head ORDER BY site"));
    if (!q)
        return q.error();
    QSet<QString> seen;
    while (q->next()) {
        const QString site = q->value(0).toString();
        const qint64 seq = q->value(1).toLongLong();
        const QString hash = q->value(2).toString();
        seen.insert(site);
        const ChainState state = walked.value(site);
        if (seq > state.seq)
            return std::optional{AuditProblem{
                reference(site, state.seq + 1), 0,
                Text::tr("Entries %1 to %2 are missing: the newest entries of workstation %3 were deleted.")
                    .arg(reference(site, state.seq + 1), reference(site, seq), site)}};
        if (seq < state.seq || hash != state.hash)
            return std::optional{
                AuditProblem{reference(site, seq), 0,
                             Text::tr("The chain of workstation %1 does not end where its head says (%2): the "
                                      "trail was altered.")
                                 .arg(site, reference(site, seq))}};
        heads << AuditChainHead{site, seq, hash};
    }
    for (auto it = walked.begin(); it != walked.end(); ++it)
        if (!seen.contains(it.key()))
            return std::optional{AuditProblem{
                reference(it.key(), it->seq), 0,
                Text::tr("The chain of workstation %1 has no head: the trail was altered.").arg(it.key())}};
    return std::optional<AuditProblem>{};
}
} // namespace

Result<AuditVerification> AuditVerifier::verify(const Database &db, const Session &session,
                                                const AuditProgress &progress)
{
    if (auto s = Permissions::require(session, Action::VerifyAuditTrail); !s)
        return s.error();
    auto present = presentEntries(db);
    if (!present)
        return present.error();
    AuditVerification result;
    const qint64 total = present->size();
    ChainWalk walk(*present);

    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY id").arg(QString::fromLatin1(kAuditEntryColumns)));
    if (!q)
        return q.error();
    while (q->next()) {
        const AuditEntry e = auditEntryFromRow(*q);
        if (auto problem = walk.check(e)) {
            result.problem = problem;
            return result;
        }
        ++result.entries;
        if (progress && result.entries % 1000 == 0 && !progress(result.entries, total))
            return refusal(
                Text::tr("The verification was cancelled after %1 of %2 entries.").arg(result.entries).arg(total));
    }
    auto heads = checkHeads(db, walk.chains(), result.chains);
    if (!heads)
        return heads.error();
    result.problem = *heads;
    if (progress)
        progress(total, total);
    return result;
}

} // namespace casedesk
