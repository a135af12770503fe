#include "clicommands.h"

#include "bureausettings.h"
#include "database.h"
#include "dutylist/dutylistcsv.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistjson.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>

namespace casedesk::cli {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// The parsed command line: global options, the command words and the
// command's own options. Options may stand anywhere after the program name.
struct CommandLine {
    QString dbPath;
    bool json = false;
    QString user;
    QStringList words;                  // command, subcommand, positional arguments
    std::map<QString, QString> options; // --name value
    QStringList flags;                  // --name without value
    QString error;

    QString option(const char *name) const
    {
        auto it = options.find(QString::fromLatin1(name));
        return it == options.end() ? QString() : it->second;
    }
    bool has(const char *name) const { return options.count(QString::fromLatin1(name)) > 0; }
    bool flag(const char *name) const { return flags.contains(QString::fromLatin1(name)); }
};

// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {
    QStringLiteral("--db"),      QStringLiteral("--user"),   QStringLiteral("--password-file"),
    QStringLiteral("--bureau"),  QStringLiteral("--abbrev"), QStringLiteral("--site"),
    QStringLiteral("--edition"), QStringLiteral("-o"),       QStringLiteral("--output")};
const QStringList kFlags = {QStringLiteral("--json"), QStringLiteral("--dry-run"), QStringLiteral("--help"),
                            QStringLiteral("-h"), QStringLiteral("--version")};

CommandLine parse(const QStringList &args)
{
    CommandLine cl;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (kValueOptions.contains(a)) {
            if (i + 1 >= args.size()) {
                cl.error = Text::tr("option %1 needs a value").arg(a);
                return cl;
            }
            const QString name = a == QLatin1String("-o") ? QStringLiteral("--output") : a;
            cl.options[name] = args[++i];
        } else if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            const QString name = a.section(QLatin1Char('='), 0, 0);
            if (!kValueOptions.contains(name)) {
                cl.error = Text::tr("unknown option %1").arg(name);
                return cl;
            }
            cl.options[name] = a.section(QLatin1Char('='), 1);
        } else if (kFlags.contains(a)) {
            cl.flags << a;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            cl.error = Text::tr("unknown option %1").arg(a);
            return cl;
        } else {
            cl.words << a;
        }
    }
    cl.dbPath = cl.option("--db");
    cl.user = cl.option("--user");
    cl.json = cl.flag("--json");
    return cl;
}

class Printer {
  public:
    void line(const QString &text) { m_out << text << '\n'; }
    void json(const QJsonObject &o) { m_out << QJsonDocument(o).toJson(QJsonDocument::Indented); }
    void flush() { m_out.flush(); }

  private:
    QTextStream m_out{stdout};
};

int refuse(const QString &reason)
{
    QTextStream err(stderr);
    err << "casedesk-cli: " << reason << '\n';
    return Refused;
}

int fail(const Error &e)
{
    QTextStream err(stderr);
    err << "casedesk-cli: " << e.message << '\n';
    return e.refusal ? Refused : Failed;
}

QString author(const CommandLine &cl)
{
    if (!cl.user.isEmpty())
        return cl.user;
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? QStringLiteral("casedesk-cli") : login;
}

Result<std::unique_ptr<Database>> openDatabase(const CommandLine &cl)
{
    return Database::open(cl.dbPath.isEmpty() ? Database::defaultPath() : cl.dbPath);
}

const char *const kUsage =
    QT_TRANSLATE_NOOP("CaseDeskCli", R"(Usage: casedesk-cli [--db PATH] [--json] [--user NAME] COMMAND [ARGS...]

Commands:
  init [--bureau NAME --abbrev ABBR --site CODE]
                           create the database (and record the bureau, its
                           case-number abbreviation and this workstation)
  duties import FILE [--edition LABEL] [--dry-run]
                           import a responsibility list (published text layout
                           or the CSV template); --dry-run checks only
  duties list [--json]     editions, duties with items, sections, references,
                           and counts of boundaries, systems, public services
  duties export -o FILE.csv [--edition ID|LABEL]
                           write an edition (default: the newest) as the CSV
                           template (UTF-8 with BOM)

Exit status: 0 done, 2 refused (bad input or request; nothing changed),
1 any other failure.
)");

int commandInit(const CommandLine &cl, Printer &out)
{
    const bool any = cl.has("--bureau") || cl.has("--abbrev") || cl.has("--site");
    const bool all = cl.has("--bureau") && cl.has("--abbrev") && cl.has("--site");
    if (any && !all)
        return refuse(Text::tr("init: give --bureau, --abbrev and --site together"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    if (all) {
        const BureauSettings wanted{cl.option("--bureau"), cl.option("--abbrev"), cl.option("--site")};
        if (auto s = BureauSettings::initialise(**db, wanted); !s)
            return fail(s.error());
    }
    const BureauSettings settings = BureauSettings::load(**db);
    if (cl.json) {
        out.json({{QStringLiteral("database"), (*db)->path()},
                  {QStringLiteral("schemaVersion"), (*db)->schemaVersion()},
                  {QStringLiteral("bureau"), settings.bureauName},
                  {QStringLiteral("abbreviation"), settings.abbreviation},
                  {QStringLiteral("site"), settings.site}});
    } else {
        out.line(Text::tr("Database ready: %1 (schema version %2)").arg((*db)->path()).arg((*db)->schemaVersion()));
        if (settings.initialised())
            out.line(Text::tr("Bureau: %1, abbreviation %2, workstation %3")
                         .arg(settings.bureauName, settings.abbreviation, settings.site));
    }
    return Done;
}

QJsonObject reportToJson(const ListImportReport &r)
{
    return {{QStringLiteral("editionId"), r.editionId},
            {QStringLiteral("alreadyPresent"), r.alreadyPresent},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("department"), r.department},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("duties"), r.duties},
            {QStringLiteral("items"), r.items},
            {QStringLiteral("references"), r.references},
            {QStringLiteral("boundaries"), r.boundaries},
            {QStringLiteral("supervisionSystems"), r.systems},
            {QStringLiteral("publicServices"), r.services}};
}

int commandDutiesImport(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 3)
        return refuse(Text::tr("duties import: give exactly one FILE"));
    const QString file = cl.words[2];
    if (cl.flag("--dry-run")) {
        QString format;
        auto list = ResponsibilityListImporter::readFile(file, cl.option("--edition"), &format);
        if (!list)
            return fail(list.error());
        const ListImportReport r = ResponsibilityListImporter::summarize(*list, format);
        out.line(
            Text::tr(
                "%1: %2, edition \"%3\" of %4: %5 main duties, %6 items, %7 legal references, %8 boundary matters, "
                "%9 supervision systems, %10 public services. Nothing was written (dry run).")
                .arg(QFileInfo(file).fileName(), r.format, r.label, r.department)
                .arg(r.duties)
                .arg(r.items)
                .arg(r.references)
                .arg(r.boundaries)
                .arg(r.systems)
                .arg(r.services));
        return Done;
    }
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    ResponsibilityListImporter importer(**db);
    auto report = importer.importFile({file, cl.option("--edition"), author(cl)});
    if (!report)
        return fail(report.error());
    if (cl.json) {
        out.json(reportToJson(*report));
    } else if (report->alreadyPresent) {
        out.line(
            Text::tr("Edition \"%1\" of %2 is already stored with the same content (edition %3); nothing was changed.")
                .arg(report->label, report->department)
                .arg(report->editionId));
    } else {
        out.line(Text::tr("Imported edition \"%1\" of %2 as edition %3: %4 main duties, %5 items, %6 legal references, "
                          "%7 boundary matters, %8 supervision systems, %9 public services.")
                     .arg(report->label, report->department)
                     .arg(report->editionId)
                     .arg(report->duties)
                     .arg(report->items)
                     .arg(report->references)
                     .arg(report->boundaries)
                     .arg(report->systems)
                     .arg(report->services));
    }
    return Done;
}

void printEditionText(Printer &out, const EditionRow &e, const ResponsibilityList &list)
{
    out.line(Text::tr("Edition %1 \"%2\" — %3 (%4), published %5")
                 .arg(e.id)
                 .arg(list.label, list.department, list.region, list.published));
    for (const MainDuty &duty : list.duties) {
        out.line(QStringLiteral("  %1. %2").arg(duty.number, duty.text));
        for (const ResponsibilityItem &item : duty.items)
            out.line(item.sections.isEmpty()
                         ? QStringLiteral("     - %1").arg(item.text)
                         : QStringLiteral("     - %1 [%2]").arg(item.text, item.sections.join(QStringLiteral("、"))));
        for (const LegalReference &ref : duty.references)
            out.line(QStringLiteral("     § %1 %2")
                         .arg(ref.law.isEmpty() ? ref.situations.left(30) : QStringLiteral("《%1》").arg(ref.law),
                              ref.article));
    }
    out.line(Text::tr("  Boundary matters: %1; supervision systems: %2; public services: %3")
                 .arg(list.boundaries.size())
                 .arg(list.systems.size())
                 .arg(list.services.size()));
}

int commandDutiesList(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    ResponsibilityListQueries queries(**db);
    ResponsibilityListRepository repository(**db);
    QJsonArray editions;
    const QList<EditionRow> rows = queries.editions();
    for (const EditionRow &e : rows) {
        auto list = repository.load(e.id);
        if (!list)
            return fail(list.error());
        if (cl.json)
            editions.append(editionToJson(e, *list));
        else
            printEditionText(out, e, *list);
    }
    if (cl.json)
        out.json({{QStringLiteral("editions"), editions}});
    else if (rows.isEmpty())
        out.line(Text::tr("No responsibility list has been imported yet."));
    return Done;
}

int commandDutiesExport(const CommandLine &cl, Printer &out)
{
    const QString target = cl.option("--output");
    if (target.isEmpty() || cl.words.size() != 2)
        return refuse(Text::tr("duties export: give -o FILE.csv"));
    if (!target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return refuse(Text::tr("duties export: -o %1: the file name must end in .csv").arg(target));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto edition = ResponsibilityListQueries(**db).findEdition(cl.option("--edition"));
    if (!edition)
        return fail(edition.error());
    auto list = ResponsibilityListRepository(**db).load(*edition);
    if (!list)
        return fail(list.error());
    if (auto written = ResponsibilityListCsv::writeFile(*list, target); !written)
        return fail(written.error());
    if (cl.json)
        out.json({{QStringLiteral("editionId"), *edition}, {QStringLiteral("file"), target}});
    else
        out.line(Text::tr("Wrote edition %1 \"%2\" to %3.").arg(*edition).arg(list->label, target));
    return Done;
}

} // namespace

int run(const QStringList &args)
{
    const CommandLine cl = parse(args);
    if (!cl.error.isEmpty())
        return refuse(cl.error);
    Printer out;
    if (cl.flag("--version")) {
        out.line(QStringLiteral("casedesk-cli ") + QCoreApplication::applicationVersion());
        return Done;
    }
    if (cl.words.isEmpty() || cl.flag("--help") || cl.flag("-h") || cl.words.first() == QLatin1String("help")) {
        out.line(Text::tr(kUsage));
        return cl.words.isEmpty() && !cl.flag("--help") && !cl.flag("-h") ? Refused : Done;
    }
    using Handler = std::function<int(const CommandLine &, Printer &)>;
    const std::map<QString, Handler> commands = {
        {QStringLiteral("init"), commandInit},
        {QStringLiteral("duties import"), commandDutiesImport},
        {QStringLiteral("duties list"), commandDutiesList},
        {QStringLiteral("duties export"), commandDutiesExport},
    };
    const QString one = cl.words.first();
    const QString two = cl.words.size() > 1 ? one + QLatin1Char(' ') + cl.words[1] : one;
    auto it = commands.find(two);
    if (it == commands.end())
        it = commands.find(one);
    if (it == commands.end() || (it->first == one && one != QLatin1String("init")))
        return refuse(Text::tr("unknown command \"%1\"; see casedesk-cli --help").arg(two));
    if (it->first == one && cl.words.size() > 1)
        return refuse(Text::tr("%1: unexpected argument \"%2\"").arg(one, cl.words[1]));
    const int status = it->second(cl, out);
    out.flush();
    return status;
}

} // namespace casedesk::cli
