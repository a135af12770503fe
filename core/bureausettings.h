#pragma once
// BureauSettings: who this database belongs to, set once by `init` (and
// later the GUI's set-up): the bureau's name, its case-number abbreviation
// (永质监) and this workstation's code.

#include "database.h"
#include "result.h"

#include <QString>

namespace casedesk {

struct BureauSettings {
    QString bureauName;
    QString abbreviation;
    QString site;

    bool initialised() const { return !bureauName.isEmpty(); }

    static BureauSettings load(const Database &db);
    // Validates and stores; refuses empty or over-long values and a site code
    // that is not 1–16 letters, digits or '-'.
    static Status save(Database &db, const BureauSettings &settings);
    // First set-up of a database: stores the settings, accepts the same
    // values again, and refuses to change a bureau that is already set up
    // (changing it later is an administrator's act, not a set-up).
    static Status initialise(Database &db, const BureauSettings &settings);
};

} // namespace casedesk
