#pragma once
// RecordVersions: which modification time stands, now, for a state of a
// record that one of the undo stack's commands left behind. Undoing a
// command writes the earlier values back, and the core stamps that write
// with a new time; the command below it on the stack must then quote the
// new time, not the one it saw. Each undo or redo records here that the
// state once stamped `old` is now stamped `now`. A change someone else made
// in between has no such entry, so the quoted time does not match and the
// core refuses the step instead of overwriting that change.
//
// One per undo stack (RegisterCommands keeps it as the stack's child).

#include <QHash>
#include <QObject>
#include <QString>

namespace casedesk {

class RecordVersions : public QObject {
    Q_OBJECT

  public:
    using QObject::QObject;

    // "entity:12"
    static QString key(const char *table, qint64 id);

    // The time that now stands for the state stamped `stamp`.
    QString resolve(const QString &record, const QString &stamp) const;
    // The state stamped `old` was written again and is stamped `now`.
    void restamped(const QString &record, const QString &old, const QString &now);

  private:
    QHash<QString, QHash<QString, QString>> m_aliases; // record -> old stamp -> newer stamp
};

} // namespace casedesk
