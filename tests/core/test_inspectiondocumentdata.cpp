// InspectionDocumentData's loaders: the documents' data read from a real
// database through the repositories — the bureau from its settings, an
// inspection recorded from the Yongqing list's special-equipment system
// (its checklist and responsibility items), a sampling batch, a random
// draw — and the documents rendered from it; unknown ids refused.
#include "dutylist/dutylistimporter.h"
#include "inspections/checklist.h"
#include "inspections/drawrepository.h"
#include "inspections/inspectiondocuments.h"
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "registersupport.h"
#include "sampling/samplingrepository.h"
#include "samplingsample.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSE = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

// The first `n` special-equipment items of the list in force, as (id, text).
QList<QPair<qint64, QString>> specialEquipmentItems(Database &db, int n)
{
    auto q = db.exec(QStringLiteral("SELECT id, text FROM item WHERE domain = ? AND deleted_at IS NULL "
                                    "ORDER BY id LIMIT ?"),
                     {kSE, n});
    REQUIRE(q);
    QList<QPair<qint64, QString>> items;
    while (q->next())
        items.append({q->value(0).toLongLong(), q->value(1).toString()});
    return items;
}

} // namespace

TEST_CASE("forInspection loads a recorded inspection with its checklist, items and certificates",
          "[inspectiondocs][db]")
{
    TempDatabase tmp;
    const InspectionStaff staff = setUpInspectionStaff(tmp.db());
    REQUIRE(ResponsibilityListImporter(tmp.db()).importFile(staff.admin, {yongqingSeed(), {}}));
    const Entity unit = storeEntity(tmp.db(), staff.clerk, QStringLiteral("永清县华联商厦有限公司"), 1);
    const QDate day(2026, 3, 5);

    Inspection record = sampleInspection(tmp.db(), staff, unit.id, day, kSE);
    record.systemId = Checklist::defaultSystem(tmp.db(), kSE);
    REQUIRE(record.systemId > 0);
    auto points = Checklist::forSystem(tmp.db(), record.systemId);
    REQUIRE(points);
    REQUIRE(points->size() > 3);
    record.checklist = *points;
    for (CheckPoint &p : record.checklist)
        p.result = CheckResult::Conforms;
    const auto items = specialEquipmentItems(tmp.db(), 2);
    REQUIRE(items.size() == 2);
    record.itemIds = {items.at(0).first, items.at(1).first};
    InspectionRepository repository(tmp.db());
    auto created = repository.create(staff.seA, record, day);
    REQUIRE(created);

    auto draft = InspectionDocumentData::forInspection(tmp.db(), created->id, day);
    REQUIRE(draft);
    CHECK(draft->bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(draft->abbreviation == QStringLiteral("永质监"));
    CHECK(draft->printedOn == day);
    CHECK(draft->itemTexts == QStringList{items.at(0).second, items.at(1).second});
    CHECK(InspectionDocuments::available(InspectionDocumentKind::Report, *draft));
    CHECK(InspectionDocuments::html(InspectionDocumentKind::Report, *draft).contains(QStringLiteral("草　稿")));

    auto finished = repository.finish(staff.seA, created->id, day);
    REQUIRE(finished);
    auto data = InspectionDocumentData::forInspection(tmp.db(), finished->id, QDate(2026, 3, 6));
    REQUIRE(data);
    const Inspection &loaded = data->inspection;
    CHECK(loaded.recordNumber == finished->recordNumber);
    CHECK(loaded.unit.name == QStringLiteral("永清县华联商厦有限公司"));
    CHECK(loaded.checklist.size() == points->size());
    REQUIRE(loaded.inspectors.size() == 2);
    CHECK_FALSE(loaded.inspectors.at(0).certificateNumber.isEmpty());

    const QString html = InspectionDocuments::html(InspectionDocumentKind::Report, *data);
    CHECK_FALSE(html.contains(QStringLiteral("草　稿")));
    CHECK(html.contains(QStringLiteral("编号：") + loaded.recordNumber));
    CHECK(html.contains(QStringLiteral("永清县华联商厦有限公司")));
    CHECK(html.contains(QStringLiteral("事中事后监管制度：") + loaded.systemTitle.toHtmlEscaped()));
    CHECK_FALSE(loaded.systemTitle.isEmpty());
    CHECK(html.contains(items.at(0).second.simplified().toHtmlEscaped()));
    CHECK(html.contains(points->first().text.split(QLatin1Char('\n')).first().trimmed().toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("孙磊")));
    CHECK(html.contains(loaded.inspectors.at(0).certificateNumber));
    CHECK(html.contains(QStringLiteral("<p>特种设备安全</p>\n<p>监察员证号</p>")));
    CHECK(InspectionDocuments::title(InspectionDocumentKind::Report, *data) ==
          QStringLiteral("监督检查记录 ") + loaded.recordNumber);
    // Nothing found: no directive to print.
    CHECK_FALSE(InspectionDocuments::available(InspectionDocumentKind::Directive, *data));
}

TEST_CASE("forBatch and forDraw load a sampling batch and a random draw", "[inspectiondocs][db]")
{
    TempDatabase tmp;
    const InspectionStaff staff = setUpInspectionStaff(tmp.db());
    const QDate day(2026, 4, 8);
    QList<Entity> units;
    for (int n = 1; n <= 3; ++n)
        units << storeEntity(tmp.db(), staff.clerk, QStringLiteral("永清县第%1电线电缆有限公司").arg(n), n);

    auto batch = SamplingRepository(tmp.db()).create(staff.inspectorA, planBatch(staff, units.at(0).id, day), day);
    REQUIRE(batch);
    auto batchData = InspectionDocumentData::forBatch(tmp.db(), batch->id, day);
    REQUIRE(batchData);
    CHECK(batchData->bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(batchData->batch.batchNumber == batch->batchNumber);
    CHECK(InspectionDocuments::available(InspectionDocumentKind::SamplingNotice, *batchData));
    const QString notice = InspectionDocuments::html(InspectionDocumentKind::SamplingNotice, *batchData);
    CHECK(notice.contains(QStringLiteral("编号：") + batch->batchNumber));
    CHECK(notice.contains(QStringLiteral("永清县第1电线电缆有限公司")));
    CHECK(notice.contains(QStringLiteral("廊坊市产品质量监督检验所")));

    DrawRequest request;
    request.domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
    request.count = 2;
    request.seed = QStringLiteral("seed-7");
    request.drawnOn = day;
    request.section = QStringLiteral("质量监督股");
    request.purpose = QStringLiteral("2026年第二季度双随机抽查");
    auto draw = DrawRepository(tmp.db()).draw(staff.chief, request, day);
    REQUIRE(draw);
    auto drawData = InspectionDocumentData::forDraw(tmp.db(), draw->id, day);
    REQUIRE(drawData);
    CHECK(drawData->draw.drawNumber == draw->drawNumber);
    const QString record = InspectionDocuments::html(InspectionDocumentKind::DrawRecord, *drawData);
    CHECK(record.contains(QStringLiteral("编号：") + draw->drawNumber));
    CHECK(record.contains(QStringLiteral("seed-7")));
    CHECK(record.contains(draw->entityPoolHash));
    CHECK(record.contains(draw->inspectorPoolHash));
    CHECK(record.contains(draw->resultHash));
    for (const DrawPick &pick : draw->picks)
        CHECK(record.contains(pick.entityCode));
}

TEST_CASE("The loaders refuse records that do not exist", "[inspectiondocs][db]")
{
    TempDatabase tmp;
    setUpInspectionStaff(tmp.db());
    const QDate day(2026, 4, 8);
    CHECK_FALSE(InspectionDocumentData::forInspection(tmp.db(), 4242, day).ok());
    CHECK_FALSE(InspectionDocumentData::forBatch(tmp.db(), 4242, day).ok());
    CHECK_FALSE(InspectionDocumentData::forDraw(tmp.db(), 4242, day).ok());
}
