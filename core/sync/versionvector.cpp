#include "sync/versionvector.h"

#include <QJsonDocument>

namespace casedesk {

QString Dot::toString() const
{
    return QStringLiteral("%1:%2").arg(site).arg(counter);
}

Dot Dot::parse(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    return {text.left(colon), text.mid(colon + 1).toLongLong()};
}

bool Dot::operator<(const Dot &other) const
{
    if (counter != other.counter)
        return counter < other.counter;
    return site < other.site;
}

void VersionVector::set(const QString &site, qint64 counter)
{
    if (counter > 0)
        m_counters.insert(site, counter);
}

bool VersionVector::within(const VersionVector &other) const
{
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it)
        if (other.at(it.key()) < it.value())
            return false;
    return true;
}

VersionVector VersionVector::merged(const VersionVector &other) const
{
    VersionVector out = *this;
    for (auto it = other.m_counters.begin(); it != other.m_counters.end(); ++it)
        if (it.value() > out.at(it.key()))
            out.m_counters.insert(it.key(), it.value());
    return out;
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject out;
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString VersionVector::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

VersionVector VersionVector::fromJson(const QJsonObject &json)
{
    VersionVector out;
    for (auto it = json.begin(); it != json.end(); ++it)
        out.set(it.key(), it.value().toInteger());
    return out;
}

VersionVector VersionVector::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace casedesk
