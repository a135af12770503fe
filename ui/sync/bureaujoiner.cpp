#include "sync/bureaujoiner.h"

#include "bureausettings.h"
#include "database.h"
#include "maintenanceprogressdialog.h"
#include "sync/syncfile.h"
#include "sync/syncimporter.h"
#include "transactionguard.h"

#include <QFileInfo>

namespace casedesk {

Result<ImportReport> BureauJoiner::join(QWidget *parent, Database &db, const QString &site, const SyncKey &key,
                                        const QString &path)
{
    if (auto valid = BureauSettings::validateSite(site.trimmed()); !valid)
        return valid.error();
    if (path.trimmed().isEmpty())
        return refusal(tr("Choose the full export made on another workstation of the bureau."));
    if (!QFileInfo(path).isFile())
        return refusal(tr("%1: there is no such file.").arg(path));
    // A key that does not open the file is refused before it is stored:
    // once stored, only an administrator could change it.
    if (auto readable = SyncFile::read(path, key); !readable)
        return readable.error();
    {
        TransactionGuard tx(db.sql(), TransactionGuard::Mode::Immediate);
        if (!tx.active())
            return failure(tr("Cannot store the workstation's code: the database is busy."));
        if (auto s = BureauSettings::prepareToJoin(db, site); !s)
            return s.error();
        if (auto s = SyncKey::storeAtSetUp(db, key); !s)
            return s.error();
        if (!tx.commit())
            return failure(tr("Cannot store the workstation's code in %1.").arg(db.path()));
    }
    MaintenanceProgressDialog progress(parent, tr("Join the Bureau"),
                                       tr("Importing %1…").arg(QFileInfo(path).fileName()));
    auto report = SyncImporter::run(db, nullptr, path, progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!report && cancelled)
        return refusal(tr("The import was cancelled; this workstation has not joined yet."));
    return report;
}

} // namespace casedesk
