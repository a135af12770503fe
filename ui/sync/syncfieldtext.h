#pragma once
// SyncFieldText: how the exchange's records read to a person: a table's
// name ("entity" → Entity), a column's (the audit trail's labels, through
// AuditDiff::fieldLabel, else the column itself), a value as it travels
// (a reference as the record it names, a child table's rows one per line,
// nothing as "(empty)"), and the UTC times the exchange stamps, in the
// person's local time. Reads the catalogue and the records from the
// database it is made for.

#include "database.h"
#include "sync/recordcontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <memory>
#include <optional>

namespace casedesk {

class SyncFieldText {
    Q_DECLARE_TR_FUNCTIONS(casedesk::SyncFieldText)

  public:
    explicit SyncFieldText(const Database &db);
    ~SyncFieldText();

    static QString tableLabel(const QString &table);
    // A column of a travelling table, or a child table as "+case_handler".
    static QString fieldLabel(const QString &field);
    static QString localTime(const QString &utcIso);
    // "(empty)" for null or an empty text.
    static QString emptyText();

    // The value of table's field as a person reads it.
    QString valueText(const QString &table, const QString &field, const QJsonValue &value);
    // The fields of table's records in the schema's order, child tables last ("+case_handler").
    QStringList fieldsOf(const QString &table) const;
    // The record as it travels; nothing when it is not here (or cannot be read).
    std::optional<RecordContent> read(const QString &table, const QString &uuid);

  private:
    QString scalarText(const SyncColumn *column, const QJsonValue &value);
    QString rowsText(const QString &table, const QString &childTable, const QJsonValue &rows);
    // The label of the record uuid of table, with the uuid's start; the uuid alone when unknown.
    QString recordLabel(const QString &table, const QString &uuid);

    std::unique_ptr<SyncCatalog> m_catalog;
    std::unique_ptr<RecordReader> m_reader;
    QHash<QString, QString> m_labels; // table/uuid → label
};

} // namespace casedesk
