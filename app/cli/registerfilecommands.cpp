// entities/licences/equipment import and export: the register to and from
// CSV files (and the whole register as one XLSX workbook).
#include "auth/permissions.h"
#include "clisession.h"
#include "commands.h"
#include "register/registercsv.h"
#include "register/registerimporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

constexpr qsizetype kWarningsShown = 100;

QString commandName(RegisterTable table, const char *verb)
{
    return registerTableCode(table) + QLatin1Char(' ') + QLatin1String(verb);
}

// "3 entities", "1 licence" …
QString recordCount(RegisterTable table, int n)
{
    switch (table) {
    case RegisterTable::Entities:
        return Text::tr("%n entities", nullptr, n);
    case RegisterTable::Licences:
        return Text::tr("%n licences", nullptr, n);
    case RegisterTable::Equipment:
        return Text::tr("%n units of special equipment", nullptr, n);
    }
    return QString::number(n);
}

QJsonArray problemsJson(const QList<ImportProblem> &list)
{
    QJsonArray out;
    for (const ImportProblem &p : list)
        out.append(QJsonObject{{QStringLiteral("line"), p.line},
                               {QStringLiteral("column"), p.column},
                               {QStringLiteral("field"), p.field},
                               {QStringLiteral("message"), p.message}});
    return out;
}

QJsonObject planJson(const ImportPlan &plan, bool dryRun)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < plan.headings.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("heading"), plan.headings[i]},
                                   {QStringLiteral("field"), plan.mapping.value(i)}});
    return {{QStringLiteral("file"), plan.source},
            {QStringLiteral("encoding"), plan.encoding},
            {QStringLiteral("table"), registerTableCode(plan.table)},
            {QStringLiteral("rows"), plan.rows},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("problems"), problemsJson(plan.problems)},
            {QStringLiteral("warnings"), problemsJson(plan.warnings)},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("stored"), 0}};
}

// "FILE:LINE: message", as compilers write, so editors can jump to the row.
QString located(const ImportPlan &plan, const ImportProblem &p, bool warning)
{
    const QString where = p.line > 0 ? QStringLiteral("%1:%2").arg(plan.source).arg(p.line) : plan.source;
    return warning ? Text::tr("%1: warning: %2").arg(where, p.message) : QStringLiteral("%1: %2").arg(where, p.message);
}

void printPlan(Printer &out, const ImportPlan &plan)
{
    out.line(
        Text::tr("%1: %2, %3, read as %4.")
            .arg(plan.source, plan.encoding, Text::tr("%n row(s)", nullptr, plan.rows), registerTableName(plan.table)));
    out.line(Text::tr("Columns:"));
    for (qsizetype i = 0; i < plan.headings.size(); ++i) {
        const QString key = plan.mapping.value(i);
        if (key.isEmpty()) {
            out.line(Text::tr("  %1 → ignored").arg(plan.headings[i]));
            continue;
        }
        const CsvField *field = RegisterCsv::field(plan.table, key);
        out.line(QStringLiteral("  %1 → %2 [%3]").arg(plan.headings[i], field ? field->heading : key, key));
    }
    for (const ImportProblem &p : plan.problems)
        out.line(located(plan, p, false));
    // Every problem must be fixed, so all are listed; a file of numbered
    // names can raise a warning on nearly every row, so those stop after a
    // screenful (--json has them all).
    const qsizetype shown = std::min<qsizetype>(plan.warnings.size(), kWarningsShown);
    for (qsizetype i = 0; i < shown; ++i)
        out.line(located(plan, plan.warnings[i], true));
    if (plan.warnings.size() > shown)
        out.line(Text::tr("%1: %2 more warnings not shown (--json lists them all).")
                     .arg(plan.source)
                     .arg(plan.warnings.size() - shown));
}

int importRegister(RegisterTable table, const CommandLine &cl, Printer &out)
{
    const QString command = commandName(table, "import");
    if (cl.words.size() != 3)
        return refuse(Text::tr("%1: give exactly one FILE").arg(command));
    const QString file = cl.words[2];
    const bool dryRun = cl.flag("--dry-run");
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, command);
    if (!session)
        return fail(session.error());
    // A person who may not import learns it before the file is read; a dry
    // run shows the register's contents (codes taken, similar names), so it
    // needs the permission to view them.
    if (auto allowed = Permissions::require(*session, dryRun ? Action::ViewRegister : Action::ImportRegister); !allowed)
        return fail(allowed.error());

    RegisterImporter importer(**db);
    auto plan = importer.read(file, table);
    if (!plan)
        return fail(plan.error());
    QJsonObject json = planJson(*plan, dryRun);
    if (!cl.json)
        printPlan(out, *plan);
    if (!plan->acceptable()) {
        if (cl.json)
            out.json(json);
        out.flush();
        return refuse(
            Text::tr("%1: %n problem(s); nothing was written.", nullptr, int(plan->problems.size())).arg(plan->source));
    }
    if (dryRun) {
        if (cl.json) {
            json.insert(QStringLiteral("wouldStore"), plan->recordCount());
            out.json(json);
        } else {
            out.line(Text::tr("Dry run: %1 would be stored; nothing was written.")
                         .arg(recordCount(table, plan->recordCount())));
        }
        return Done;
    }
    auto outcome = importer.apply(*session, *plan);
    if (!outcome) {
        if (cl.json)
            out.json(json);
        out.flush();
        return fail(outcome.error());
    }
    if (cl.json) {
        json.insert(QStringLiteral("stored"), outcome->stored);
        out.json(json);
    } else {
        out.line(Text::tr("Stored %1; each is in the audit trail.").arg(recordCount(table, outcome->stored)));
    }
    return Done;
}

int exportRegister(RegisterTable table, const CommandLine &cl, Printer &out)
{
    const QString command = commandName(table, "export");
    const QString target = cl.option("--output");
    // Only the entities' export offers the workbook, which holds all three
    // tables; the others are one CSV each.
    const bool workbook =
        table == RegisterTable::Entities && target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (target.isEmpty() || cl.words.size() != 2)
        return refuse(table == RegisterTable::Entities ? Text::tr("%1: give -o FILE.csv or -o FILE.xlsx").arg(command)
                                                       : Text::tr("%1: give -o FILE.csv").arg(command));
    if (!workbook && !target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return refuse(table == RegisterTable::Entities
                          ? Text::tr("%1: -o %2: the file name must end in .csv or .xlsx").arg(command, target)
                          : Text::tr("%1: -o %2: the file name must end in .csv").arg(command, target));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, command);
    if (!session)
        return fail(session.error());
    if (auto allowed = Permissions::require(*session, Action::ViewRegister); !allowed)
        return fail(allowed.error());
    const Status written =
        workbook ? RegisterCsv::exportXlsx(**db, target) : RegisterCsv::exportCsv(**db, table, target);
    if (!written)
        return fail(written.error());
    if (cl.json)
        out.json({{QStringLiteral("file"), target},
                  {QStringLiteral("format"), workbook ? QStringLiteral("xlsx") : QStringLiteral("csv")}});
    else if (workbook)
        out.line(Text::tr("Wrote the entities, licences and special equipment to %1.").arg(target));
    else
        out.line(Text::tr("%1 written to %2.").arg(registerTableName(table), target));
    return Done;
}

} // namespace

int commandEntitiesImport(const CommandLine &cl, Printer &out)
{
    return importRegister(RegisterTable::Entities, cl, out);
}

int commandLicencesImport(const CommandLine &cl, Printer &out)
{
    return importRegister(RegisterTable::Licences, cl, out);
}

int commandEquipmentImport(const CommandLine &cl, Printer &out)
{
    return importRegister(RegisterTable::Equipment, cl, out);
}

int commandEntitiesExport(const CommandLine &cl, Printer &out)
{
    return exportRegister(RegisterTable::Entities, cl, out);
}

int commandLicencesExport(const CommandLine &cl, Printer &out)
{
    return exportRegister(RegisterTable::Licences, cl, out);
}

int commandEquipmentExport(const CommandLine &cl, Printer &out)
{
    return exportRegister(RegisterTable::Equipment, cl, out);
}

} // namespace casedesk::cli
