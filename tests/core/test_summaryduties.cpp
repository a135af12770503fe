// 履职情况: the duties table of a summary against the real responsibility
// list of 永清县 (../shared/seeds/004_…txt) imported as an edition. A few
// items are carried out by inspections, sampling batches and cases in
// 2026Q3 (and some records fall outside it); the expected rows are every
// item of the edition in duty and item order, read from the stored edition
// with plain SQL, with the counts worked out by hand.
#include "cases/caserepository.h"
#include "casesupport.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistrepository.h"
#include "inspections/inspectionrepository.h"
#include "registersupport.h"
#include "sampling/samplingrepository.h"
#include "samplingsample.h"
#include "summarysample.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const ReportPeriod kQ3 = ReportPeriod::ofQuarter(2026, 3);

struct StoredItem {
    qint64 id = 0;
    QString dutyNumber;
    QString dutyText;
    QString text;
    QStringList sections;
};

// The items of an edition in duty and item order, as stored.
QList<StoredItem> storedItems(Database &db, qint64 editionId)
{
    auto q = db.exec(QStringLiteral("SELECT i.id, d.number, d.text, i.text FROM item i JOIN duty d ON d.id = i.duty_id "
                                    "WHERE d.edition_id = ? AND i.deleted_at IS NULL AND d.deleted_at IS NULL "
                                    "ORDER BY d.position, i.position"),
                     {editionId});
    REQUIRE(q);
    QList<StoredItem> items;
    while (q->next())
        items.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                      {}});
    for (StoredItem &item : items) {
        auto s = db.exec(QStringLiteral("SELECT s.name FROM item_section x JOIN section s ON s.id = x.section_id "
                                        "WHERE x.item_id = ? ORDER BY x.position"),
                         {item.id});
        REQUIRE(s);
        while (s->next())
            item.sections << s->value(0).toString();
    }
    return items;
}

const StoredItem &firstWith(const QList<StoredItem> &items, const QStringList &sections)
{
    for (const StoredItem &item : items)
        if (item.sections == sections)
            return item;
    FAIL("no item with the sections " << sections.join(QStringLiteral("、")).toStdString());
    return items.first();
}

struct DutyBureau {
    TempDatabase t;
    InspectionStaff staff = setUpInspectionStaff(t.db());
    qint64 editionId = 0;
    QString editionLabel;
    QList<StoredItem> items;
    Entity e1 = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县履职测试一有限公司"), 1);
    Entity e2 = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县履职测试二有限公司"), 2);

    DutyBureau()
    {
        auto imported = ResponsibilityListImporter(t.db()).importFile(staff.admin, {yongqingSeed(), {}});
        REQUIRE(imported);
        editionId = imported->editionId;
        editionLabel = imported->label;
        items = storedItems(t.db(), editionId);
        REQUIRE(items.size() == imported->items);
        REQUIRE(items.size() > 20);
    }

    Inspection inspect(const Entity &entity, const QDate &day, const QString &domain, QList<qint64> itemIds,
                       bool finish = true)
    {
        InspectionRepository repo(t.db());
        Inspection record = sampleInspection(t.db(), staff, entity.id, day, domain);
        record.itemIds = itemIds;
        const Session &who = domain == QLatin1String(SupervisionDomain::SpecialEquipment) ? staff.seA : staff.inspectorA;
        auto created = repo.create(who, record, day);
        REQUIRE(created);
        if (!finish)
            return *created;
        auto finished = repo.finish(who, created->id, day);
        REQUIRE(finished);
        return *finished;
    }

    SamplingBatch sample(const Entity &entity, const QDate &day, QList<qint64> itemIds)
    {
        SamplingBatch batch = planBatch(staff, entity.id, day);
        batch.itemIds = itemIds;
        auto created = SamplingRepository(t.db()).create(staff.inspectorA, batch, day);
        REQUIRE(created);
        return *created;
    }

    QuarterSummary compute(const QString &section = {})
    {
        SummaryRequest request;
        request.period = kQ3;
        request.section = section;
        request.today = kSummaryToday;
        auto s = SummaryCalculator::compute(t.db(), staff.admin, request);
        REQUIRE(s);
        return *s;
    }
};

struct Activity {
    qint64 inspections = 0, batches = 0, cases = 0;
    qint64 total() const { return inspections + batches + cases; }
};

// The duties table row by row against the stored items and the activity
// expected of each (items not named: none).
void checkDuties(Database &db, const QuarterSummary &s, const QList<StoredItem> &items,
                 const std::map<qint64, Activity> &activity)
{
    const SummaryTable &duties = tableOf(s, QStringLiteral("duties"));
    REQUIRE(duties.headers.size() == 8);
    const auto rows = dataRows(duties);
    REQUIRE(rows.size() == items.size());
    QString performedText, idleText;
    QList<StoredItem> idle;
    for (qsizetype r = 0; r < items.size(); ++r) {
        const StoredItem &item = items.at(r);
        const auto &row = rows.at(r);
        INFO("row " << r << ": " << item.text.toStdString());
        CHECK(row.at(0).value.toString() == item.dutyNumber);
        CHECK(row.at(1).value.toString() == item.text);
        for (const QString &section : item.sections)
            CHECK(row.at(2).value.toString().contains(section));
        const auto found = activity.find(item.id);
        const Activity a = found == activity.end() ? Activity{} : found->second;
        CHECK(countOf(row.at(3)) == a.inspections);
        CHECK(countOf(row.at(4)) == a.batches);
        CHECK(countOf(row.at(5)) == a.cases);
        CHECK(countOf(row.at(6)) == a.total());
        const QString status = row.at(7).value.toString();
        QString &expected = a.total() > 0 ? performedText : idleText;
        if (expected.isEmpty())
            expected = status;
        CHECK(status == expected);
        if (a.total() == 0)
            idle << item;
        for (int c = 3; c <= 5; ++c)
            if (!row.at(c).trace.isEmpty())
                CHECK(tracedCount(db, row.at(c)) == countOf(row.at(c)));
    }
    if (!performedText.isEmpty() && !idleText.isEmpty())
        CHECK(performedText != idleText);

    const SummaryTable &idleTable = tableOf(s, QStringLiteral("duties_idle"));
    REQUIRE(idleTable.headers.size() == 4);
    const auto idleRows = dataRows(idleTable);
    REQUIRE(idleRows.size() == idle.size());
    for (qsizetype r = 0; r < idle.size(); ++r) {
        INFO("idle row " << r << ": " << idle.at(r).text.toStdString());
        CHECK(idleRows.at(r).at(0).value.toString() == idle.at(r).dutyNumber);
        CHECK(idleRows.at(r).at(1).value.toString() == idle.at(r).dutyText);
        CHECK(idleRows.at(r).at(2).value.toString() == idle.at(r).text);
    }

    const qint64 performed = qint64(items.size() - idle.size());
    CHECK(countOf(overviewRow(s, QStringLiteral("duties_performed")).at(1)) == performed);
    CHECK(countOf(overviewRow(s, QStringLiteral("duty_items")).at(1)) == items.size());
    if (!items.isEmpty())
        CHECK(numberOf(overviewRow(s, QStringLiteral("duty_rate")).at(1)) ==
              Approx(std::round(double(performed) * 1000.0 / double(items.size())) / 10.0));
}

} // namespace

TEST_CASE("summary duties: each item of the list in force with the records that carried it out in the period",
          "[summary][duties]")
{
    DutyBureau bureau;
    const QString quality = kQualitySection;
    const StoredItem first = bureau.items.first(); // the item caseAtStage gives every case
    const StoredItem &itemQ = firstWith(bureau.items, {quality});
    const StoredItem &itemS = firstWith(bureau.items, {kEquipmentSection});
    const StoredItem &itemJ = firstWith(bureau.items, {quality, kEnforcementSection});
    REQUIRE(first.id != itemQ.id);
    REQUIRE(first.id != itemJ.id);

    const QString pq = QString::fromLatin1(SupervisionDomain::ProductQuality);
    const QString se = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    // In Q3: X1 carries out Q and J, X2 carries out S, batch Y1 carries out J.
    bureau.inspect(bureau.e1, QDate(2026, 7, 15), pq, {itemQ.id, itemJ.id});
    bureau.inspect(bureau.e2, QDate(2026, 8, 1), se, {itemS.id});
    bureau.sample(bureau.e1, QDate(2026, 7, 20), {itemJ.id});
    // Not counted: an inspection of 06-30, a draft, a batch of 10-01.
    bureau.inspect(bureau.e1, QDate(2026, 6, 30), pq, {itemQ.id});
    bureau.inspect(bureau.e2, QDate(2026, 8, 2), pq, {itemJ.id}, false);
    bureau.sample(bureau.e2, QDate(2026, 10, 1), {itemQ.id});
    // Case Z1 (filed 07-10, 稽查股) carries out the first item and J; Z2
    // (received 04-07, filed 04-10, undecided) has no step in Q3.
    const EnforcementCase z1 = caseAtStage(bureau.t.db(), bureau.staff, CaseStage::Filed, QDate(2026, 7, 10), 11);
    REQUIRE(bureau.t.db().exec(QStringLiteral("INSERT INTO case_item (case_id, item_id, position) VALUES (?, ?, 1)"),
                               {z1.id, itemJ.id}));
    caseAtStage(bureau.t.db(), bureau.staff, CaseStage::Filed, QDate(2026, 4, 10), 12);

    const QuarterSummary s = bureau.compute();
    CHECK(s.edition == bureau.editionLabel);
    std::map<qint64, Activity> activity;
    activity[first.id] = {0, 0, 1};
    activity[itemQ.id] = {1, 0, 0};
    activity[itemS.id] = {1, 0, 0};
    activity[itemJ.id] = {1, 1, 1};
    checkDuties(bureau.t.db(), s, bureau.items, activity);
    CHECK(countOf(overviewRow(s, QStringLiteral("duties_performed")).at(1)) == 4);

    // 质量监督股's summary: only the items naming it, and only its records —
    // X1 and Y1 are its own; Z1 is 稽查股's.
    QList<StoredItem> qualityItems;
    for (const StoredItem &item : bureau.items)
        if (item.sections.contains(quality))
            qualityItems << item;
    REQUIRE(qualityItems.size() > 5);
    const QuarterSummary filtered = bureau.compute(quality);
    std::map<qint64, Activity> qualityActivity;
    qualityActivity[itemQ.id] = {1, 0, 0};
    qualityActivity[itemJ.id] = {1, 1, 0};
    checkDuties(bureau.t.db(), filtered, qualityItems, qualityActivity);
}

TEST_CASE("summary duties: the newest live edition is the one in force", "[summary][duties]")
{
    DutyBureau bureau;
    CHECK(bureau.compute().edition == bureau.editionLabel);
    checkDuties(bureau.t.db(), bureau.compute(), bureau.items, {});
    CHECK(countOf(overviewRow(bureau.compute(), QStringLiteral("duties_performed")).at(1)) == 0);

    // A newer edition (sampleList: 4 items) replaces it…
    auto saved = ResponsibilityListRepository(bureau.t.db()).save(bureau.staff.admin, sampleList());
    REQUIRE(saved);
    const QuarterSummary newer = bureau.compute();
    CHECK(newer.edition == QStringLiteral("2026版"));
    checkDuties(bureau.t.db(), newer, storedItems(bureau.t.db(), saved->editionId), {});
    CHECK(countOf(overviewRow(newer, QStringLiteral("duty_items")).at(1)) == 4);
    CHECK(numberOf(overviewRow(newer, QStringLiteral("duty_rate")).at(1)) == Approx(0.0));

    // …until it is withdrawn.
    REQUIRE(ResponsibilityListRepository(bureau.t.db()).remove(bureau.staff.admin, saved->editionId));
    const QuarterSummary back = bureau.compute();
    CHECK(back.edition == bureau.editionLabel);
    CHECK(countOf(overviewRow(back, QStringLiteral("duty_items")).at(1)) == bureau.items.size());
}

TEST_CASE("summary duties: without a responsibility list the duties tables are empty", "[summary][duties]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    SummaryRequest request;
    request.period = kQ3;
    request.today = kSummaryToday;
    auto s = SummaryCalculator::compute(t.db(), admin, request);
    REQUIRE(s);
    CHECK(dataRows(tableOf(*s, QStringLiteral("duties"))).isEmpty());
    CHECK(dataRows(tableOf(*s, QStringLiteral("duties_idle"))).isEmpty());
    CHECK(countOf(overviewRow(*s, QStringLiteral("duty_items")).at(1)) == 0);
    CHECK(notApplicable(overviewRow(*s, QStringLiteral("duty_rate")).at(1)));
}
