// Benchmark of the responsibility list: import a published list, store
// 1,000 editions of it, then search. Prints its figures; not a test.
//
//   casedesk-bench-dutylist [SEED_FILE] [EDITIONS]

#include "auth/bureausetup.h"
#include "database.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace casedesk;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Runs f `runs` times and returns the median milliseconds.
template <class F> double timeMs(int runs, F f)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return median(samples);
}

// The bench's bureau and administrator, as the first start sets them up.
Session setUp(Database &db)
{
    BureauSettings settings;
    settings.bureauName = QStringLiteral("测试县质量技术监督局");
    settings.abbreviation = QStringLiteral("测质监");
    settings.site = QStringLiteral("BENCH");
    auto session = BureauSetup::run(db, settings,
                                    {QStringLiteral("bench"), QStringLiteral("基准"), QStringLiteral("Bench-pass-1")});
    if (!session) {
        out << session.error().message << Qt::endl;
        std::exit(1);
    }
    return std::move(session).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString seed = args.size() > 1 ? args[1] : QStringLiteral(CASEDESK_SEEDS_DIR "/004_c3f4dae673c18ae0.txt");
    const int editions = args.size() > 2 ? args[2].toInt() : 1000;

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    const Session admin = setUp(db);

    // 1. Parse only, then a real import (parse + store), each the median of 5.
    const double parseMs = timeMs(5, [&] { (void)ResponsibilityListImporter::readFile(seed); });
    QTemporaryDir single;
    double importMs = 0;
    {
        QList<double> samples;
        for (int i = 0; i < 5; ++i) {
            auto fresh = Database::open(single.filePath(QStringLiteral("one-%1.sqlite").arg(i)));
            const Session freshAdmin = setUp(**fresh);
            ResponsibilityListImporter importer(**fresh);
            QElapsedTimer t;
            t.start();
            auto r = importer.importFile(freshAdmin, {seed, {}});
            samples << double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                out << r.error().message << Qt::endl;
                return 1;
            }
        }
        importMs = median(samples);
    }

    // 2. N editions of the same list, each under its own label.
    auto list = ResponsibilityListImporter::readFile(seed);
    if (!list) {
        out << list.error().message << Qt::endl;
        return 1;
    }
    ResponsibilityListRepository repository(db);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < editions; ++i) {
        ResponsibilityList copy = *list;
        copy.label = QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
        auto saved = repository.save(admin, copy);
        if (!saved) {
            out << saved.error().message << Qt::endl;
            return 1;
        }
    }
    const double storeAllMs = double(total.nsecsElapsed()) / 1e6;

    ResponsibilityListQueries queries(db);
    int items = 0;
    for (const EditionRow &e : queries.editions())
        items += e.itemCount;

    out << "CaseDesk responsibility-list benchmark" << Qt::endl;
    out << "seed: " << QFileInfo(seed).fileName() << ", editions stored: " << editions << ", items: " << items
        << ", database: " << QFileInfo(db.path()).size() / 1024 << " KiB (+WAL)" << Qt::endl;
    out << QStringLiteral("parse the list (median of 5):            %1 ms").arg(parseMs, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("import into a new database (median of 5): %1 ms").arg(importMs, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("store %1 editions:                      %2 ms (%3 ms per edition)")
               .arg(editions)
               .arg(storeAllMs, 0, 'f', 0)
               .arg(storeAllMs / editions, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("list editions with counts (median of 5): %1 ms")
               .arg(timeMs(5, [&] { (void)queries.editions(); }), 0, 'f', 2)
        << Qt::endl;
    const qint64 firstEdition = queries.editions().first().id;
    out << QStringLiteral("load one whole edition (median of 20):   %1 ms")
               .arg(timeMs(20, [&] { (void)repository.load(firstEdition); }), 0, 'f', 2)
        << Qt::endl;
    for (const QString &term :
         {QStringLiteral("电梯"), QStringLiteral("计量"), QStringLiteral("特种设备"), QStringLiteral("质量监督股"),
          QStringLiteral("产品 抽查"), QStringLiteral("不存在的词")}) {
        qsizetype hits = 0;
        const double ms = timeMs(5, [&] { hits = queries.search(term).size(); });
        out << QStringLiteral("search %1 (median of 5): %2 ms, %3 items found")
                   .arg(QStringLiteral("\"%1\"").arg(term), -12)
                   .arg(ms, 8, 'f', 1)
                   .arg(hits)
            << Qt::endl;
    }
    return 0;
}
