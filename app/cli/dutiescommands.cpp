// duties: the responsibility list's import, listing, export and removal.
#include "clisession.h"
#include "commands.h"
#include "dutylist/dutylistcsv.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistjson.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

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

} // namespace

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
    auto session = signIn(cl, **db, QStringLiteral("duties import"));
    if (!session)
        return fail(session.error());
    ResponsibilityListImporter importer(**db);
    auto report = importer.importFile(*session, {file, cl.option("--edition")});
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

int commandDutiesRemove(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 3)
        return refuse(Text::tr("duties remove: give exactly one EDITION (its number or label)"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("duties remove"));
    if (!session)
        return fail(session.error());
    auto edition = ResponsibilityListQueries(**db).findEdition(cl.words[2]);
    if (!edition)
        return fail(edition.error());
    if (auto removed = ResponsibilityListRepository(**db).remove(*session, *edition); !removed)
        return fail(removed.error());
    if (cl.json)
        out.json({{QStringLiteral("removedEditionId"), *edition}});
    else
        out.line(Text::tr("Removed edition %1; its rows are kept as tombstones and the removal is in the audit "
                          "trail.")
                     .arg(*edition));
    return Done;
}

} // namespace casedesk::cli
