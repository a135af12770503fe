#include "register/registerrows.h"

#include <QCoreApplication>

namespace casedesk::RegisterRows {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Register)
};
} // namespace

Status requireCurrent(const Database &db, const char *table, qint64 id, const QString &expectedModifiedAt,
                      const QString &label)
{
    auto q = db.exec(QStringLiteral("SELECT modified_at, modified_by FROM %1 WHERE id = ? AND deleted_at IS NULL")
                         .arg(QLatin1String(table)),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("%1 has been removed meanwhile.").arg(label));
    if (q->value(0).toString() != expectedModifiedAt)
        return refusal(Text::tr("%1 was changed by %2 at %3 after you opened it; open it again to see that change.")
                           .arg(label, q->value(1).toString(), q->value(0).toString()));
    return success();
}

Result<QString> removedAt(const Database &db, const char *table, qint64 id, const QString &label)
{
    auto q = db.exec(QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("%1 does not exist.").arg(label));
    if (q->value(0).isNull())
        return refusal(Text::tr("%1 has not been removed.").arg(label));
    return q->value(0).toString();
}

QString prefixedColumns(const QString &alias, const char *columns)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(columns).split(QStringLiteral(", ")))
        out << alias + QLatin1Char('.') + c;
    return out.join(QStringLiteral(", "));
}

} // namespace casedesk::RegisterRows
