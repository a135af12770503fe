// CaseDocumentData::load: everything the documents print, read once so the
// renderers stay pure — the bureau's name and abbreviation, the case with
// its timeline, the statutory clock as of `today`, and the numbers of the
// licences a revocation names.
#include "bureausettings.h"
#include "cases/casedocuments.h"
#include "cases/caserepository.h"
#include "register/licenceregister.h"

namespace casedesk {

Result<CaseDocumentData> CaseDocumentData::load(Database &db, qint64 caseId, const QDate &today)
{
    CaseRepository cases(db);
    auto found = cases.find(caseId);
    if (!found)
        return found.error();

    CaseDocumentData data;
    const BureauSettings settings = BureauSettings::load(db);
    data.bureauName = settings.bureauName;
    data.abbreviation = settings.abbreviation;
    data.c = std::move(found).value();
    data.steps = cases.steps(caseId);
    data.clock = StatutoryClock::evaluate(data.c, today);
    data.printedOn = today;

    LicenceRegister licences(db);
    for (const Penalty &p : data.c.penalties) {
        if (p.kind != PenaltyKind::RevokeLicence || p.licenceId == 0)
            continue;
        // A licence removed from the register since prints without its
        // number rather than keeping the case's documents from printing.
        if (auto licence = licences.find(p.licenceId))
            data.licenceNumbers.append({p.licenceId, licence->number});
    }
    return data;
}

} // namespace casedesk
