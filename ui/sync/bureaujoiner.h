#pragma once
// BureauJoiner: a new workstation of a bureau that already runs CaseDesk
// takes the bureau's data (the set-up's Join mode): checks that the full
// export opens with the sync key given before anything is stored, then
// stores this workstation's code and the key (BureauSettings::prepareToJoin,
// SyncKey::storeAtSetUp) and imports the file with a progress dialog. The
// accounts come with the file, so nobody signs in before the import.

#include "result.h"
#include "sync/synckey.h"
#include "sync/syncreport.h"

#include <QCoreApplication>

class QWidget;

namespace casedesk {

class Database;

class BureauJoiner {
    Q_DECLARE_TR_FUNCTIONS(casedesk::BureauJoiner)

  public:
    // parent: the progress dialog's. A refusal leaves nothing stored, unless
    // the import itself failed: then the code and the key stay for the next
    // attempt.
    static Result<ImportReport> join(QWidget *parent, Database &db, const QString &site, const SyncKey &key,
                                     const QString &path);
};

} // namespace casedesk
