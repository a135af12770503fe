#pragma once
// ResponsibilityListImporter: reads a responsibility list from a file in any
// format CaseDesk knows (the published text layouts, the CSV template),
// checks it, and stores it as an edition in one transaction. All or
// nothing: a file that is empty, truncated, binary, wrongly encoded or too
// large is refused with a message that names the file and line, and the
// database is left exactly as it was.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "result.h"

#include <QString>
#include <functional>

namespace casedesk {

class Session;

struct ListImportRequest {
    QString path;
    QString editionLabel; // empty: taken from the file (its date), or the file name
};

struct ListImportReport {
    qint64 editionId = 0;
    bool alreadyPresent = false; // same edition, same content: nothing was written
    QString label;
    QString department;
    QString format; // display name of the format read
    int duties = 0;
    int items = 0;
    int references = 0;
    int boundaries = 0;
    int systems = 0;
    int services = 0;
};

// Progress from 0 to 100 with the stage's display text; return false to cancel.
using ImportProgress = std::function<bool(int percent, const QString &stage)>;

class ResponsibilityListImporter {
  public:
    explicit ResponsibilityListImporter(Database &db) : m_db(db) {}

    // What a list holds, as an import reports it (nothing stored yet:
    // editionId 0).
    static ListImportReport summarize(const ResponsibilityList &list, const QString &format = {});
    // Reads and checks the file without writing anything (a dry run).
    static Result<ResponsibilityList> readFile(const QString &path, const QString &editionLabel = {},
                                               QString *formatName = nullptr);
    // Reads, checks and stores on behalf of the session (which needs the
    // permission to import).
    Result<ListImportReport> importFile(const Session &session, const ListImportRequest &request,
                                        const ImportProgress &progress = {});

  private:
    Database &m_db;
};

} // namespace casedesk
