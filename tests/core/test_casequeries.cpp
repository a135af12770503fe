// The case list and the start page's deadlines: filters (stage, source,
// section, handler, year, overdue, due within N days) each and combined,
// search with 2-character Chinese words, sorting in workflow order and
// paging in SQL. The cases here are written straight into the schema so
// their dates are exact; test_casequeriesrepository.cpp reads what the real
// writers stored.
#include "cases/casequeries.h"
#include "testsupport.h"

#include <QUuid>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kToday(2026, 3, 10);

struct SeizureSpec {
    QDate due;
    bool released = false;
};

struct CaseSpec {
    QString lead{};
    CaseNumber number{};
    CaseStage stage = CaseStage::Lead;
    CaseSource source = CaseSource::Complaint;
    QDate received{};
    QDate filed{};
    QDate due{};
    QString section = QStringLiteral("稽查股");
    QString title{};
    QString party{};
    QString code{};
    QList<qint64> handlers{}; // in position order
    QList<SeizureSpec> seizures{};
    bool clockStopped = false;
    bool deleted = false;
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

// A bureau with three inspectors and the cases A–H (F deleted) described
// in the fixture's constructor.
struct CaseDesk {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    qint64 zhang =
        addColleague(db(), admin, QStringLiteral("zhang"), {Role::Inspector}, QStringLiteral("张三")).staffId();
    qint64 li = addColleague(db(), admin, QStringLiteral("li"), {Role::Inspector}, QStringLiteral("李四")).staffId();
    qint64 wang =
        addColleague(db(), admin, QStringLiteral("wang"), {Role::Inspector}, QStringLiteral("王五")).staffId();
    int modified = 0;

    Database &db() { return temp.db(); }
    CaseQueries queries() { return CaseQueries(db()); }

    // Writes the row the way CaseRepository stores it (search_text: the
    // lower-cased numbers, title, party and code).
    qint64 add(const CaseSpec &s)
    {
        const QString words =
            QStringList{s.lead, s.number.isNull() ? QString() : s.number.format(QStringLiteral("永质监")), s.title,
                        s.party, s.code}
                .join(QLatin1Char('\n'))
                .toLower();
        const QString at = QStringLiteral("2026-03-01T08:%1:00Z").arg(++modified, 2, 10, QLatin1Char('0'));
        auto inserted = db().exec(
            QStringLiteral("INSERT INTO enforcement_case (lead_number, case_year, case_sequence, stage, source, "
                           "received_on, title, party_kind, party_name, party_code, section, filed_on, due_on, "
                           "clock_stopped, search_text, uuid, created_at, created_by, modified_at, modified_by, "
                           "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'entity', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'admin', ?, "
                           "'admin', ?)"),
            {s.lead, s.number.year, s.number.sequence, caseStages().code(s.stage), caseSources().code(s.source),
             iso(s.received), s.title, s.party, s.code, s.section, iso(s.filed), iso(s.due), s.clockStopped ? 1 : 0,
             words, QUuid::createUuid().toString(), at, at, s.deleted ? QVariant(at) : QVariant()});
        REQUIRE(inserted);
        const qint64 id = inserted->lastInsertId().toLongLong();
        for (int i = 0; i < s.handlers.size(); ++i)
            REQUIRE(db().exec(QStringLiteral("INSERT INTO case_handler (case_id, staff_id, position) VALUES (?, ?, ?)"),
                              {id, s.handlers.at(i), i}));
        for (const SeizureSpec &z : s.seizures)
            REQUIRE(db().exec(QStringLiteral("INSERT INTO case_seizure (case_id, items, from_on, released_on, due_on, "
                                             "uuid, created_at, created_by, modified_at, modified_by) "
                                             "VALUES (?, '电线 20 卷', ?, ?, ?, ?, ?, 'admin', ?, 'admin')"),
                              {id, iso(z.due.addDays(-30)), iso(z.released ? z.due.addDays(-5) : QDate()), iso(z.due),
                               QUuid::createUuid().toString(), at, at}));
        return id;
    }

    qint64 a, b, c, d, e, f, g, h;

    CaseDesk()
    {
        using St = CaseStage;
        using So = CaseSource;
        const QString inspection = QStringLiteral("稽查股");
        a = add({.lead = QStringLiteral("YQ-A-2025-0001"),
                 .number = {2025, 7},
                 .stage = St::Investigating,
                 .source = So::Complaint,
                 .received = QDate(2025, 11, 18),
                 .filed = QDate(2025, 11, 20),
                 .due = QDate(2026, 2, 20),
                 .section = inspection,
                 .title = QStringLiteral("涉嫌销售不合格电线电缆案"),
                 .party = QStringLiteral("永清县电缆有限公司"),
                 .code = QStringLiteral("91131023MA0ABCDE1X"),
                 .handlers = {li, zhang}});
        b = add({.lead = QStringLiteral("YQ-A-2025-0002"),
                 .number = {2026, 1},
                 .stage = St::UnderReview,
                 .source = So::Inspection,
                 .received = QDate(2025, 12, 29),
                 .filed = QDate(2026, 1, 8),
                 .due = QDate(2026, 4, 8),
                 .section = QStringLiteral("标准计量股"),
                 .title = QStringLiteral("涉嫌使用不合格计量器具案"),
                 .party = QStringLiteral("永清县韩村加油站"),
                 .code = QStringLiteral("91131023MA0FGHIJ2Y"),
                 .handlers = {zhang, wang},
                 .seizures = {{QDate(2026, 3, 12)}, {QDate(2026, 2, 1), true}},
                 .clockStopped = true});
        c = add({.lead = QStringLiteral("YQ-A-2026-0003"),
                 .stage = St::Lead,
                 .source = So::Hotline12365,
                 .received = QDate(2026, 2, 20),
                 .section = inspection,
                 .title = QStringLiteral("涉嫌电子秤计量作弊案"),
                 .party = QStringLiteral("李某某"),
                 .code = QStringLiteral("131023198001011234"),
                 .handlers = {wang, li}});
        d = add({.lead = QStringLiteral("YQ-A-2026-0004"),
                 .number = {2026, 2},
                 .stage = St::PartyNotified,
                 .source = So::Sampling,
                 .received = QDate(2026, 1, 15),
                 .filed = QDate(2026, 1, 16),
                 .due = QDate(2026, 3, 15),
                 .section = QStringLiteral("特种设备安全监察股"),
                 .title = QStringLiteral("涉嫌使用未经检验的锅炉案"),
                 .party = QStringLiteral("永清县热力公司"),
                 .code = QStringLiteral("91131023MA0KLMNO3Z"),
                 .handlers = {li, wang},
                 .seizures = {{QDate(2026, 3, 1)}}});
        e = add({.lead = QStringLiteral("YQ-A-2025-0005"),
                 .number = {2025, 3},
                 .stage = St::Archived,
                 .source = So::Complaint,
                 .received = QDate(2025, 6, 1),
                 .filed = QDate(2025, 6, 3),
                 .section = inspection,
                 .title = QStringLiteral("涉嫌生产不合格电线案"),
                 .party = QStringLiteral("永清县第二电器厂"),
                 .code = QStringLiteral("91131023MA0PQRST4A"),
                 .handlers = {zhang, li},
                 .seizures = {{QDate(2025, 7, 3), true}}});
        f = add({.lead = QStringLiteral("YQ-A-2026-0009"),
                 .number = {2026, 9},
                 .stage = St::Investigating,
                 .source = So::Complaint,
                 .received = QDate(2026, 1, 2),
                 .filed = QDate(2026, 1, 3),
                 .due = QDate(2026, 1, 1),
                 .section = QStringLiteral("质量股"),
                 .title = QStringLiteral("涉嫌销售不合格电线案"),
                 .party = QStringLiteral("已删除公司"),
                 .code = QStringLiteral("x"),
                 .handlers = {wang, zhang},
                 .seizures = {{QDate(2026, 3, 5)}},
                 .deleted = true});
        g = add({.lead = QStringLiteral("YQ-A-2026-0006"),
                 .number = {2026, 3},
                 .stage = St::Filed,
                 .source = So::Assigned,
                 .received = QDate(2026, 3, 1),
                 .filed = QDate(2026, 3, 2),
                 .due = QDate(2026, 6, 2),
                 .section = inspection,
                 .title = QStringLiteral("涉嫌无证生产案"),
                 .party = QStringLiteral("永清县建材厂"),
                 .code = QStringLiteral("91131023MA0UVWXY5B"),
                 .handlers = {zhang, li},
                 .seizures = {{QDate(2026, 3, 17)}, {QDate(2026, 3, 11), true}}});
        h = add({.lead = QStringLiteral("YQ-A-2026-0007"),
                 .stage = St::Lead,
                 .source = So::TransferredIn,
                 .received = QDate(2026, 3, 5),
                 .section = inspection,
                 .title = QStringLiteral("涉嫌伪造产地案"),
                 .party = QStringLiteral("阿里木"),
                 .code = QStringLiteral("131023199002023456"),
                 .handlers = {wang, zhang}});
    }

    QList<qint64> ids(const CaseFilter &filter, CaseSort sort = CaseSort::Received, bool ascending = true)
    {
        QList<qint64> out;
        for (const CaseRow &r : queries().page(filter, sort, ascending, 0, 100))
            out << r.id;
        CHECK(queries().count(filter) == out.size());
        return out;
    }
    QList<qint64> sorted(CaseSort sort, bool ascending) { return ids(all(), sort, ascending); }
    static CaseFilter all()
    {
        CaseFilter filter;
        filter.today = kToday;
        return filter;
    }
};

} // namespace

TEST_CASE("the case list shows live cases with their number, party, handlers and deadlines", "[cases][queries]")
{
    CaseDesk desk;
    CaseQueries q = desk.queries();
    CHECK(q.count(CaseDesk::all()) == 7); // F is deleted

    const QList<CaseRow> rows = q.page(CaseDesk::all(), CaseSort::Number, true, 0, 10);
    REQUIRE(rows.size() == 7);
    const CaseRow &a = rows[3];
    CHECK(a.id == desk.a);
    CHECK(a.displayNumber == QStringLiteral("永质监罚字〔2025〕第007号"));
    CHECK(a.title == QStringLiteral("涉嫌销售不合格电线电缆案"));
    CHECK(a.partyName == QStringLiteral("永清县电缆有限公司"));
    CHECK(a.stage == CaseStage::Investigating);
    CHECK(a.source == CaseSource::Complaint);
    CHECK(a.section == QStringLiteral("稽查股"));
    CHECK(a.handlers == QStringLiteral("李四、张三")); // position order, not staff order
    CHECK(a.receivedOn == QDate(2025, 11, 18));
    CHECK(a.filedOn == QDate(2025, 11, 20));
    CHECK(a.dueOn == QDate(2026, 2, 20));
    CHECK_FALSE(a.seizureDueOn.isValid());
    CHECK_FALSE(a.clockStopped);
    CHECK(a.modifiedAt == QStringLiteral("2026-03-01T08:01:00Z"));

    const CaseRow &lead = rows[0];
    CHECK(lead.id == desk.c);
    CHECK(lead.displayNumber == QStringLiteral("YQ-A-2026-0003"));
    CHECK(lead.source == CaseSource::Hotline12365);
    CHECK(lead.handlers == QStringLiteral("王五、李四"));
    CHECK_FALSE(lead.filedOn.isValid());
    CHECK_FALSE(lead.dueOn.isValid());

    const CaseRow &b = rows[4];
    CHECK(b.id == desk.b);
    CHECK(b.clockStopped);
    CHECK(b.seizureDueOn == QDate(2026, 3, 12)); // the released seizure does not count
    const CaseRow &g = rows[6];
    CHECK(g.id == desk.g);
    CHECK(g.seizureDueOn == QDate(2026, 3, 17));
    CHECK(rows[2].id == desk.e);
    CHECK_FALSE(rows[2].seizureDueOn.isValid()); // released

    // Paging: rows 2..4 of the same order.
    const QList<CaseRow> middle = q.page(CaseDesk::all(), CaseSort::Number, true, 2, 3);
    REQUIRE(middle.size() == 3);
    CHECK(middle[0].id == desk.e);
    CHECK(middle[1].id == desk.a);
    CHECK(middle[2].id == desk.b);
    CHECK(q.page(CaseDesk::all(), CaseSort::Number, true, 7, 10).isEmpty());
}

TEST_CASE("each filter of the case list, and filters combined", "[cases][queries]")
{
    CaseDesk desk;
    using L = QList<qint64>;
    auto filter = [](auto edit) {
        CaseFilter f = CaseDesk::all();
        edit(f);
        return f;
    };
    const auto &[a, b, c, d, e, g, h] = std::tuple{desk.a, desk.b, desk.c, desk.d, desk.e, desk.g, desk.h};

    CHECK(desk.ids(filter([](CaseFilter &f) {
        f.stages = {CaseStage::Investigating, CaseStage::UnderReview};
    })) == L{a, b});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.stages = {CaseStage::Lead}; })) == L{c, h});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.sources = {CaseSource::Complaint}; })) == L{e, a});
    CHECK(desk.ids(filter([](CaseFilter &f) {
        f.sources = {CaseSource::Complaint, CaseSource::Hotline12365};
    })) == L{e, a, c});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.section = QStringLiteral("稽查股"); })) == L{e, a, c, g, h});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.section = QStringLiteral("质量股"); })).isEmpty()); // F is deleted
    CHECK(desk.ids(filter([&](CaseFilter &f) { f.handlerId = desk.wang; })) == L{b, d, c, h});
    CHECK(desk.ids(filter([&](CaseFilter &f) { f.handlerId = desk.li; })) == L{e, a, d, c, g});
    // The year received or filed: B was received in 2025 and filed in 2026.
    CHECK(desk.ids(filter([](CaseFilter &f) { f.year = 2025; })) == L{e, a, b});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.year = 2026; })) == L{b, d, c, g, h});
    CHECK(desk.ids(filter([](CaseFilter &f) { f.year = 2024; })).isEmpty());

    CHECK(desk.ids(filter([&](CaseFilter &f) {
        f.section = QStringLiteral("稽查股");
        f.handlerId = desk.li;
        f.year = 2026;
    })) == L{c, g});
    CHECK(desk.ids(filter([&](CaseFilter &f) {
        f.section = QStringLiteral("稽查股");
        f.handlerId = desk.li;
        f.year = 2026;
        f.search = QStringLiteral("电子秤");
    })) == L{c});
    CHECK(desk.ids(filter([](CaseFilter &f) {
        f.stages = {CaseStage::Investigating, CaseStage::PartyNotified, CaseStage::Filed};
        f.overdueOnly = true;
    })) == L{a, d});
    CHECK(desk.ids(filter([](CaseFilter &f) {
        f.sources = {CaseSource::Sampling, CaseSource::Assigned};
        f.dueWithinDays = 7;
        f.handlerId = 0;
    })) == L{d, g});
    CHECK(desk.ids(filter([](CaseFilter &f) {
                  f.stages = {CaseStage::Archived};
                  f.overdueOnly = true;
              }))
              .isEmpty());
}

TEST_CASE("case search finds 2-character Chinese words, code fragments in any case, and every word", "[cases][queries]")
{
    CaseDesk desk;
    using L = QList<qint64>;
    auto search = [&](const QString &text) {
        CaseFilter f = CaseDesk::all();
        f.search = text;
        return desk.ids(f);
    };
    CHECK(search(QStringLiteral("电线")) == L{desk.e, desk.a}); // not the deleted F
    CHECK(search(QStringLiteral("计量")) == L{desk.b, desk.c});
    CHECK(search(QStringLiteral("MA0ABCDE")) == L{desk.a});
    CHECK(search(QStringLiteral("ma0abcde")) == L{desk.a});
    CHECK(search(QStringLiteral("19800101")) == L{desk.c});
    CHECK(search(QStringLiteral("yq-a-2026-0007")) == L{desk.h});
    CHECK(search(QStringLiteral("〔2026〕第002号")) == L{desk.d});
    CHECK(search(QStringLiteral("  电线   永清县第二 ")) == L{desk.e});
    CHECK(search(QStringLiteral("电线 计量")).isEmpty());
    CHECK(search(QStringLiteral("电视")).isEmpty());
    CHECK(search(QStringLiteral("'; DROP TABLE enforcement_case; --")).isEmpty());
    CHECK(desk.queries().count(CaseDesk::all()) == 7);
}

TEST_CASE("the case list sorts stages in workflow order, due dates with the empty ones last, ties by id",
          "[cases][queries]")
{
    CaseDesk desk;
    using L = QList<qint64>;
    const auto &[a, b, c, d, e, g, h] = std::tuple{desk.a, desk.b, desk.c, desk.d, desk.e, desk.g, desk.h};
    // Alphabetically the codes would give archived, filed, investigating, lead, notified, under-review.
    CHECK(desk.sorted(CaseSort::Stage, true) == L{c, h, g, a, b, d, e});
    CHECK(desk.sorted(CaseSort::Stage, false) == L{e, d, b, a, g, h, c});
    CHECK(desk.sorted(CaseSort::Due, true) == L{a, d, b, g, c, e, h});
    CHECK(desk.sorted(CaseSort::Due, false) == L{g, b, d, a, h, e, c});
    // Leads (no number yet) by lead number, then by filing year and sequence.
    CHECK(desk.sorted(CaseSort::Number, true) == L{c, h, e, a, b, d, g});
    CHECK(desk.sorted(CaseSort::Number, false) == L{g, d, b, a, e, h, c});
    CHECK(desk.sorted(CaseSort::Received, true) == L{e, a, b, d, c, g, h});
    // Party names in code-point order (SQLite's binary collation).
    CHECK(desk.sorted(CaseSort::Party, true) == L{c, g, d, a, e, b, h});
    CHECK(desk.sorted(CaseSort::Modified, false) == L{h, g, e, d, c, b, a});
}

TEST_CASE("overdue and due-within filters count decisions and seizures in force", "[cases][queries]")
{
    CaseDesk desk;
    using L = QList<qint64>;
    auto due = [&](bool overdue, std::optional<int> within, const QDate &today = kToday) {
        CaseFilter f = CaseDesk::all();
        f.today = today;
        f.overdueOnly = overdue;
        f.dueWithinDays = within;
        return desk.ids(f, CaseSort::Due, true);
    };
    // A: decision overdue; D: its seizure is (its decision is due in 5 days).
    // B's released seizure and F (deleted) do not count.
    CHECK(due(true, std::nullopt) == L{desk.a, desk.d});
    // Within 7 days: also B's seizure (12 March) and G's (17 March, the last day).
    CHECK(due(false, 7) == L{desk.a, desk.d, desk.b, desk.g});
    CHECK(due(false, 6) == L{desk.a, desk.d, desk.b});
    CHECK(due(false, 0) == L{desk.a, desk.d});
    CHECK(due(true, 7) == L{desk.a, desk.d});
    // A month later everything running is overdue except G's decision, but G's seizure is.
    CHECK(due(true, std::nullopt, QDate(2026, 4, 10)) == L{desk.a, desk.d, desk.b, desk.g});
    // Before any deadline: nothing overdue.
    CHECK(due(true, std::nullopt, QDate(2026, 1, 1)).isEmpty());
}

TEST_CASE("deadlines list decisions and seizures in force, most urgent first, with the days left", "[cases][queries]")
{
    CaseDesk desk;
    const QList<CaseDeadline> list = desk.queries().deadlines(kToday, 7);
    REQUIRE(list.size() == 5);
    struct Expected {
        qint64 id;
        const char *what;
        QDate due;
        int daysLeft;
    };
    const Expected expected[] = {
        {desk.a, "decision", QDate(2026, 2, 20), -18}, {desk.d, "seizure", QDate(2026, 3, 1), -9},
        {desk.b, "seizure", QDate(2026, 3, 12), 2},    {desk.d, "decision", QDate(2026, 3, 15), 5},
        {desk.g, "seizure", QDate(2026, 3, 17), 7},
    };
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(list[i].caseId == expected[i].id);
        CHECK(list[i].what == QLatin1String(expected[i].what));
        CHECK(list[i].due == expected[i].due);
        CHECK(list[i].daysLeft == expected[i].daysLeft);
    }
    CHECK(list[0].displayNumber == QStringLiteral("永质监罚字〔2025〕第007号"));
    CHECK(list[0].title == QStringLiteral("涉嫌销售不合格电线电缆案"));
    CHECK(list[0].partyName == QStringLiteral("永清县电缆有限公司"));
    CHECK(list[1].displayNumber == QStringLiteral("永质监罚字〔2026〕第002号"));

    CHECK(desk.queries().deadlines(kToday, 4).size() == 3);
    CHECK(desk.queries().deadlines(QDate(2026, 1, 1), 7).isEmpty());
}

TEST_CASE("the filter choices list the live sections and the years received", "[cases][queries]")
{
    CaseDesk desk;
    CHECK(desk.queries().sections() ==
          QStringList{QStringLiteral("标准计量股"), QStringLiteral("特种设备安全监察股"), QStringLiteral("稽查股")});
    CHECK(desk.queries().years() == QList<int>{2026, 2025});

    TempDatabase empty;
    CHECK(CaseQueries(empty.db()).sections().isEmpty());
    CHECK(CaseQueries(empty.db()).years().isEmpty());
    CHECK(CaseQueries(empty.db()).count(CaseDesk::all()) == 0);
    CHECK(CaseQueries(empty.db()).deadlines(kToday, 7).isEmpty());
}
