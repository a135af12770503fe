#include "dutylistimporter.h"

#include "auth/permissions.h"
#include "dutylist/dutylistcsv.h"
#include "dutylist/dutylistrepository.h"
#include "dutylist/publishedlistreader.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace casedesk {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponsibilityListImporter)
};

Error cancelled()
{
    return refusal(Text::tr("The import was cancelled; nothing was changed."));
}

bool report(const ImportProgress &progress, int percent, const QString &stage)
{
    return !progress || progress(percent, stage);
}

} // namespace

ListImportReport ResponsibilityListImporter::summarize(const ResponsibilityList &list, const QString &format)
{
    ListImportReport r;
    r.label = list.label;
    r.department = list.department;
    r.format = format;
    r.duties = int(list.duties.size());
    r.items = list.itemCount();
    r.references = list.referenceCount();
    r.boundaries = int(list.boundaries.size());
    r.systems = int(list.systems.size());
    r.services = int(list.services.size());
    return r;
}

Result<ResponsibilityList> ResponsibilityListImporter::readFile(const QString &path, const QString &editionLabel,
                                                                QString *formatName)
{
    auto decoded = TextDecoding::decodeFile(path);
    if (!decoded)
        return decoded.error();
    const QString source = QFileInfo(path).fileName();

    const bool csv = ResponsibilityListCsv::recognises(decoded->text);
    if (!csv && !PublishedListReader::recognises(decoded->text)) {
        return refusal(
            Text::tr("%1: not a responsibility list. Expected the CaseDesk CSV template (header row starting "
                     "with %2) or a published list with a table of main duties (序号, 主要职责).")
                .arg(source, ResponsibilityListCsv::header().first()));
    }
    auto list =
        csv ? ResponsibilityListCsv::read(decoded->text, source) : PublishedListReader::read(decoded->text, source);
    if (formatName)
        *formatName = csv ? Text::tr("CaseDesk CSV template (%1)").arg(decoded->encoding)
                          : Text::tr("Published responsibility list (%1)").arg(decoded->encoding);
    if (!list)
        return list.error();

    ResponsibilityList result = std::move(list).value();
    if (!editionLabel.trimmed().isEmpty())
        result.label = editionLabel.trimmed();
    else if (result.label.isEmpty())
        result.label = result.published.isEmpty() ? QFileInfo(path).completeBaseName() : result.published;
    return result;
}

Result<ListImportReport> ResponsibilityListImporter::importFile(const Session &session,
                                                                const ListImportRequest &request,
                                                                const ImportProgress &progress)
{
    // A person who may not import learns it before the file is read.
    if (auto allowed = Permissions::require(session, Action::ImportResponsibilityList); !allowed)
        return allowed.error();
    if (!report(progress, 5, Text::tr("Reading %1…").arg(QFileInfo(request.path).fileName())))
        return cancelled();
    QString format;
    auto list = readFile(request.path, request.editionLabel, &format);
    if (!list)
        return list.error();
    if (!report(progress, 60, Text::tr("Storing %1 main duties…").arg(list->duties.size())))
        return cancelled();

    ResponsibilityListRepository repository(m_db);
    auto saved = repository.save(session, *list, QFileInfo(request.path).fileName());
    if (!saved)
        return saved.error();
    ListImportReport result = summarize(*list, format);
    result.editionId = saved->editionId;
    result.alreadyPresent = saved->alreadyPresent;
    report(progress, 100, Text::tr("Done."));
    return result;
}

} // namespace casedesk
