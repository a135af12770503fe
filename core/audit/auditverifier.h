#pragma once
// AuditVerifier: proves the audit trail untouched, or names the first entry
// that is not. Walks every workstation's chain in the order the entries
// were stored and checks that the sequence has no gap and no step back,
// that each entry links to the hash of the one before, that each entry's
// content still gives its own hash, and that the chain ends where its head
// says it ends (so removing the newest entries shows too).

#include "database.h"
#include "result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace casedesk {

class Session;

struct AuditChainHead {
    QString site;
    qint64 entries = 0;
    QString hash; // write it down: a later verify must end on the same hash or continue from it
};

struct AuditProblem {
    QString entry;  // "A-12", the first entry that is not as it was written
    qint64 id = 0;  // its row, 0 when it is missing
    QString reason; // a sentence for the user
};

struct AuditVerification {
    qint64 entries = 0;
    QList<AuditChainHead> chains;
    std::optional<AuditProblem> problem;

    bool intact() const { return !problem.has_value(); }
};

// Called with entries checked so far and the total; return false to stop.
using AuditProgress = std::function<bool(qint64 done, qint64 total)>;

namespace AuditVerifier {
Result<AuditVerification> verify(const Database &db, const Session &session, const AuditProgress &progress = {});
}

} // namespace casedesk
