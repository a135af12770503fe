#include "sync/derivedcolumns.h"

#include "bureausettings.h"
#include "cases/caserows.h"
#include "inspections/inspectionrows.h"
#include "register/entityregister.h"
#include "sampling/samplingrows.h"

namespace casedesk::DerivedColumns {

bool isDerived(const QString &table, const QString &column)
{
    static const std::pair<const char *, const char *> derived[] = {
        {"entity", "name_key"},        {"entity", "search_text"},         {"enforcement_case", "search_text"},
        {"inspection", "search_text"}, {"sampling_batch", "search_text"}, {"sampling_batch", "product_key"},
    };
    for (const auto &[t, c] : derived)
        if (table == QLatin1String(t) && column == QLatin1String(c))
            return true;
    return false;
}

Status refresh(const Database &db, const QString &table, qint64 id)
{
    if (table != QLatin1String("entity") && table != QLatin1String("enforcement_case") &&
        table != QLatin1String("inspection") && table != QLatin1String("sampling_batch"))
        return success();
    auto live = db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table), {id});
    if (!live)
        return live.error();
    if (!live->next())
        return success();
    if (table == QLatin1String("entity"))
        return EntityRegister::refreshDerived(db, id);
    if (table == QLatin1String("enforcement_case"))
        return CaseRows::refreshDerived(db, id, BureauSettings::load(db).abbreviation);
    if (table == QLatin1String("inspection"))
        return InspectionRows::refreshDerived(db, id);
    return SamplingRows::refreshDerived(db, id);
}

} // namespace casedesk::DerivedColumns
