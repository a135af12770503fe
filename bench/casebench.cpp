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

#include "benchrecords.h"
#include "benchsupport.h"
#include "cases/casequeries.h"
#include "casewriter.h"
#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>

using namespace casedesk;

namespace {
using bench::addStaff;
using bench::Colleague;
using bench::creditCode;
using bench::die;
using bench::kAbbreviation;
using bench::measure;
using bench::NewBureau;
using bench::newBureau;
using bench::peakMiB;
using bench::Span;
using bench::Timing;
using bench::writeCases;
QTextStream &out = bench::out();
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDate today = QDate::currentDate();

    QTemporaryDir dir;
    const QString path =
        app.arguments().size() > 2 ? app.arguments()[2] : dir.filePath(QStringLiteral("cases-bench.sqlite"));
    const NewBureau bureau = newBureau(path);
    Database &db = *bureau.db;

    QList<Colleague> staff;
    int seizures = 0;
    const Timing written = measure([&] {
        QSqlDatabase sql = db.sql();
        if (!sql.transaction())
            die(failure(QStringLiteral("cannot begin")));
        staff = addStaff(db);
        seizures = writeCases(db, cases, Span{today, 5 * 365}, staff, kAbbreviation);
        if (!sql.commit())
            die(failure(sql.lastError().text()));
        (void)db.exec(QStringLiteral("ANALYZE"));
    });
    out << QStringLiteral("CaseDesk case benchmark: %1 cases, %2 handlers each, %3 seizures, %4 staff; written in %5 "
                          "(raw SQL, one transaction)")
               .arg(cases)
               .arg(2)
               .arg(seizures)
               .arg(staff.size())
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
    handler.handlerId = staff.at(3).id;
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
