#pragma once
// AuditTrailModel: the whole audit trail, newest first, as a table that
// reads it a page at a time (AuditQueries::page) as the view scrolls, so a
// trail of a hundred thousand entries opens at once. Also says how an entry
// is shown (local time, person) for every audit view.

#include "audit/auditentry.h"
#include "auth/session.h"

#include <QAbstractTableModel>
#include <QList>

namespace casedesk {

class Database;

class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { TimeColumn, EntryColumn, PersonColumn, ActionColumn, RecordColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    AuditTrailModel(Database &db, const Session &session, QObject *parent = nullptr);

    // Counts the trail again and loads its newest page; the refusal when
    // the session may not read the trail.
    Status reload();
    int total() const { return m_total; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "2024-05-01 14:03:07" in local time, from the stored UTC time.
    static QString localTime(const QString &utcIso);
    // "张三 (zhangsan)"
    static QString person(const AuditEntry &entry);

  signals:
    // A page could not be read; the model stops fetching.
    void fetchFailed(const QString &message);

  private:
    Database &m_db;
    const Session m_session;
    QList<AuditEntry> m_entries;
    int m_total = 0;
};

} // namespace casedesk
