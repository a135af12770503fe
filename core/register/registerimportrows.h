#pragma once
// RegisterImportRows: turns the data rows of a register CSV file into
// entities, licences or equipment for an ImportPlan, checking each against
// the rules the forms obey (Entity::problems …), against the register
// (RegisterImportIndex: a code, number or registration already taken, a
// holder that does not exist, a name like one already stored) and against
// the file's earlier rows. Bad rows become the plan's problems, naming the
// column as the file heads it; near-duplicate names become warnings.

#include "csv.h"
#include "register/registerimporter.h"
#include "register/registerimportindex.h"

#include <QDate>
#include <QHash>

namespace casedesk {

class RegisterImportRows {
  public:
    // `plan` has its table, headings and a checked mapping.
    RegisterImportRows(ImportPlan &plan, const RegisterImportIndex &index, const QDate &today);

    void add(const Csv::Record &record);
    // File-wide remarks once every row is in (kinds left to their default).
    void finish();

  private:
    void addEntity();
    void addLicence();
    void addEquipment();

    // The cell of a field, simplified; empty when the column is not mapped.
    QString cell(const QString &key) const;
    // The heading of the field's column as the file writes it, or the
    // template's heading when no column is mapped to it.
    QString column(const QString &key) const;
    void problem(const QString &key, const QString &reason);
    void warning(const QString &key, const QString &reason);
    // Problems of a record, unless the row already has one for that field.
    void problems(const FieldProblems &list);
    bool hasProblem(const QString &key) const;
    // A problem for each required cell left empty.
    void checkRequired();
    QDate date(const QString &key);
    // The holder of a licence or equipment, by the code in the row; 0 with
    // a problem when there is none.
    qint64 holder();

    ImportPlan &m_plan;
    const RegisterImportIndex &m_index;
    QDate m_today;
    QHash<QString, int> m_columnOf; // field key -> column
    const Csv::Record *m_record = nullptr;
    int m_problemsBefore = 0;

    // The file's earlier rows: what they took, and on which line.
    QHash<QString, int> m_seen;
    NameKeyIndex m_fileNames;                      // entry i: m_fileNameRows[i]
    QList<std::pair<int, QString>> m_fileNameRows; // line, name
    QList<QString> m_fileNameCodes;
    int m_defaultKinds = 0; // rows stored as 其他 for want of kinds
    int m_firstDefaultKindsLine = 0;
};

} // namespace casedesk
