// The permission table, pair by pair: for every action and every role, a
// person holding only that role tries the action through the core API and
// through casedesk-cli; what the table allows succeeds, everything else is
// refused with the reason and changes nothing.
#include "audit/auditqueries.h"
#include "audit/auditverifier.h"
#include "auth/permissions.h"
#include "auth/signin.h"
#include "auth/staffdirectory.h"
#include "bureausettings.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "clirunner.h"
#include "dutylist/dutylistcsv.h"
#include "dutylist/dutylistrepository.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionrepository.h"
#include "maintenance/databasebackup.h"
#include "maintenance/databasecheck.h"
#include "maintenance/databaserestore.h"
#include "register/entityregister.h"
#include "register/licenceregister.h"
#include "register/registerimporter.h"
#include "registersupport.h"
#include "summary/summarycalculator.h"
#include "sync/syncduplicates.h"
#include "sync/syncexporter.h"
#include "sync/synckey.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// One colleague per role, each holding that role only.
struct Bureau {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    std::map<Role, Session> people;
    // A case needs two handlers holding certificates.
    Session secondInspector = addColleague(temp.db(), admin, QStringLiteral("second-inspector"), {Role::Inspector});
    int serial = 0;
    // The database as an attempt's own set-up left it (a case to act on).
    QByteArray afterSetUp;

    Bureau()
    {
        for (Role r : kAllRoles)
            people.emplace(r, addColleague(temp.db(), admin, QStringLiteral("only-") + roleCode(r), {r}));
    }

    CaseStaff caseStaff() const
    {
        return {admin,           people.at(Role::BureauHead), people.at(Role::SectionChief), people.at(Role::Inspector),
                secondInspector, people.at(Role::Clerk)};
    }
    // A lead ready to register (its entity stored first).
    EnforcementCase lead()
    {
        EnforcementCase c = sampleLead(temp.db(), caseStaff(), QDate::currentDate().addDays(-3), ++serial);
        afterSetUp = fingerprint(temp.db());
        return c;
    }
    // A case filed 20 days ago, its clock running.
    EnforcementCase filedCase()
    {
        EnforcementCase c =
            caseAtStage(temp.db(), caseStaff(), CaseStage::Filed, QDate::currentDate().addDays(-20), ++serial);
        afterSetUp = fingerprint(temp.db());
        return c;
    }

    // A fresh edition for the administrator to store (and others to remove).
    qint64 storeEdition()
    {
        ResponsibilityList list = sampleList();
        list.label = QStringLiteral("edition-%1").arg(++serial);
        auto saved = ResponsibilityListRepository(temp.db()).save(admin, list);
        REQUIRE(saved);
        return saved->editionId;
    }
    // A draft inspection of a fresh entity by the inspector and the second inspector.
    Inspection inspectionDraft()
    {
        Inspection r;
        r.unit.entityId = storeEntity().id;
        r.inspectedOn = QDate::currentDate();
        r.domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
        r.section = QStringLiteral("质量监督股");
        for (const Session *who : {&people.at(Role::Inspector), &secondInspector})
            r.inspectors << InspectionInspector{who->staffId(), who->login(), who->name(), {}, {}};
        afterSetUp = fingerprint(temp.db());
        return r;
    }
    // A campaign of this year aimed at a fresh entity.
    PlanEntry campaign()
    {
        const int year = QDate::currentDate().year();
        PlanEntry p;
        p.year = year;
        p.kind = InspectionKind::Campaign;
        p.title = QStringLiteral("专项检查%1").arg(serial + 1);
        p.domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
        p.from = QDate(year, 1, 1);
        p.to = QDate(year, 12, 31);
        p.entityIds = {storeEntity().id};
        afterSetUp = fingerprint(temp.db());
        return p;
    }
    QString adminUuid() const { return admin.staffUuid(); }
    // A fresh entity, stored by the administrator.
    Entity storeEntity()
    {
        ++serial;
        return test::storeEntity(temp.db(), admin, QStringLiteral("被检单位%1").arg(serial), serial);
    }
    // An exchange file's name, fresh each time, with the bureau's sync key
    // stored first (set-up would have).
    QString exchangeFile()
    {
        REQUIRE(SyncKey::storeAtSetUp(temp.db(), *SyncKey::fromText(QStringLiteral("permissions-test-sync-key"))));
        afterSetUp = fingerprint(temp.db());
        return temp.dir() + QStringLiteral("/exchange-%1.cdx").arg(++serial);
    }
    // A pair of records listed as duplicates, to dismiss.
    qint64 duplicatePair()
    {
        ++serial;
        auto q = temp.db().exec(QStringLiteral("INSERT INTO sync_duplicate(tbl, natural_key, first_uuid, second_uuid, "
                                               "found_at) VALUES ('entity', 'X', ?, ?, '2026-11-22')"),
                                {QStringLiteral("first-%1").arg(serial), QStringLiteral("second-%1").arg(serial)});
        REQUIRE(q);
        afterSetUp = fingerprint(temp.db());
        return q->lastInsertId().toLongLong();
    }
    // A new sync key each time.
    SyncKey newSyncKey() { return *SyncKey::fromText(QStringLiteral("a-new-sync-key-number-%1").arg(++serial)); }
    // Where a backup goes, a fresh name each time.
    QString backupPath() { return temp.dir() + QStringLiteral("/backup-%1.sqlite").arg(++serial); }
    // A backup of the database as it is, to restore; making it records nothing.
    QString backupToRestore()
    {
        auto written = DatabaseBackup::writeUnaudited(temp.db(), backupPath());
        REQUIRE(written);
        return written->path;
    }
    // A valid licence of a fresh entity, stored by the administrator.
    qint64 storeLicence()
    {
        Licence l;
        l.entityId = storeEntity().id;
        l.number = QStringLiteral("XK13-001-%1").arg(serial, 5, 10, QLatin1Char('0'));
        l.issuedOn = QDate(2024, 1, 10);
        l.expiresOn = QDate(2029, 1, 9);
        auto stored = LicenceRegister(temp.db()).add(admin, l);
        REQUIRE(stored);
        return stored->id;
    }
};

// Takes the action through the core as the session.
Status attempt(Bureau &b, const Session &s, Action action)
{
    Database &db = b.temp.db();
    switch (action) {
    case Action::ViewStaff: {
        auto r = StaffDirectory(db).list(s);
        return r ? success() : Status(r.error());
    }
    case Action::ManageStaff: {
        StaffMember m;
        m.login = QStringLiteral("new-%1").arg(++b.serial);
        m.name = QStringLiteral("新同事");
        m.roles = {Role::Clerk};
        auto r = StaffDirectory(db).add(s, m, QStringLiteral("First-pass-1"));
        return r ? success() : Status(r.error());
    }
    case Action::ChangeOwnPassword: {
        Session own = s;
        auto r = StaffDirectory(db).changeOwnPassword(own, QString::fromLatin1(kOwnPassword),
                                                      QStringLiteral("Changed-pass-1"));
        // Put the password back so the next attempt starts the same.
        if (r)
            REQUIRE(StaffDirectory(db).changeOwnPassword(own, QStringLiteral("Changed-pass-1"),
                                                         QString::fromLatin1(kOwnPassword)));
        return r;
    }
    case Action::EditBureauSettings: {
        BureauSettings settings = BureauSettings::load(db);
        settings.idleLockMinutes = settings.idleLockMinutes % 60 + 1;
        return BureauSettings::update(db, s, settings);
    }
    case Action::ImportResponsibilityList: {
        ResponsibilityList list = sampleList();
        list.label = QStringLiteral("import-%1").arg(++b.serial);
        auto r = ResponsibilityListRepository(db).save(s, list);
        return r ? success() : Status(r.error());
    }
    case Action::RemoveResponsibilityList:
        return ResponsibilityListRepository(db).remove(s, b.storeEdition());
    case Action::ViewRecordHistory: {
        auto r = AuditQueries(db).recordHistory(s, b.adminUuid());
        return r ? success() : Status(r.error());
    }
    case Action::ViewAuditTrail: {
        auto r = AuditQueries(db).page(s, 0, 10);
        return r ? success() : Status(r.error());
    }
    case Action::VerifyAuditTrail: {
        auto r = AuditVerifier::verify(db, s);
        return r ? success() : Status(r.error());
    }
    case Action::ViewRegister:
        // Every role reads the register; the CLI and the GUI ask the table
        // before they serve it (the command line case below).
        return Permissions::require(s, action);
    case Action::EditRegister: {
        ++b.serial;
        auto r = EntityRegister(db).add(s, sampleEntity(QStringLiteral("新单位%1").arg(b.serial), b.serial));
        return r ? success() : Status(r.error());
    }
    case Action::RemoveRegisterRecord:
        return EntityRegister(db).remove(s, b.storeEntity().id);
    case Action::ImportRegister: {
        ++b.serial;
        const QString csv = QStringLiteral("单位名称,统一社会信用代码,类别\n导入单位%1,%2,生产企业\n")
                                .arg(b.serial)
                                .arg(testCreditCode(b.serial));
        RegisterImporter importer(db);
        auto plan = importer.readText(csv, QStringLiteral("register.csv"), QStringLiteral("UTF-8"), {}, {},
                                      QDate(2026, 11, 22));
        REQUIRE(plan);
        REQUIRE(plan->acceptable());
        auto r = importer.apply(s, *plan);
        return r ? success() : Status(r.error());
    }
    case Action::ChangeLicenceStatus: {
        auto r = LicenceRegister(db).changeStatus(s, b.storeLicence(), LicenceStatus::Revoked, QDate(2025, 3, 1),
                                                  QStringLiteral("以欺骗手段取得"));
        return r ? success() : Status(r.error());
    }
    case Action::ViewCases:
        // Like the register: the CLI and the GUI ask the table before they
        // show cases (the command line case below).
        return Permissions::require(s, action);
    case Action::EditCase: {
        auto r = CaseRepository(db).registerLead(s, b.lead(), QDate::currentDate());
        return r ? success() : Status(r.error());
    }
    case Action::ReviewCase: {
        const QDate today = QDate::currentDate();
        auto r = CaseRepository(db).suspend(s, b.filedCase().id, ClockStopKind::Testing, today.addDays(-5),
                                            QStringLiteral("送检"), today);
        return r ? success() : Status(r.error());
    }
    case Action::ApproveCase: {
        const QDate today = QDate::currentDate();
        auto r = CaseRepository(db).extend(s, b.filedCase().id, today, QStringLiteral("案情复杂"), today);
        return r ? success() : Status(r.error());
    }
    case Action::ViewInspections:
        // Like the register: the CLI and the GUI ask the table before they
        // show inspections (the command line case below).
        return Permissions::require(s, action);
    case Action::EditInspection: {
        auto r = InspectionRepository(db).create(s, b.inspectionDraft(), QDate::currentDate());
        return r ? success() : Status(r.error());
    }
    case Action::PlanInspections: {
        auto r = PlanRepository(db).add(s, b.campaign());
        return r ? success() : Status(r.error());
    }
    case Action::ViewSummary: {
        auto r = SummaryCalculator::compute(db, s, SummaryRequest{ReportPeriod::ofQuarter(2026, 3), {}, {}, {}});
        return r ? success() : Status(r.error());
    }
    case Action::ExchangeData: {
        auto r = SyncExporter::run(db, s, {b.exchangeFile(), {}, true});
        return r ? success() : Status(r.error());
    }
    case Action::ResolveConflicts:
        return SyncDuplicates::dismiss(db, s, b.duplicatePair());
    case Action::ManageSyncKey:
        return SyncKey::change(db, s, b.newSyncKey());
    case Action::BackupDatabase: {
        auto r = DatabaseBackup::write(db, s, b.backupPath());
        return r ? success() : Status(r.error());
    }
    case Action::RestoreDatabase: {
        auto r = DatabaseRestore::run(db, s, b.backupToRestore());
        return r ? success() : Status(r.error());
    }
    case Action::CheckDatabase: {
        auto r = DatabaseCheck::run(db, s);
        if (r && !r->ok())
            return failure(QStringLiteral("the check found problems"));
        return r ? success() : Status(r.error());
    }
    }
    FAIL("an action without a test: add it to attempt()");
    return success();
}

// The same action as a command line.
CliRun attemptCli(Bureau &b, const Session &s, Action action)
{
    const QString db = b.temp.path();
    const QString password =
        s.login() == QLatin1String("admin") ? QString::fromLatin1(kAdminPassword) : QString::fromLatin1(kOwnPassword);
    auto as = [&](const QStringList &args, const QMap<QString, QString> &env = {}) {
        return cliAs(db, s.login(), password, args, env);
    };
    const QMap<QString, QString> newPassword{
        {QStringLiteral("CASEDESK_NEW_PASSWORD"), QStringLiteral("Changed-pass-1")}};
    switch (action) {
    case Action::ViewStaff:
        return as({QStringLiteral("users"), QStringLiteral("list")});
    case Action::ManageStaff:
        return as({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("cli-%1").arg(++b.serial),
                   QStringLiteral("--name"), QStringLiteral("新同事"), QStringLiteral("--roles"),
                   QStringLiteral("clerk")},
                  newPassword);
    case Action::ChangeOwnPassword: {
        CliRun r = as({QStringLiteral("users"), QStringLiteral("passwd")}, newPassword);
        if (r.status == 0)
            REQUIRE(cliAs(db, s.login(), QStringLiteral("Changed-pass-1"),
                          {QStringLiteral("users"), QStringLiteral("passwd")},
                          {{QStringLiteral("CASEDESK_NEW_PASSWORD"), password}})
                        .status == 0);
        return r;
    }
    case Action::EditBureauSettings:
        return as({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--idle-lock"),
                   QString::number(++b.serial % 60 + 1)});
    case Action::ImportResponsibilityList: {
        ResponsibilityList list = sampleList();
        list.label = QStringLiteral("cli-import-%1").arg(++b.serial);
        const QString file = b.temp.dir() + QStringLiteral("/list-%1.csv").arg(b.serial);
        writeFile(file, ResponsibilityListCsv::write(list));
        return as({QStringLiteral("duties"), QStringLiteral("import"), file});
    }
    case Action::RemoveResponsibilityList:
        return as({QStringLiteral("duties"), QStringLiteral("remove"), QString::number(b.storeEdition())});
    case Action::ViewRecordHistory:
        return as({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--record"), b.adminUuid()});
    case Action::ViewAuditTrail:
        return as({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    case Action::VerifyAuditTrail:
        return as({QStringLiteral("audit"), QStringLiteral("verify")});
    case Action::ViewRegister:
        return as({QStringLiteral("entities"), QStringLiteral("list")});
    case Action::EditRegister:
        ++b.serial;
        return as({QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("命令行单位%1").arg(b.serial), QStringLiteral("--code"), testCreditCode(b.serial),
                   QStringLiteral("--kinds"), QStringLiteral("producer")});
    case Action::RemoveRegisterRecord:
        return as({QStringLiteral("entities"), QStringLiteral("remove"), QString::number(b.storeEntity().id)});
    case Action::ImportRegister: {
        ++b.serial;
        const QString file = b.temp.dir() + QStringLiteral("/register-%1.csv").arg(b.serial);
        writeFile(file, QStringLiteral("单位名称,统一社会信用代码,类别\n导入单位%1,%2,生产企业\n")
                            .arg(b.serial)
                            .arg(testCreditCode(b.serial))
                            .toUtf8());
        return as({QStringLiteral("entities"), QStringLiteral("import"), file});
    }
    case Action::ChangeLicenceStatus:
        return as({QStringLiteral("licences"), QStringLiteral("status"), QString::number(b.storeLicence()),
                   QStringLiteral("--to"), QStringLiteral("revoked"), QStringLiteral("--on"),
                   QStringLiteral("2025-03-01"), QStringLiteral("--reason"), QStringLiteral("以欺骗手段取得")});
    case Action::ViewCases:
        return as({QStringLiteral("cases"), QStringLiteral("list")});
    case Action::EditCase:
        return as({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--source"),
                   QStringLiteral("complaint"), QStringLiteral("--title"), QStringLiteral("涉嫌无证生产案"),
                   QStringLiteral("--facts"), QStringLiteral("无证生产"), QStringLiteral("--entity"),
                   QString::number(b.storeEntity().id), QStringLiteral("--handlers"),
                   QStringLiteral("only-inspector,second-inspector")});
    case Action::ReviewCase:
        return as({QStringLiteral("cases"), QStringLiteral("suspend"), QString::number(b.filedCase().id),
                   QStringLiteral("--kind"), QStringLiteral("testing"), QStringLiteral("--reason"),
                   QStringLiteral("送检")});
    case Action::ApproveCase:
        return as({QStringLiteral("cases"), QStringLiteral("extend"), QString::number(b.filedCase().id),
                   QStringLiteral("--reason"), QStringLiteral("案情复杂")});
    case Action::ViewInspections:
        return as({QStringLiteral("inspections"), QStringLiteral("list")});
    case Action::EditInspection:
        return as({QStringLiteral("inspections"), QStringLiteral("add"), QStringLiteral("--entity"),
                   QString::number(b.storeEntity().id), QStringLiteral("--on"),
                   QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--kind"), QStringLiteral("routine"),
                   QStringLiteral("--domain"), QStringLiteral("product_quality"), QStringLiteral("--section"),
                   QStringLiteral("质量监督股"), QStringLiteral("--inspectors"),
                   QStringLiteral("only-inspector,second-inspector")});
    case Action::PlanInspections: {
        const QString year = QString::number(QDate::currentDate().year());
        return as({QStringLiteral("inspections"), QStringLiteral("campaign"), QStringLiteral("add"),
                   QStringLiteral("--kind"), QStringLiteral("campaign"), QStringLiteral("--title"),
                   QStringLiteral("命令行专项%1").arg(++b.serial), QStringLiteral("--domain"),
                   QStringLiteral("product_quality"), QStringLiteral("--from"), year + QStringLiteral("-01-01"),
                   QStringLiteral("--to"), year + QStringLiteral("-12-31")});
    }
    case Action::ViewSummary:
        return as({QStringLiteral("--json"), QStringLiteral("summary"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3")});
    case Action::ExchangeData:
        return as({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                   b.exchangeFile()});
    case Action::ResolveConflicts:
        return as({QStringLiteral("sync"), QStringLiteral("dismiss"), QString::number(b.duplicatePair())});
    case Action::ManageSyncKey: {
        const QString file = b.temp.dir() + QStringLiteral("/key-%1.txt").arg(++b.serial);
        writeFile(file, QStringLiteral("cli-sync-key-number-%1\n").arg(b.serial).toUtf8());
        return as({QStringLiteral("sync"), QStringLiteral("key"), QStringLiteral("--key-file"), file});
    }
    case Action::BackupDatabase:
        return as({QStringLiteral("backup"), QStringLiteral("-o"), b.backupPath()});
    case Action::RestoreDatabase:
        return as({QStringLiteral("restore"), b.backupToRestore(), QStringLiteral("--yes")});
    case Action::CheckDatabase:
        return as({QStringLiteral("check")});
    }
    FAIL("an action without a command line: add it to attemptCli()");
    return {};
}

int auditEntries(Database &db)
{
    return countRows(db, QStringLiteral("audit_entry"));
}

} // namespace

TEST_CASE("permissions: every action has a row, a code and a description", "[permissions]")
{
    QSet<QString> codes;
    for (const Permission &p : Permissions::table()) {
        CHECK(Permissions::of(p.action).code == p.code);
        CHECK_FALSE(Permissions::describe(p.action).isEmpty());
        codes.insert(QString::fromLatin1(p.code));
        // Administrators may do everything the bureau's software offers so
        // far, except decide on a licence's status and work on cases and
        // inspections (they only read them).
        const bool decisionOrCaseWork = p.action == Action::ChangeLicenceStatus || p.action == Action::EditCase ||
                                        p.action == Action::ReviewCase || p.action == Action::ApproveCase ||
                                        p.action == Action::EditInspection || p.action == Action::PlanInspections;
        CHECK(Permissions::allowed(RoleSet{Role::Administrator}, p.action) == !decisionOrCaseWork);
    }
    CHECK(codes.size() == int(Permissions::table().size()));
    // A few pairs spelled out, so a careless edit of the table shows here too.
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::Clerk}, Action::ManageStaff));
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::BureauHead}, Action::ImportResponsibilityList));
    CHECK(Permissions::allowed(RoleSet{Role::SectionChief}, Action::ViewAuditTrail));
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::SectionChief}, Action::VerifyAuditTrail));
    CHECK(Permissions::allowed(RoleSet{Role::Clerk, Role::BureauHead}, Action::VerifyAuditTrail));
    CHECK(Permissions::allowed(RoleSet{Role::Administrator}, Action::ViewCases));
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::SectionChief}, Action::ApproveCase));
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::Inspector}, Action::ReviewCase));
    CHECK(Permissions::allowed(RoleSet{Role::Administrator}, Action::ViewInspections));
    CHECK(Permissions::allowed(RoleSet{Role::Clerk}, Action::EditInspection));
    CHECK_FALSE(Permissions::allowed(RoleSet{Role::Inspector}, Action::PlanInspections));
    CHECK(Permissions::allowed(RoleSet{Role::SectionChief}, Action::PlanInspections));
}

TEST_CASE("permissions: every (role, action) pair through the core API", "[permissions]")
{
    Bureau b;
    for (const Permission &p : Permissions::table()) {
        for (Role role : kAllRoles) {
            const bool expected = p.roles.has(role);
            INFO(p.code << " as " << roleCode(role).toStdString() << (expected ? " (allowed)" : " (refused)"));
            const Session &s = b.people.at(role);
            const int entriesBefore = auditEntries(b.temp.db());
            const QByteArray before = fingerprint(b.temp.db());
            const Status r = attempt(b, s, p.action);
            if (expected) {
                CHECK(r.ok());
                if (!r)
                    WARN(r.error().message.toStdString());
            } else {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().refusal);
                CHECK(r.error().message == QStringLiteral("%1 may not %2: this needs one of the roles %3.")
                                               .arg(s.displayName(), Permissions::describe(p.action), p.roles.names()));
                // Nothing changed, except what the attempt's own set-up stored
                // (an edition to remove, stored and audited as the admin).
                if (p.action == Action::RemoveResponsibilityList || p.action == Action::RemoveRegisterRecord)
                    CHECK(auditEntries(b.temp.db()) == entriesBefore + 1);
                else if (p.action == Action::ChangeLicenceStatus)
                    CHECK(auditEntries(b.temp.db()) == entriesBefore + 2); // its holder and the licence
                else if (p.action == Action::EditCase || p.action == Action::ReviewCase ||
                         p.action == Action::ApproveCase || p.action == Action::EditInspection ||
                         p.action == Action::PlanInspections || p.action == Action::ExchangeData ||
                         p.action == Action::ResolveConflicts)
                    CHECK(fingerprint(b.temp.db()) == b.afterSetUp); // the case or entity it was to act on, as stored
                else
                    CHECK(fingerprint(b.temp.db()) == before);
            }
        }
    }
}

TEST_CASE("permissions: every (role, action) pair through casedesk-cli", "[permissions][cli]")
{
    Bureau b;
    for (const Permission &p : Permissions::table()) {
        for (Role role : kAllRoles) {
            const bool expected = p.roles.has(role);
            INFO(p.code << " as " << roleCode(role).toStdString() << (expected ? " (allowed)" : " (refused)"));
            const CliRun r = attemptCli(b, b.people.at(role), p.action);
            INFO(r.err.toStdString());
            if (expected) {
                CHECK(r.status == 0);
            } else {
                CHECK(r.status == 2);
                CHECK(r.err.contains(QStringLiteral("may not %1").arg(Permissions::describe(p.action))));
                CHECK(r.err.count(QLatin1Char('\n')) == 1);
            }
        }
    }
}

TEST_CASE("permissions: a reset password must be replaced before anything else", "[permissions]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    StaffMember m;
    m.login = QStringLiteral("lisi");
    m.name = QStringLiteral("李四");
    m.roles = {Role::SectionChief};
    REQUIRE(StaffDirectory(t.db()).add(admin, m, QStringLiteral("First-pass-1")));
    Session lisi = SignIn(t.db()).attempt(QStringLiteral("lisi"), QStringLiteral("First-pass-1")).value();
    CHECK(lisi.mustChangePassword());
    auto refused = AuditQueries(t.db()).page(lisi, 0, 10);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("must choose a new password first")));
    CHECK_FALSE(Permissions::allowed(lisi, Action::ViewAuditTrail));
    CHECK(Permissions::allowed(lisi, Action::ChangeOwnPassword));
    REQUIRE(
        StaffDirectory(t.db()).changeOwnPassword(lisi, QStringLiteral("First-pass-1"), QStringLiteral("Lisi-pass-2")));
    CHECK_FALSE(lisi.mustChangePassword());
    CHECK(AuditQueries(t.db()).page(lisi, 0, 10));
    // The next sign-in knows it too.
    CHECK_FALSE(SignIn(t.db()).attempt(QStringLiteral("lisi"), QStringLiteral("Lisi-pass-2"))->mustChangePassword());
}
