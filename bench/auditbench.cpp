// Benchmark of the audit trail: append N entries through the real staff
// edits, then time verification, the trail's first and last pages (what the
// GUI's lazy list fetches) and one record's history. Prints its figures;
// not a test.
//
//   casedesk-bench-audit [ENTRIES]

#include "audit/auditqueries.h"
#include "audit/auditverifier.h"
#include "auth/bureausetup.h"
#include "auth/staffdirectory.h"
#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace casedesk;

namespace {
QTextStream out(stdout);

template <class F> double timeMs(F f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const Error &e)
{
    out << e.message << Qt::endl;
    std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int wanted = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("audit-bench.sqlite")));
    if (!opened)
        die(opened.error());
    Database &db = **opened;
    BureauSettings settings;
    settings.bureauName = QStringLiteral("测试县质量技术监督局");
    settings.abbreviation = QStringLiteral("测质监");
    settings.site = QStringLiteral("BENCH");
    auto admin = BureauSetup::run(db, settings,
                                  {QStringLiteral("bench"), QStringLiteral("基准"), QStringLiteral("Bench-pass-1")});
    if (!admin)
        die(admin.error());

    // Ten colleagues, edited in turn: each edit is one audited transaction.
    StaffDirectory directory(db);
    QList<StaffMember> people;
    for (int i = 0; i < 10; ++i) {
        StaffMember m;
        m.login = QStringLiteral("person%1").arg(i);
        m.name = QStringLiteral("同事%1").arg(i);
        m.roles = {Role::Clerk};
        auto added = directory.add(*admin, m, QStringLiteral("First-pass-1"));
        if (!added)
            die(added.error());
        people << *added;
    }
    const double writeMs = timeMs([&] {
        for (int i = 0; i < wanted; ++i) {
            StaffMember &m = people[i % people.size()];
            m.section = QStringLiteral("第%1股").arg(i);
            if (auto r = directory.update(*admin, m); !r)
                die(r.error());
        }
    });

    AuditQueries queries(db);
    const int total = *queries.count(*admin);
    AuditVerification verification;
    const double verifyMs = timeMs([&] {
        auto r = AuditVerifier::verify(db, *admin);
        if (!r)
            die(r.error());
        verification = *r;
    });
    const double firstPageMs = timeMs([&] { (void)queries.page(*admin, 0, 200); });
    const double lastPageMs = timeMs([&] { (void)queries.page(*admin, total - 200, 200); });
    int historySize = 0;
    const double historyMs = timeMs([&] { historySize = int(queries.recordHistory(*admin, people[3].uuid)->size()); });

    out << "CaseDesk audit-trail benchmark" << Qt::endl;
    out << "entries: " << total << ", database: " << QFileInfo(db.path()).size() / 1024 << " KiB (+WAL)" << Qt::endl;
    out << QStringLiteral("audited staff edits:          %1 ms (%2 ms per write)")
               .arg(writeMs, 0, 'f', 0)
               .arg(writeMs / wanted, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("audit verify (all entries):   %1 ms, %2")
               .arg(verifyMs, 0, 'f', 0)
               .arg(verification.intact() ? QStringLiteral("intact") : verification.problem->reason)
        << Qt::endl;
    out << QStringLiteral("first page of 200 (newest):   %1 ms").arg(firstPageMs, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("last page of 200 (oldest):    %1 ms").arg(lastPageMs, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("one record's history (%1):  %2 ms").arg(historySize).arg(historyMs, 0, 'f', 2) << Qt::endl;
    return 0;
}
