// CaseNumbering: each workstation's blocks of case numbers, the number a
// case gets when it is filed (sequential, never reused, the year's own
// block before the block for every year), refusals when a block is used up
// or would overlap another workstation's, numbering under concurrent
// filing, and two workstations that never give the same number.
#include "cases/casenumber.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "migrations.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>
#include <thread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kFiled(2026, 3, 2);

TransitionInput filing(const QDate &on)
{
    TransitionInput input;
    input.to = CaseStage::Filed;
    input.on = on;
    input.opinion = QStringLiteral("同意立案");
    return input;
}

Result<EnforcementCase> file(Database &db, const CaseStaff &staff, int n, const QDate &on = kFiled)
{
    const EnforcementCase lead = caseAtStage(db, staff, CaseStage::Lead, on, n);
    return CaseRepository(db).advance(staff.head, lead.id, filing(on), on);
}

NumberBlock block(const QString &site, int year, int first, int last)
{
    return NumberBlock{0, site, year, first, last};
}

} // namespace

TEST_CASE("numbering: a new bureau's workstation starts with numbers 1 to 999 for every year", "[cases][numbering]")
{
    TempDatabase t;
    setUpBureau(t.db(), QStringLiteral("YQ-01"));
    const QList<NumberBlock> blocks = CaseNumbering(t.db()).blocks();
    REQUIRE(blocks.size() == 1);
    CHECK(blocks.at(0).site == QStringLiteral("YQ-01"));
    CHECK(blocks.at(0).year == 0);
    CHECK(blocks.at(0).first == 1);
    CHECK(blocks.at(0).last == 999);
    const NumberBlock d = CaseNumbering::defaultBlock(QStringLiteral("B"));
    CHECK((d.site == QStringLiteral("B") && d.year == 0 && d.first == 1 && d.last == 999));
}

TEST_CASE("numbering: a bureau upgraded from schema 3 gets the default block", "[cases][numbering]")
{
    TempDatabase t;
    setUpBureau(t.db(), QStringLiteral("B2"));
    // Take the database back to version 3: the case tables (and the
    // inspection tables of version 5, which refer to them, and the
    // exchange's bookkeeping and triggers of version 6) did not exist.
    QSqlQuery triggers(t.db().sql());
    REQUIRE(triggers.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'")));
    QStringList names;
    while (triggers.next())
        names << triggers.value(0).toString();
    triggers.finish();
    for (const QString &name : names)
        REQUIRE(t.db().exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
    for (const char *table :
         {"sync_dirty", "sync_record", "sync_history", "sync_peer", "sync_conflict", "sync_duplicate", "sync_applying"})
        REQUIRE(t.db().exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
    for (const char *table :
         {"inspection_check",  "inspection_item", "inspection_inspector", "inspection", "draw_pick",
          "inspection_draw",   "recusal",         "plan_entry_target",    "plan_entry", "sampling_item",
          "sampling_sampler",  "sampling_batch",  "case_handler",         "case_item",  "case_provision",
          "case_penalty",      "case_clock_stop", "case_seizure",         "case_step",  "case_attachment",
          "case_number_block", "case_number",     "enforcement_case"})
        REQUIRE(t.db().exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA user_version = 3")));
    t.reopen();
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    const QList<NumberBlock> blocks = CaseNumbering(t.db()).blocks();
    REQUIRE(blocks.size() == 1);
    CHECK(blocks.at(0).site == QStringLiteral("B2"));
    CHECK(blocks.at(0).year == 0);
    CHECK(blocks.at(0).last == 999);
    auto q = t.db().exec(QStringLiteral("SELECT created_by, modified_by, site, length(uuid) FROM case_number_block"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("system"));
    CHECK(q->value(1).toString() == QStringLiteral("system"));
    CHECK(q->value(2).toString() == QStringLiteral("B2"));
    CHECK(q->value(3).toInt() == 36);
}

TEST_CASE("numbering: numbers are sequential and never reused, a withdrawn case keeps its own", "[cases][numbering]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    auto first = file(t.db(), staff, 1);
    REQUIRE(first);
    CHECK(first->number == CaseNumber{2026, 1});
    CHECK(first->number.format(QStringLiteral("永质监")) == QStringLiteral("永质监罚字〔2026〕第001号"));
    auto second = file(t.db(), staff, 2);
    REQUIRE(second);
    CHECK(second->number == CaseNumber{2026, 2});

    TransitionInput withdraw;
    withdraw.to = CaseStage::Withdrawn;
    withdraw.on = kFiled.addDays(3);
    withdraw.opinion = QStringLiteral("违法事实不能成立");
    auto withdrawn = CaseRepository(t.db()).advance(staff.head, second->id, withdraw, kFiled.addDays(3));
    REQUIRE(withdrawn);
    CHECK(withdrawn->number == CaseNumber{2026, 2});

    auto third = file(t.db(), staff, 3, kFiled.addDays(3));
    REQUIRE(third);
    CHECK(third->number == CaseNumber{2026, 3});
    // Another year starts again at the block's first number.
    auto nextYear = file(t.db(), staff, 4, QDate(2027, 1, 4));
    REQUIRE(nextYear);
    CHECK(nextYear->number == CaseNumber{2027, 1});

    auto given = t.db().exec(QStringLiteral("SELECT year, sequence, case_uuid, given_site FROM case_number "
                                            "ORDER BY year, sequence"));
    REQUIRE(given);
    QStringList rows;
    while (given->next())
        rows << QStringLiteral("%1-%2 %3")
                    .arg(given->value(0).toInt())
                    .arg(given->value(1).toInt())
                    .arg(given->value(3).toString());
    CHECK(rows == QStringList{"2026-1 A", "2026-2 A", "2026-3 A", "2027-1 A"});
    auto owner = t.db().exec(QStringLiteral("SELECT case_uuid FROM case_number WHERE year = 2026 AND sequence = 2"));
    REQUIRE(owner);
    REQUIRE(owner->next());
    CHECK(owner->value(0).toString() == second->uuid);
}

TEST_CASE("numbering: the year's own block comes before the block for every year; a used-up block is refused",
          "[cases][numbering]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseNumbering numbering(t.db());
    REQUIRE(numbering.assign(staff.admin, block(QStringLiteral("A"), 2026, 1000, 1001)));
    CHECK(file(t.db(), staff, 1)->number == CaseNumber{2026, 1000});
    CHECK(file(t.db(), staff, 2)->number == CaseNumber{2026, 1001});
    // The year's block is used up: the block for every year goes on.
    CHECK(file(t.db(), staff, 3)->number == CaseNumber{2026, 1});
    CHECK(file(t.db(), staff, 4, QDate(2027, 2, 1))->number == CaseNumber{2027, 1});

    // With both blocks used up the filing is refused whole.
    REQUIRE(numbering.assign(staff.admin, block(QStringLiteral("A"), 0, 1, 1)));
    const EnforcementCase lead = caseAtStage(t.db(), staff, CaseStage::Lead, kFiled, 5);
    const QByteArray before = fingerprint(t.db());
    auto refused = CaseRepository(t.db()).advance(staff.head, lead.id, filing(kFiled), kFiled);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("used up")));
    CHECK(refused.error().message.contains(QStringLiteral("1000–1001 of workstation A (2026)")));
    CHECK(fingerprint(t.db()) == before);
    CHECK(CaseRepository(t.db()).find(lead.id)->stage == CaseStage::Lead);
}

TEST_CASE("numbering: blocks of different workstations must not overlap", "[cases][numbering]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    CaseNumbering numbering(t.db());
    const QByteArray before = fingerprint(t.db());

    auto refused = numbering.assign(staff.admin, block(QStringLiteral("B"), 0, 500, 999));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("1–999 of workstation A (every year)")));
    // A year's block overlaps the other workstation's block for every year too.
    CHECK_FALSE(numbering.assign(staff.admin, block(QStringLiteral("B"), 2026, 999, 1200)));
    CHECK_FALSE(numbering.assign(staff.admin, block(QStringLiteral("B"), 0, 0, 10)));
    CHECK_FALSE(numbering.assign(staff.admin, block(QStringLiteral("B"), 0, 20, 10)));
    CHECK_FALSE(numbering.assign(staff.admin, block(QStringLiteral("B b"), 0, 1000, 1100)));
    // Only an administrator assigns blocks.
    refused = numbering.assign(staff.head, block(QStringLiteral("B"), 0, 1000, 1999));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("change the bureau settings")));
    CHECK(fingerprint(t.db()) == before);

    REQUIRE(numbering.assign(staff.admin, block(QStringLiteral("A"), 0, 1, 499)));
    REQUIRE(numbering.assign(staff.admin, block(QStringLiteral("B"), 0, 500, 999)));
    REQUIRE(numbering.assign(staff.admin, block(QStringLiteral("C"), 2026, 1000, 1099)));
    QStringList listed;
    for (const NumberBlock &b : numbering.blocks())
        listed << QStringLiteral("%1 %2 %3-%4").arg(b.site).arg(b.year).arg(b.first).arg(b.last);
    CHECK(listed == QStringList{"A 0 1-499", "B 0 500-999", "C 2026 1000-1099"});
    auto actions = t.db().exec(QStringLiteral("SELECT action, record_label FROM audit_entry "
                                              "WHERE record_table = 'case_number_block' ORDER BY id"));
    REQUIRE(actions);
    QStringList labels;
    while (actions->next()) {
        CHECK(actions->value(0).toString() == QStringLiteral("case-numbers.assign"));
        labels << actions->value(1).toString();
    }
    CHECK(labels == QStringList{"1–499 of workstation A (every year)", "500–999 of workstation B (every year)",
                                "1000–1099 of workstation C (2026)"});

    // A block must keep the numbers its workstation already gave.
    REQUIRE(file(t.db(), staff, 1));
    REQUIRE(file(t.db(), staff, 2));
    const QByteArray filed = fingerprint(t.db());
    refused = numbering.assign(staff.admin, block(QStringLiteral("A"), 0, 2, 499));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("2026-001")));
    CHECK(fingerprint(t.db()) == filed);
}

TEST_CASE("numbering: cases filed at once from several connections get distinct consecutive numbers",
          "[cases][numbering]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    constexpr int kThreads = 3;
    constexpr int kEach = 4;
    QList<qint64> leads;
    for (int i = 0; i < kThreads * kEach; ++i)
        leads << caseAtStage(t.db(), staff, CaseStage::Lead, kFiled, i + 1).id;

    std::vector<std::vector<int>> numbers(kThreads);
    std::vector<QStringList> errors(kThreads);
    std::vector<std::thread> threads;
    for (int k = 0; k < kThreads; ++k)
        threads.emplace_back([&, k] {
            // Each workstation process has its own connection to the file.
            auto opened = Database::open(t.path());
            if (!opened) {
                errors[size_t(k)] << opened.error().message;
                return;
            }
            CaseRepository repo(**opened);
            for (int j = 0; j < kEach; ++j) {
                auto filed = repo.advance(staff.head, leads.at(k * kEach + j), filing(kFiled), kFiled);
                if (filed)
                    numbers[size_t(k)].push_back(filed->number.sequence);
                else
                    errors[size_t(k)] << filed.error().message;
            }
        });
    for (std::thread &th : threads)
        th.join();

    std::vector<int> all;
    for (int k = 0; k < kThreads; ++k) {
        INFO(errors[size_t(k)].join(QStringLiteral("; ")).toStdString());
        CHECK(errors[size_t(k)].isEmpty());
        CHECK(numbers[size_t(k)].size() == size_t(kEach));
        // Within one connection the numbers rise.
        CHECK(std::is_sorted(numbers[size_t(k)].begin(), numbers[size_t(k)].end()));
        all.insert(all.end(), numbers[size_t(k)].begin(), numbers[size_t(k)].end());
    }
    std::sort(all.begin(), all.end());
    std::vector<int> expected(kThreads * kEach);
    for (int i = 0; i < int(expected.size()); ++i)
        expected[size_t(i)] = i + 1;
    CHECK(all == expected);
    CHECK(countRows(t.db(), QStringLiteral("case_number")) == kThreads * kEach);
}

TEST_CASE("numbering: two workstations with disjoint blocks never give the same number", "[cases][numbering]")
{
    TempDatabase a;
    TempDatabase b;
    const CaseStaff staffA = setUpCaseStaff(a.db(), QStringLiteral("A"));
    const CaseStaff staffB = setUpCaseStaff(b.db(), QStringLiteral("B"));

    // Each database knows both blocks; B first narrows its own default.
    REQUIRE(CaseNumbering(a.db()).assign(staffA.admin, block(QStringLiteral("A"), 0, 1, 499)));
    REQUIRE(CaseNumbering(a.db()).assign(staffA.admin, block(QStringLiteral("B"), 0, 500, 999)));
    CHECK_FALSE(CaseNumbering(b.db()).assign(staffB.admin, block(QStringLiteral("A"), 0, 1, 499)));
    REQUIRE(CaseNumbering(b.db()).assign(staffB.admin, block(QStringLiteral("B"), 0, 500, 999)));
    REQUIRE(CaseNumbering(b.db()).assign(staffB.admin, block(QStringLiteral("A"), 0, 1, 499)));

    QList<int> fromA, fromB;
    for (int n = 1; n <= 3; ++n) {
        auto ca = file(a.db(), staffA, n, kFiled.addDays(n));
        REQUIRE(ca);
        fromA << ca->number.sequence;
        auto cb = file(b.db(), staffB, n, kFiled.addDays(n));
        REQUIRE(cb);
        fromB << cb->number.sequence;
        CHECK(ca->number.year == cb->number.year);
        CHECK(ca->leadNumber.startsWith(QStringLiteral("A-2026-")));
        CHECK(cb->leadNumber.startsWith(QStringLiteral("B-2026-")));
    }
    CHECK(fromA == QList<int>{1, 2, 3});
    CHECK(fromB == QList<int>{500, 501, 502});
}
