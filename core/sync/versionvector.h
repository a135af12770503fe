#pragma once
// VersionVector: how many of each workstation's stamps a version of a
// record (or a whole database's knowledge) contains. A Dot names one
// stamp: the workstation and its counter. Comparing vectors says whether
// one version already contains another or whether both were changed
// independently since their common past (a conflict to merge).

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace casedesk {

struct Dot {
    QString site;
    qint64 counter = 0;

    bool isNull() const { return counter == 0; }
    QString toString() const; // "YQ-01:17"
    static Dot parse(const QString &text);
    // A total order, the same on every workstation: counter, then site.
    bool operator<(const Dot &other) const;
    bool operator==(const Dot &other) const = default;
};

class VersionVector {
  public:
    VersionVector() = default;

    qint64 at(const QString &site) const { return m_counters.value(site, 0); }
    void set(const QString &site, qint64 counter);
    bool isEmpty() const { return m_counters.isEmpty(); }
    const QMap<QString, qint64> &counters() const { return m_counters; }

    // Every stamp of this vector is in `other`.
    bool within(const VersionVector &other) const;
    bool contains(const Dot &dot) const { return at(dot.site) >= dot.counter; }
    // Neither contains the other: both changed since their common past.
    bool concurrentWith(const VersionVector &other) const { return !within(other) && !other.within(*this); }
    VersionVector merged(const VersionVector &other) const;

    QJsonObject toJson() const;
    QString toText() const; // compact JSON, keys sorted
    static VersionVector fromJson(const QJsonObject &json);
    static VersionVector fromText(const QString &text);

    bool operator==(const VersionVector &other) const = default;

  private:
    QMap<QString, qint64> m_counters;
};

} // namespace casedesk
