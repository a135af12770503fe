// InspectionDocumentData's loaders: everything a document prints, read once
// so the renderers stay pure — the bureau's name and abbreviation, the
// inspection (with the texts of its responsibility items), the sampling
// batch or the draw, and the day of printing.
#include "bureausettings.h"
#include "inspections/drawrepository.h"
#include "inspections/inspectiondocuments.h"
#include "inspections/inspectionrepository.h"
#include "sampling/samplingrepository.h"

namespace casedesk {

namespace {

InspectionDocumentData base(const Database &db, const QDate &today)
{
    InspectionDocumentData data;
    const BureauSettings settings = BureauSettings::load(db);
    data.bureauName = settings.bureauName;
    data.abbreviation = settings.abbreviation;
    data.printedOn = today;
    return data;
}

// An item removed from the list since prints no text rather than keeping
// the record from printing.
Result<QStringList> loadItemTexts(const Database &db, const QList<qint64> &itemIds)
{
    QStringList texts;
    for (qint64 id : itemIds) {
        auto q = db.exec(QStringLiteral("SELECT text FROM item WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->next())
            texts << q->value(0).toString();
    }
    return texts;
}

} // namespace

Result<InspectionDocumentData> InspectionDocumentData::forInspection(Database &db, qint64 inspectionId,
                                                                     const QDate &today)
{
    auto found = InspectionRepository(db).find(inspectionId);
    if (!found)
        return found.error();
    auto items = loadItemTexts(db, found->itemIds);
    if (!items)
        return items.error();
    InspectionDocumentData data = base(db, today);
    data.inspection = std::move(found).value();
    data.itemTexts = std::move(items).value();
    return data;
}

Result<InspectionDocumentData> InspectionDocumentData::forBatch(Database &db, qint64 batchId, const QDate &today)
{
    auto found = SamplingRepository(db).find(batchId);
    if (!found)
        return found.error();
    InspectionDocumentData data = base(db, today);
    data.batch = std::move(found).value();
    return data;
}

Result<InspectionDocumentData> InspectionDocumentData::forDraw(Database &db, qint64 drawId, const QDate &today)
{
    auto found = DrawRepository(db).find(drawId);
    if (!found)
        return found.error();
    InspectionDocumentData data = base(db, today);
    data.draw = std::move(found).value();
    return data;
}

} // namespace casedesk
