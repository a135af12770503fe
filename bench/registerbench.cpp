// Benchmark of the register: a county-sized spreadsheet of N entities (with
// a licence for every second and a unit of special equipment for every
// third) is loaded through the real CSV importer (read = decode, map, check
// every row; apply = one audited transaction), then the list is opened the
// way the GUI's lazy model opens it (count + first page), searched (a
// 2-character Chinese word, a code fragment), filtered by risk, sorted, and
// the due-date queries and the year's inspection plan run. Prints the
// figures and the peak memory; not a test.
//
//   casedesk-bench-register [ENTITIES]

#include "auth/bureausetup.h"
#include "benchrecords.h"
#include "benchsupport.h"
#include "csv.h"
#include "database.h"
#include "inspections/inspectionplan.h"
#include "register/duequeries.h"
#include "register/entityqueries.h"
#include "register/registerimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace casedesk;
using bench::creditCode;
using bench::die;
using bench::kTownships;
using bench::kTrades;
using bench::peakMiB;

namespace {
QTextStream out(stdout);

template <class F> double timeMs(F f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

QString write(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(failure(QStringLiteral("cannot write ") + path));
    f.write(text.toUtf8());
    return path;
}

// Clerks' headings, as their spreadsheets have them.
QString entitiesCsv(int n)
{
    QString text = Csv::line({QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("住所"),
                              QStringLiteral("乡镇"), QStringLiteral("法定代表人"), QStringLiteral("联系电话"),
                              QStringLiteral("类别"), QStringLiteral("人员密集场所")});
    for (int i = 0; i < n; ++i) {
        const bool user = i % 3 == 0;
        text += Csv::line({QStringLiteral("永清县第%1%2有限公司").arg(i).arg(kTrades.at(i % kTrades.size())),
                           creditCode(i), QStringLiteral("永清县%1工业街%2号").arg(kTownships.at(i % 10)).arg(i),
                           kTownships.at(i % 10), QStringLiteral("王%1").arg(i),
                           QStringLiteral("0316-66%1").arg(i % 100000, 5, 10, QLatin1Char('0')),
                           user ? QStringLiteral("生产企业、特种设备使用单位") : QStringLiteral("生产企业"),
                           user && i % 30 == 0 ? QStringLiteral("是") : QStringLiteral("否")});
    }
    return text;
}

QString licencesCsv(int n, const QDate &today)
{
    QString text = Csv::line({QStringLiteral("统一社会信用代码"), QStringLiteral("证书类别"),
                              QStringLiteral("证书编号"), QStringLiteral("发证日期"), QStringLiteral("有效期至")});
    for (int i = 0; i < n; i += 2)
        text += Csv::line({creditCode(i), QStringLiteral("工业产品生产许可证"), QStringLiteral("XK-%1").arg(i),
                           today.addDays(-(i % 1800)).toString(Qt::ISODate),
                           today.addDays(1825 - (i % 1800) - 1).toString(Qt::ISODate)});
    return text;
}

QString equipmentCsv(int n, const QDate &today)
{
    QString text = Csv::line({QStringLiteral("统一社会信用代码"), QStringLiteral("设备类别"),
                              QStringLiteral("注册代码"), QStringLiteral("使用地点"), QStringLiteral("下次检验日期")});
    for (int i = 0; i < n; i += 3)
        text += Csv::line({creditCode(i), QStringLiteral("锅炉"),
                           QStringLiteral("1110131023%1").arg(i, 10, 10, QLatin1Char('0')), QStringLiteral("锅炉房"),
                           today.addDays((i % 730) - 60).toString(Qt::ISODate)});
    return text;
}
// The year's inspection plan over the register, after a finished
// inspection of every fifth entity this year (written straight into the
// table: the bench measures the plan's queries, not the recording).
void planFigures(Database &db, const QDate &today, int entities)
{
    const int year = today.year();
    QSqlDatabase sql = db.sql();
    sql.transaction();
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO inspection (record_number, status, entity_id, unit_name, inspected_on, kind, domain, uuid, "
        "created_at, created_by, modified_at, modified_by) SELECT 'B-' || id, 'finished', id, name, ?, 'routine', "
        "'production_licence', 'bench-' || id, '', 'bench', '', 'bench' FROM entity WHERE id % 5 = 0"));
    insert.addBindValue(QDate(year, 1, 15).toString(Qt::ISODate));
    if (!insert.exec())
        die(failure(insert.lastError().text()));
    sql.commit();
    auto figure = [&](const char *what, const PlanFilter &filter) {
        int total = 0;
        const double ms = timeMs([&] {
            total = *InspectionPlan::count(db, filter);
            (void)*InspectionPlan::page(db, filter, 0, 200);
        });
        out << QStringLiteral("plan, %1: %2 ms (%3 rows)").arg(QString::fromUtf8(what)).arg(ms, 0, 'f', 1).arg(total)
            << Qt::endl;
    };
    PlanFilter plan;
    plan.year = year;
    figure("open (count + first 200 rows)", plan);
    PlanFilter outstanding = plan;
    outstanding.outstandingOnly = true;
    figure("still due only", outstanding);
    PlanFilter domain = plan;
    domain.domain = QStringLiteral("special_equipment");
    figure("special equipment only", domain);
    PlanFilter search = plan;
    search.search = QStringLiteral("食品");
    figure("search 食品", search);
    const double lastPage = timeMs([&] { (void)*InspectionPlan::page(db, plan, entities / 2, 200); });
    out << QStringLiteral("plan, a page half way down: %1 ms").arg(lastPage, 0, 'f', 1) << Qt::endl;
    const double progressMs = timeMs([&] { (void)*InspectionPlan::progress(db, year); });
    out << QStringLiteral("plan, progress per domain: %1 ms").arg(progressMs, 0, 'f', 1) << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int entities = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDate today = QDate::currentDate();

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("register-bench.sqlite")));
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

    out << "CaseDesk register benchmark: " << entities << " entities, " << (entities + 1) / 2 << " licences, "
        << (entities + 2) / 3 << " units of special equipment" << Qt::endl;
    const struct {
        const char *name;
        QString path;
    } files[] = {
        {"entities", write(dir.filePath(QStringLiteral("entities.csv")), entitiesCsv(entities))},
        {"licences", write(dir.filePath(QStringLiteral("licences.csv")), licencesCsv(entities, today))},
        {"equipment", write(dir.filePath(QStringLiteral("equipment.csv")), equipmentCsv(entities, today))},
    };
    RegisterImporter importer(db);
    for (const auto &file : files) {
        Result<ImportPlan> plan = failure(QString());
        const double readMs = timeMs([&] { plan = importer.read(file.path); });
        if (!plan)
            die(plan.error());
        if (!plan->acceptable())
            die(failure(QStringLiteral("%1:%2: %3")
                            .arg(file.path)
                            .arg(plan->problems.first().line)
                            .arg(plan->problems.first().message)));
        Result<ImportOutcome> stored = failure(QString());
        const double applyMs = timeMs([&] { stored = importer.apply(*admin, *plan); });
        if (!stored)
            die(stored.error());
        out << QStringLiteral("import %1 (%2 rows, %3 MiB): check %4 ms, store %5 ms (%6 µs a row, audited)")
                   .arg(QLatin1String(file.name))
                   .arg(stored->stored)
                   .arg(double(QFileInfo(file.path).size()) / 1048576.0, 0, 'f', 1)
                   .arg(readMs, 0, 'f', 0)
                   .arg(applyMs, 0, 'f', 0)
                   .arg(applyMs * 1000.0 / std::max(1, stored->stored), 0, 'f', 0)
            << Qt::endl;
    }

    auto listFigure = [&](const char *what, const EntityFilter &filter, const EntitySort &sort = {}) {
        int total = 0;
        const double ms = timeMs([&] {
            total = *EntityQueries::count(db, filter);
            (void)*EntityQueries::page(db, filter, sort, 0, 200);
        });
        out << QStringLiteral("%1: %2 ms (%3 rows)").arg(QString::fromUtf8(what)).arg(ms, 0, 'f', 1).arg(total)
            << Qt::endl;
    };
    EntityFilter all;
    all.today = today;
    listFigure("open the list (count + first 200 rows by name)", all);
    const double lastPage = timeMs([&] { (void)*EntityQueries::page(db, all, {}, entities - 200, 200); });
    out << QStringLiteral("scroll to the last page: %1 ms").arg(lastPage, 0, 'f', 1) << Qt::endl;
    listFigure("sort by township, descending", all, {EntitySortColumn::Township, true});
    EntityFilter food = all;
    food.search = QStringLiteral("食品");
    listFigure("search 食品 (2 Chinese characters)", food);
    EntityFilter code = all;
    code.search = creditCode(entities / 2).mid(8, 8);
    listFigure("search a code fragment", code);
    EntityFilter person = all;
    person.search = QStringLiteral("王4711");
    listFigure("search a person", person);
    EntityFilter risky = all;
    risky.risks = int(RiskFlag::NewlyLicensed) | int(RiskFlag::CrowdedPlace);
    listFigure("filter by risk (newly licensed or crowded place)", risky);
    EntityFilter town = all;
    town.township = QStringLiteral("韩村镇");
    town.kinds = int(EntityKind::EquipmentUser);
    listFigure("filter by township and kind", town);

    int licences = 0, units = 0;
    const double licenceMs = timeMs([&] { licences = int(DueQueries::licencesExpiring(db, today, 30)->size()); });
    const double equipmentMs =
        timeMs([&] { units = int(DueQueries::equipmentDue(db, today, today.addDays(30))->size()); });
    const RecordedInspections none(db);
    DueSummary summary;
    const double summaryMs = timeMs([&] { summary = *DueQueries::summary(db, today, 30, none); });
    out << QStringLiteral("licences expiring within 30 days: %1 ms (%2)").arg(licenceMs, 0, 'f', 1).arg(licences)
        << Qt::endl;
    out << QStringLiteral("equipment due within 30 days or overdue: %1 ms (%2)").arg(equipmentMs, 0, 'f', 1).arg(units)
        << Qt::endl;
    out << QStringLiteral("start page summary: %1 ms (%2 entities to inspect this year)")
               .arg(summaryMs, 0, 'f', 1)
               .arg(summary.entitiesUninspected)
        << Qt::endl;
    planFigures(db, today, entities);
    out << QStringLiteral("database file: %1 MiB; peak memory: %2 MiB")
               .arg(double(QFileInfo(db.path()).size()) / 1048576.0, 0, 'f', 1)
               .arg(peakMiB(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
