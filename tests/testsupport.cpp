#include "testsupport.h"

#include "auth/bureausetup.h"
#include "auth/signin.h"
#include "auth/staffdirectory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace casedesk::test {

// Weak hook: the GUI test binary defines makeGuiApplication() to create a
// QApplication; the core binary does not link widgets, gets nullptr and makes
// a QGuiApplication.
__attribute__((weak)) QCoreApplication *makeGuiApplication(int &argc, char **argv);

ApplicationScope::ApplicationScope(int &argc, char **argv)
{
    if (makeGuiApplication) {
        m_app.reset(makeGuiApplication(argc, argv));
    } else {
        // The case documents are laid out and printed to PDF (QTextDocument,
        // QPdfWriter), which needs a QGuiApplication; without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_app = std::make_unique<QGuiApplication>(argc, argv);
    }
    // Settings and the sign-in throttle's file go to a test location, never
    // the tester's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-tests"));
}

ApplicationScope::~ApplicationScope() = default;

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path());
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_db = std::move(opened).value();
}

Session setUpBureau(Database &db, const QString &site)
{
    BureauSettings settings;
    settings.bureauName = QStringLiteral("永清县质量技术监督局");
    settings.abbreviation = QStringLiteral("永质监");
    settings.site = site;
    auto session = BureauSetup::run(
        db, settings, {QStringLiteral("admin"), QStringLiteral("管理员甲"), QString::fromLatin1(kAdminPassword)});
    if (!session)
        FAIL(session.error().message.toStdString());
    return std::move(session).value();
}

Session adminSession(Database &db)
{
    if (BureauSetup::needed(db))
        return setUpBureau(db);
    auto session = SignIn(db).attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
    if (!session)
        FAIL(session.error().message.toStdString());
    return std::move(session).value();
}

Session addColleague(Database &db, const Session &admin, const QString &login, RoleSet roles, const QString &name)
{
    StaffMember member;
    member.login = login;
    member.name = name.isEmpty() ? login : name;
    member.roles = roles;
    if (roles.has(Role::Inspector))
        member.enforcement = {QStringLiteral("ZF%1").arg(qHash(login) % 100000000, 8, 10, QLatin1Char('0')),
                              QDate(2024, 1, 1), QDate(2028, 12, 31)};
    const QString first = QStringLiteral("First-pass-1");
    auto added = StaffDirectory(db).add(admin, member, first);
    if (!added)
        FAIL(added.error().message.toStdString());
    auto session = SignIn(db).attempt(login, first);
    if (!session)
        FAIL(session.error().message.toStdString());
    if (auto changed = StaffDirectory(db).changeOwnPassword(*session, first, QString::fromLatin1(kOwnPassword));
        !changed)
        FAIL(changed.error().message.toStdString());
    return std::move(session).value();
}

QString seedPath(const QString &name)
{
    return QStringLiteral(CASEDESK_SEEDS_DIR "/") + name;
}
QString boshanSeed()
{
    return seedPath(QStringLiteral("000_96b6d37a1365f6e3.txt"));
}
QString yongqingSeed()
{
    return seedPath(QStringLiteral("004_c3f4dae673c18ae0.txt"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ResponsibilityList sampleList()
{
    ResponsibilityList l;
    l.label = QStringLiteral("2026版");
    l.department = QStringLiteral("测试县质量技术监督局");
    l.region = QStringLiteral("测试县");
    l.published = QStringLiteral("2026-03-01");
    l.editor = QStringLiteral("王五");
    l.contact = QStringLiteral("0316-1234567");
    l.notes = {QStringLiteral("注：本表所列依据，不再逐一列出。")};
    l.accountabilityIntro = QStringLiteral("为严格追究责任，制定本机制。");

    MainDuty d1;
    d1.number = QStringLiteral("1");
    d1.text = QStringLiteral("负责全县计量工作，推行法定计量单位");
    d1.items = {{QStringLiteral("依法监督管理计量器具"), {QStringLiteral("标准计量股")}, {}, {}},
                {QStringLiteral("监督管理商品量、市场计量行为"),
                 {QStringLiteral("标准计量股"), QStringLiteral("稽查股")},
                 QStringLiteral("含\"定量包装\"商品"),
                 QStringLiteral("市场计量")}};
    d1.references = {{QStringLiteral("计量法"), QStringLiteral("1985年9月通过，2013年12月修正"),
                      QStringLiteral("第三十条"), QStringLiteral("计量监督人员违法失职，情节严重的"), -1},
                     {QStringLiteral("计量法实施细则"), QStringLiteral("1987年"), QStringLiteral("第五十七条"),
                      QStringLiteral("徇私舞弊的"), 1}};
    MainDuty d2;
    d2.number = QStringLiteral("2");
    d2.text = QStringLiteral("承担特种设备安全监察、监督工作的责任");
    d2.items = {{QStringLiteral("办理特种设备使用登记"), {QStringLiteral("特种设备安全监察股")}, {}, {}},
                {QStringLiteral("对能效标识实施监督管理"), {}, {}, {}}};
    l.duties = {d1, d2};

    BoundaryMatter b;
    b.number = QStringLiteral("1");
    b.matter = QStringLiteral("危险化学品监管");
    b.shares = {{QStringLiteral("县质监局"), QStringLiteral("负责生产许可证监督")},
                {QStringLiteral("县安监局"), QStringLiteral("综合工作")}};
    b.basis = QStringLiteral("《危险化学品安全管理条例》（国务院令第591号）");
    b.example = QStringLiteral("一辆槽罐车发生泄漏，\n各部门分工处置。");
    l.boundaries = {b};

    SupervisionSystem s;
    s.number = QStringLiteral("一");
    s.title = QStringLiteral("特种设备监管");
    s.domain = QStringLiteral("special_equipment");
    s.intro = QStringLiteral("特种设备包括锅炉、压力容器（含气瓶）、电梯等。");
    s.parts = {
        {SystemPartKind::Targets, QStringLiteral("一、监督检查对象"), QStringLiteral("特种设备使用单位")},
        {SystemPartKind::Content, QStringLiteral("二、监督检查内容"),
         QStringLiteral("主要检查下列事项：\n（一）是否登记；\n（二）是否定期检验。")},
        {SystemPartKind::Measures, QStringLiteral("五、监督检查措施及处理"), QStringLiteral("责令改正, 处以罚款")}};
    s.contentPoints = {{{}, QStringLiteral("（一）"), QStringLiteral("是否按要求进行使用登记")},
                       {QStringLiteral("（二）使用管理"), QStringLiteral("1"), QStringLiteral("电梯是否每日试运行")}};
    l.systems = {s};

    l.services = {{QStringLiteral("1"), QStringLiteral("“5.20”世界计量日主题宣传活动"), QStringLiteral("宣传计量知识"),
                   QStringLiteral("标准计量股"), QStringLiteral("0316-6686036")}};
    l.accountability = {{QStringLiteral("行政机关"), QStringLiteral("依据《公务员法》追究责任。"),
                         QStringLiteral("依职权调查处理。"), QStringLiteral("参照执行。")}};
    return l;
}

QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.sql());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8().append('\x1f'));
    }
    return hash.result().toHex();
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    // Tables without tombstones (the audit trail) count every row.
    const bool tombstones = db.sql().record(table).contains(QStringLiteral("deleted_at"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1%2")
                       .arg(table, tombstones ? QStringLiteral(" WHERE deleted_at IS NULL") : QString())));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace casedesk::test
