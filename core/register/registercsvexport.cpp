// RegisterCsv's export: the register's three tables as the CSV template
// (which the importer reads back unchanged) and as one XLSX workbook.
#include "csv.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"
#include "register/registercsv.h"
#include "register/registercsvvalues.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterCsv)
};

// One table as typed cells in the order of RegisterCsv::fields: dates as
// QDate (XLSX date cells), everything else as text.
struct TableRows {
    QStringList headings;
    QList<QVariantList> rows;
};

// A read over many rows: forward only, so QtSql keeps no copy of the rows
// already seen (the statement has no values to bind).
Result<QSqlQuery> readRows(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(statement))
        return failure(
            QCoreApplication::translate("Database", "Database statement failed: %1").arg(q.lastError().text()));
    return q;
}

QVariant dateCell(const QVariant &stored)
{
    const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
    return date.isValid() ? QVariant(date) : QVariant();
}

template <class E, class Parse, class Name> QString enumName(const QVariant &stored, Parse parse, Name name)
{
    const QString code = stored.toString();
    if (auto value = parse(code); value)
        return name(*value);
    return code; // a value this build does not know: shown as stored
}

QVariantList entityRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            EntityKinds::fromBits(q.value(7).toInt()).names(),
            dateCell(q.value(8)),
            RegisterCsvValues::formatYesNo(q.value(9).toBool()),
            RegisterCsvValues::formatYesNo(q.value(10).toBool()),
            q.value(11).toString()};
}

QVariantList licenceRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            enumName<LicenceKind>(q.value(2), parseLicenceKind, licenceKindName),
            q.value(3).toString(),
            q.value(4).toString(),
            dateCell(q.value(5)),
            dateCell(q.value(6)),
            enumName<LicenceStatus>(q.value(7), parseLicenceStatus, licenceStatusName),
            dateCell(q.value(8)),
            q.value(9).toString()};
}

QVariantList equipmentRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            enumName<EquipmentCategory>(q.value(2), parseEquipmentCategory, equipmentCategoryName),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            dateCell(q.value(6)),
            enumName<EquipmentStatus>(q.value(7), parseEquipmentStatus, equipmentStatusName)};
}

// The live records, oldest first, so an exported file imports in the
// order the records were made.
Result<TableRows> readTable(const Database &db, RegisterTable table)
{
    QString sql;
    QVariantList (*row)(const QSqlQuery &) = nullptr;
    switch (table) {
    case RegisterTable::Entities:
        sql = QStringLiteral("SELECT name, code, address, township, legal_representative, contact_person, phone, "
                             "kinds, last_incident_on, complaints_confirmed, crowded_place, notes "
                             "FROM entity WHERE deleted_at IS NULL ORDER BY id");
        row = entityRow;
        break;
    case RegisterTable::Licences:
        sql = QStringLiteral("SELECT e.code, e.name, l.kind, l.number, l.scope, l.issued_on, l.expires_on, "
                             "l.status, l.status_on, l.status_reason "
                             "FROM licence l JOIN entity e ON e.id = l.entity_id "
                             "WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY l.id");
        row = licenceRow;
        break;
    case RegisterTable::Equipment:
        sql = QStringLiteral("SELECT e.code, e.name, u.category, u.registration_number, u.description, u.location, "
                             "u.next_inspection_on, u.status "
                             "FROM equipment u JOIN entity e ON e.id = u.entity_id "
                             "WHERE u.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY u.id");
        row = equipmentRow;
        break;
    }
    auto query = readRows(db, sql);
    if (!query)
        return query.error();
    TableRows out;
    for (const CsvField &f : RegisterCsv::fields(table))
        out.headings << f.heading;
    while (query->next()) {
        out.rows << row(*query);
        Q_ASSERT(out.rows.last().size() == out.headings.size());
    }
    return out;
}

QString csvText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return RegisterCsvValues::formatDate(cell.toDate());
    return cell.toString();
}

} // namespace

namespace RegisterCsv {

Status exportCsv(const Database &db, RegisterTable table, const QString &path)
{
    auto rows = readTable(db, table);
    if (!rows)
        return rows.error();
    QString text = Csv::line(rows->headings);
    QStringList fields;
    for (const QVariantList &row : rows->rows) {
        fields.clear();
        for (const QVariant &cell : row)
            fields << csvText(cell);
        text += Csv::line(fields);
    }
    // UTF-8 with a BOM: Excel and WPS on Chinese Windows then open it
    // without asking for the encoding.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

Status exportXlsx(const Database &db, const QString &path)
{
    QList<XlsxSheet> sheets;
    for (RegisterTable table : {RegisterTable::Entities, RegisterTable::Licences, RegisterTable::Equipment}) {
        auto rows = readTable(db, table);
        if (!rows)
            return rows.error();
        XlsxSheet sheet;
        sheet.name = registerTableName(table);
        sheet.headers = rows->headings;
        sheet.rows = std::move(rows->rows);
        sheets << std::move(sheet);
    }
    return XlsxExport::write(path, sheets);
}

} // namespace RegisterCsv

} // namespace casedesk
