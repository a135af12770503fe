// Benchmark of the case list: N enforcement cases received over five years
// (most of the old ones archived or closed, the recent ones spread over the
// stages, a few past their deadline, one in sixteen with a seizure, two
// handlers each) are written straight into the schema in one transaction,
// then the list is opened the way the GUI's lazy model opens it (count +
// first page), scrolled to its end, sorted, searched (a 2-character Chinese
// word, a fragment of a party's code), filtered by stage, handler, overdue
// and due within 7 days, and the start page's deadlines are read. Prints
// the figures and the peak memory; not a test.
//
//   casedesk-bench-cases [CASES] [FILE]   (FILE: keep the database there)

#include "auth/bureausetup.h"
#include "benchsupport.h"
#include "cases/casequeries.h"
#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <random>

using namespace casedesk;

namespace {
using bench::creditCode;
using bench::die;
using bench::measure;
using bench::peakMiB;
using bench::Timing;
QTextStream &out = bench::out();

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate); // bound through Database::bindable: invalid is ''
}

const QStringList kProducts = {QStringLiteral("电线电缆"),   QStringLiteral("燃气灶具"),
                               QStringLiteral("复合肥料"),   QStringLiteral("热轧带肋钢筋"),
                               QStringLiteral("预包装食品"), QStringLiteral("电动自行车"),
                               QStringLiteral("安全帽"),     QStringLiteral("水泥")};
const QStringList kSections = {QStringLiteral("稽查股"),     QStringLiteral("稽查股"),
                               QStringLiteral("稽查股"),     QStringLiteral("特种设备安全监察股"),
                               QStringLiteral("标准计量股"), QStringLiteral("质量监督股")};
const QStringList kSurnames = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                            QStringLiteral("静")};
constexpr int kStaff = 40;

// Where a case received `age` days ago has got to.
CaseStage stageFor(int age, std::mt19937 &rng)
{
    const int r = int(rng() % 100);
    if (age > 150) {
        const CaseStage old[] = {CaseStage::Archived,    CaseStage::Closed,    CaseStage::NotFiled,
                                 CaseStage::Transferred, CaseStage::Withdrawn, CaseStage::Executed};
        const int cut[] = {72, 85, 92, 96, 98, 100};
        for (int i = 0; i < 6; ++i)
            if (r < cut[i])
                return old[i];
    }
    if (age > 100) {
        const CaseStage later[] = {CaseStage::Decided, CaseStage::Served, CaseStage::Executed, CaseStage::Closed,
                                   CaseStage::NotFiled};
        return later[r % 5];
    }
    const CaseStage recent[] = {CaseStage::Lead,          CaseStage::Filed,       CaseStage::Investigating,
                                CaseStage::Investigating, CaseStage::UnderReview, CaseStage::PartyNotified,
                                CaseStage::Decided,       CaseStage::Served};
    return age < 5 ? CaseStage::Lead : recent[r % 8];
}

struct Inserter {
    Database &db;
    QSqlQuery caseRow = db.prepare(
        QStringLiteral("INSERT INTO enforcement_case (id, lead_number, case_year, case_sequence, stage, source, "
                       "received_on, title, party_kind, party_name, party_code, facts, section, filed_on, "
                       "decided_on, closed_on, extension_on, extension_days, due_on, clock_stopped, search_text, "
                       "uuid, created_at, created_by, modified_at, modified_by, site) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, "
                       "'bench', 'BENCH')"));
    QSqlQuery handler =
        db.prepare(QStringLiteral("INSERT INTO case_handler (case_id, staff_id, position) VALUES (?, ?, ?)"));
    QSqlQuery seizure = db.prepare(
        QStringLiteral("INSERT INTO case_seizure (case_id, items, place, from_on, released_on, due_on, uuid, "
                       "created_at, created_by, modified_at, modified_by, site) "
                       "VALUES (?, ?, '仓库', ?, ?, ?, ?, ?, 'bench', ?, 'bench', 'BENCH')"));

    void exec(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, Database::bindable(values.at(i)));
        if (!q.exec())
            die(failure(q.lastError().text()));
    }
};

QList<qint64> addStaff(Database &db)
{
    QList<qint64> ids;
    for (int i = 0; i < kStaff; ++i) {
        const QString name = kSurnames.at(i % kSurnames.size()) + kGiven.at(i / kSurnames.size() % kGiven.size());
        auto q = db.exec(
            QStringLiteral("INSERT INTO staff (login, name, section, roles, enforcement_cert, enforcement_cert_from, "
                           "enforcement_cert_until, password_hash, uuid, created_at, created_by, modified_at, "
                           "modified_by) VALUES (?, ?, '稽查股', 'inspector', ?, '2024-01-01', '2030-12-31', '-', ?, "
                           "'2024-01-01T00:00:00Z', 'bench', '2024-01-01T00:00:00Z', 'bench')"),
            {QStringLiteral("insp%1").arg(i), name, QStringLiteral("13100%1").arg(i, 4, 10, QLatin1Char('0')),
             QUuid::createUuid().toString(QUuid::WithoutBraces)});
        if (!q)
            die(q.error());
        ids << q->lastInsertId().toLongLong();
    }
    return ids;
}

// Writes the cases; returns the number of seizures.
int addCases(Database &db, int n, const QDate &today, const QList<qint64> &staff, const QString &abbreviation)
{
    std::mt19937 rng(20261122);
    Inserter in{db};
    QHash<int, int> sequence; // per filing year
    const QList<CaseSource> sources = caseSources().values();
    int seizures = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 id = i + 1;
        const int age = int(qint64(n - 1 - i) * 1825 / std::max(1, n));
        const QDate received = today.addDays(-age);
        CaseStage stage = stageFor(age, rng);
        QDate filed;
        if (stage != CaseStage::Lead && stage != CaseStage::NotFiled) {
            filed = received.addDays(2 + int(rng() % 5));
            if (filed > today) {
                stage = CaseStage::Lead;
                filed = QDate();
            }
        }
        CaseNumber number;
        if (filed.isValid())
            number = {filed.year(), ++sequence[filed.year()]};
        const bool extended = clockRuns(stage) && i % 10 == 0;
        const QDate due = clockRuns(stage) ? filed.addMonths(3).addDays(extended ? 30 : 0) : QDate();
        const int decidedRank = int(stage) - int(CaseStage::Decided);
        const QDate decided = decidedRank >= 0 && decidedRank <= 4 ? filed.addDays(60) : QDate();
        const bool person = i % 10 < 3;
        const QString product = kProducts.at(i % kProducts.size());
        const QString party = person ? kSurnames.at(i % kSurnames.size()) + QStringLiteral("某%1").arg(i)
                                     : QStringLiteral("永清县第%1%2有限公司").arg(i).arg(product.left(2));
        const QString code =
            person ? QStringLiteral("13102319%1").arg(800101000 + i, 10, 10, QLatin1Char('0')) : creditCode(i);
        const QString title = QStringLiteral("涉嫌生产销售不合格%1案").arg(product);
        const QString facts = QStringLiteral("经抽样检验，当事人生产销售的%1不符合国家标准，货值金额%2元。")
                                  .arg(product)
                                  .arg(1000 + i % 90000);
        const QString lead = QStringLiteral("BENCH-%1-%2").arg(received.year()).arg(i, 6, 10, QLatin1Char('0'));
        const QString shown =
            number.isNull() ? QString() : number.format(abbreviation) + QLatin1Char(' ') + number.shortForm();
        const QStringList words = {lead, shown, title, party, code, facts};
        const QString modified =
            received.addDays(age > 30 ? 30 : age).toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
        in.exec(in.caseRow,
                {id,
                 lead,
                 number.year,
                 number.sequence,
                 caseStages().code(stage),
                 caseSources().code(sources.at(int(rng() % sources.size()))),
                 iso(received),
                 title,
                 partyKinds().code(person ? PartyKind::Person : PartyKind::Entity),
                 party,
                 code,
                 facts,
                 kSections.at(int(rng() % kSections.size())),
                 iso(filed),
                 iso(decided),
                 iso(stage == CaseStage::Closed || stage == CaseStage::Archived ? filed.addDays(100) : QDate()),
                 iso(extended ? filed.addDays(80) : QDate()),
                 extended ? 30 : 0,
                 iso(due),
                 clockRuns(stage) && i % 33 == 0 ? 1 : 0,
                 words.join(QLatin1Char(' ')).toLower(),
                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                 iso(received) + QStringLiteral("T08:00:00Z"),
                 modified});
        const qint64 first = staff.at(i * 7 % kStaff), second = staff.at((i * 7 + 13) % kStaff);
        in.exec(in.handler, {id, first, 0});
        in.exec(in.handler, {id, second, 1});
        if (filed.isValid() && i % 16 == 0) {
            const QDate from = filed.addDays(3);
            const bool open = clockRuns(stage) && from <= today;
            in.exec(in.seizure, {id, product, iso(from), iso(open ? QDate() : from.addDays(25)), iso(from.addDays(30)),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 iso(from) + QStringLiteral("T09:00:00Z"), iso(from) + QStringLiteral("T09:00:00Z")});
            ++seizures;
        }
    }
    return seizures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDate today = QDate::currentDate();

    QTemporaryDir dir;
    const QString path =
        app.arguments().size() > 2 ? app.arguments()[2] : dir.filePath(QStringLiteral("cases-bench.sqlite"));
    if (QFileInfo::exists(path))
        die(failure(path + QStringLiteral(" exists; the benchmark writes a new database.")));
    auto opened = Database::open(path);
    if (!opened)
        die(opened.error());
    Database &db = **opened;
    BureauSettings settings;
    settings.bureauName = QStringLiteral("永清县质量技术监督局");
    settings.abbreviation = QStringLiteral("永质监");
    settings.site = QStringLiteral("BENCH");
    auto admin = BureauSetup::run(db, settings,
                                  {QStringLiteral("bench"), QStringLiteral("基准"), QStringLiteral("Bench-pass-1")});
    if (!admin)
        die(admin.error());

    QList<qint64> staff;
    int seizures = 0;
    const Timing written = measure([&] {
        QSqlDatabase sql = db.sql();
        if (!sql.transaction())
            die(failure(QStringLiteral("cannot begin")));
        staff = addStaff(db);
        seizures = addCases(db, cases, today, staff, settings.abbreviation);
        if (!sql.commit())
            die(failure(sql.lastError().text()));
        (void)db.exec(QStringLiteral("ANALYZE"));
    });
    out << QStringLiteral("CaseDesk case benchmark: %1 cases, %2 handlers each, %3 seizures, %4 staff; written in %5 "
                          "(raw SQL, one transaction)")
               .arg(cases)
               .arg(2)
               .arg(seizures)
               .arg(kStaff)
               .arg(written.text())
        << Qt::endl;

    CaseQueries queries(db);
    auto listFigure = [&](const char *what, const CaseFilter &filter, CaseSort sort = CaseSort::Number,
                          bool ascending = false) {
        int total = 0;
        QString first;
        const Timing timing = measure([&] {
            total = queries.count(filter);
            const QList<CaseRow> rows = queries.page(filter, sort, ascending, 0, 200);
            first = rows.isEmpty() ? QString() : rows.first().displayNumber;
        });
        out << QStringLiteral("%1: %2, %3 rows; first %4")
                   .arg(QString::fromUtf8(what))
                   .arg(timing.text())
                   .arg(total)
                   .arg(first)
            << Qt::endl;
    };
    CaseFilter all;
    all.today = today;
    listFigure("open the list (count + first 200 rows, newest number first)", all);
    QList<CaseRow> last;
    const Timing lastPage = measure([&] { last = queries.page(all, CaseSort::Number, false, cases - 200, 200); });
    out << QStringLiteral("scroll to the last page: %1, %2 rows").arg(lastPage.text()).arg(last.size()) << Qt::endl;
    listFigure("sort by due date", all, CaseSort::Due, true);
    listFigure("sort by stage", all, CaseSort::Stage, true);
    CaseFilter wire = all;
    wire.search = QStringLiteral("电线");
    listFigure("search 电线 (2 Chinese characters)", wire);
    CaseFilter code = all;
    code.search = creditCode(cases / 2 / 10 * 10 + 5).mid(8, 8); // an entity's code (persons end in 0–2)
    listFigure("search a party code fragment", code);
    CaseFilter stage = all;
    stage.stages = {CaseStage::Investigating, CaseStage::UnderReview};
    listFigure("filter by stage (investigating, under review)", stage);
    CaseFilter handler = all;
    handler.handlerId = staff.at(3);
    listFigure("filter by handler", handler);
    CaseFilter sectionYear = all;
    sectionYear.section = QStringLiteral("标准计量股");
    sectionYear.year = today.year() - 1;
    listFigure("filter by section and year", sectionYear);
    CaseFilter overdue = all;
    overdue.overdueOnly = true;
    listFigure("overdue (decision or seizure)", overdue, CaseSort::Due, true);
    CaseFilter soon = all;
    soon.dueWithinDays = 7;
    listFigure("due within 7 days or overdue", soon, CaseSort::Due, true);
    QList<CaseDeadline> deadlines;
    const Timing deadlineTiming = measure([&] { deadlines = queries.deadlines(today, 7); });
    out << QStringLiteral("start page deadlines (7 days): %1, %2 deadlines")
               .arg(deadlineTiming.text())
               .arg(deadlines.size())
        << Qt::endl;
    QStringList sections;
    QList<int> years;
    const Timing choices = measure([&] {
        sections = queries.sections();
        years = queries.years();
    });
    out << QStringLiteral("filter choices (sections, years): %1, %2 sections, %3 years")
               .arg(choices.text())
               .arg(sections.size())
               .arg(years.size())
        << Qt::endl;
    out << QStringLiteral("database file: %1 MiB; peak memory: %2 MiB")
               .arg(double(QFileInfo(db.path()).size()) / 1048576.0, 0, 'f', 1)
               .arg(peakMiB(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
