#pragma once
// RegisterImporter: loads entities, licences or special equipment from a
// CSV file. read() decodes the file (UTF-8 with or without BOM, GB18030),
// maps the header row to fields and checks every row against the same rules
// the forms obey (EntityRegister::check …), against the database and against
// the file's other rows, without writing; the plan lists each bad row with
// its line and reason. apply() writes a plan with no problems in one audited
// transaction: all rows or none.

#include "auth/session.h"
#include "database.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"
#include "register/registercsv.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace casedesk {

struct ImportProblem {
    int line = 0;    // 1-based line of the file the row starts on (0: the file as a whole)
    QString field;   // field key, empty when the row as a whole is wrong
    QString message; // names the column heading and what was wrong
    QString column;  // the column's heading as the file writes it, empty for the row as a whole
    QString reason;  // what was wrong, without the column

    // "Line 12, column 统一社会信用代码: …" (translated).
    QString describe() const;
};

struct ImportPlan {
    RegisterTable table = RegisterTable::Entities;
    QString source;   // the file
    QString encoding; // as TextDecoding found it
    QStringList headings;
    QStringList mapping; // field key per column, "" = ignored
    int rows = 0;        // data rows read
    QList<Entity> entities;
    QList<Licence> licences;       // entityId resolved
    QList<Equipment> equipment;    // entityId resolved
    QList<int> lines;              // the line each record starts on, in the order of the records
    QList<ImportProblem> problems; // any problem refuses the import
    QList<ImportProblem> warnings; // near-duplicate names: pointed out, not refused

    bool acceptable() const { return problems.isEmpty(); }
    // The headings of the columns the mapping leaves out.
    QStringList ignoredColumns() const;
    int recordCount() const { return int(entities.size() + licences.size() + equipment.size()); }
};

struct ImportOutcome {
    int stored = 0;
};

class RegisterImporter {
  public:
    using Progress = std::function<bool(int done, int total)>; // false = cancel

    explicit RegisterImporter(Database &db) : m_db(db) {}

    // `table` unset: detected from the headings. `mapping` unset: guessed
    // from the headings. `today` bounds dates that cannot be in the future.
    Result<ImportPlan> read(const QString &path, std::optional<RegisterTable> table = {},
                            std::optional<QStringList> mapping = {}, const QDate &today = QDate::currentDate()) const;
    // The same from decoded text.
    Result<ImportPlan> readText(const QString &text, const QString &sourceName, const QString &encoding,
                                std::optional<RegisterTable> table, std::optional<QStringList> mapping,
                                const QDate &today) const;
    // Refused when the plan has problems or the database changed so that a
    // row no longer fits (a code taken meanwhile); nothing is written then.
    Result<ImportOutcome> apply(const Session &session, const ImportPlan &plan, const Progress &progress = {});

  private:
    Database &m_db;
};

} // namespace casedesk
