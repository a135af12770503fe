#pragma once
// RegisterCsv: the columns of the register's CSV files (entities, licences,
// special equipment): CaseDesk's own template headings in both languages
// and the headings clerks' spreadsheets already use (单位名称/企业名称,
// 统一社会信用代码, 地址/住所, 法定代表人, 联系电话 …), so a register kept
// in Excel or WPS loads without retyping. Export writes the template.

#include "database.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

enum class RegisterTable { Entities, Licences, Equipment };

QString registerTableCode(RegisterTable table); // "entities", "licences", "equipment"
QString registerTableName(RegisterTable table); // translated: 监管对象, 许可证, 特种设备

struct CsvField {
    QString key;     // "name", "code", … (the record's field key, as in FieldProblem; for licences and
                     // equipment "entity" is the holder's registration code and "entityName" its
                     // name, shown for people and only compared)
    QString heading; // the template's heading (Chinese, as exported)
    bool required = false;
    QStringList aliases; // other headings that mean this field (equal after normaliseHeading); the
                         // English heading among them
};

namespace RegisterCsv {
const QList<CsvField> &fields(RegisterTable table);
// The field with that key, or null.
const CsvField *field(RegisterTable table, const QString &key);
// A heading as it is compared: no spaces, no required-column stars
// (单位名称*), full-width forms and every kind of bracket folded ((), （）,
// 【】 alike), case folded.
QString normaliseHeading(const QString &heading);
// The field each column names ("" = ignored), matched by heading. A column
// named by the template heading or the key wins over one using an alias; of
// two columns meaning one field the first wins and the other is ignored.
QStringList guessMapping(RegisterTable table, const QStringList &headings);
// Which table a header row is for: licence or equipment columns decide,
// otherwise entities.
RegisterTable detectTable(const QStringList &headings);
// Checks a mapping: every required field mapped once, no field twice;
// refusals name the field's heading.
Status checkMapping(RegisterTable table, const QStringList &mapping);

// The whole table (not removed records), template headings, UTF-8 with BOM;
// written atomically.
Status exportCsv(const Database &db, RegisterTable table, const QString &path);
// All three tables, one sheet each, through XlsxExport.
Status exportXlsx(const Database &db, const QString &path);
} // namespace RegisterCsv

} // namespace casedesk
