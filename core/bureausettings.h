#pragma once
// BureauSettings: who this database belongs to, set once by the first
// set-up (BureauSetup): the bureau's name, its case-number abbreviation
// (永质监), this workstation's code, and how long an unattended GUI stays
// open before it locks. Administrators may change all but the workstation
// code later; every change is audited.

#include "database.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace casedesk {

class AuditedTransaction;
class Session;

struct BureauSettings {
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kLongestIdleLockMinutes = 240;

    QString bureauName;
    QString abbreviation;
    QString site;
    int idleLockMinutes = kDefaultIdleLockMinutes;
    QString uuid; // the settings' identity in the audit trail, made at set-up

    bool initialised() const { return !bureauName.isEmpty(); }

    // Refuses empty or over-long values, a workstation code that is not 1–16
    // letters, digits or '-', and an idle lock outside 1–240 minutes.
    Status validate() const;
    QJsonObject toAuditJson() const;

    static BureauSettings load(const Database &db);
    static Status validateSite(const QString &site);
    // A new workstation of a bureau that already runs CaseDesk: only its
    // code is set here; the bureau's settings, accounts and data come with
    // the first import of a full export (SyncImporter).
    static Status prepareToJoin(const Database &db, const QString &site);
    // The joining workstation takes the bureau's settings from that file.
    static Status adoptFromBureau(const Database &db, const QString &bureauName, const QString &abbreviation,
                                  const QString &bureauUuid);
    // Set up to join, waiting for the first import.
    bool waitingToJoin() const { return !initialised() && !site.isEmpty(); }
    // Writes the settings inside the caller's transaction, audited as
    // action (set-up or change).
    static Status store(AuditedTransaction &tx, const BureauSettings &before, const BureauSettings &after,
                        const QString &action);
    // An administrator's change. The workstation code is fixed at set-up:
    // records and the audit chain carry it.
    static Status update(Database &db, const Session &session, const BureauSettings &settings);
};

} // namespace casedesk
