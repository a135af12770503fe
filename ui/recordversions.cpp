#include "recordversions.h"

namespace casedesk {

QString RecordVersions::key(const char *table, qint64 id)
{
    return QStringLiteral("%1:%2").arg(QLatin1String(table)).arg(id);
}

QString RecordVersions::resolve(const QString &record, const QString &stamp) const
{
    const QHash<QString, QString> aliases = m_aliases.value(record);
    QString current = stamp;
    // Every alias points to a later write; the bound only guards against a
    // loop of equal stamps (two writes within one millisecond).
    for (qsizetype steps = 0; steps <= aliases.size(); ++steps) {
        const auto it = aliases.constFind(current);
        if (it == aliases.cend() || it.value() == current)
            break;
        current = it.value();
    }
    return current;
}

void RecordVersions::restamped(const QString &record, const QString &old, const QString &now)
{
    if (!old.isEmpty() && old != now)
        m_aliases[record].insert(old, now);
}

} // namespace casedesk
