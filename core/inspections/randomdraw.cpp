#include "inspections/randomdraw.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <limits>

namespace casedesk::RandomDraw {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RandomDraw)
};

// The random stream of randomdraw.h: block i is SHA-256("<seed>:<i>"),
// read as four big-endian unsigned 64-bit numbers. One stream serves the
// whole draw: the units take their numbers first, then each unit's
// inspectors in the order the units were drawn.
class SeedStream {
  public:
    explicit SeedStream(const QString &seed) : m_seed(seed) {}

    quint64 next()
    {
        if (m_used == kPerBlock)
            refill();
        return m_numbers[m_used++];
    }

    // Uniform in [0, n): numbers at or above the largest multiple of n
    // below 2^64 are rejected, so no remainder is more likely than another.
    quint64 below(quint64 n)
    {
        // 2^64 mod n, computed in 64 bits: (2^64 - n) mod n.
        const quint64 remainder = (std::numeric_limits<quint64>::max() - n + 1) % n;
        const quint64 limit = std::numeric_limits<quint64>::max() - remainder + 1; // 2^64 - remainder (0: none)
        for (;;) {
            const quint64 x = next();
            if (remainder == 0 || x < limit)
                return x % n;
        }
    }

  private:
    static constexpr int kPerBlock = 4;

    void refill()
    {
        const QByteArray text = QStringLiteral("%1:%2").arg(m_seed).arg(m_block++).toUtf8();
        const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
        for (int k = 0; k < kPerBlock; ++k)
            m_numbers[k] = qFromBigEndian<quint64>(digest.constData() + 8 * k);
        m_used = 0;
    }

    QString m_seed;
    quint64 m_block = 0;
    quint64 m_numbers[kPerBlock] = {};
    int m_used = kPerBlock;
};

// The first `count` positions of a partial Fisher–Yates shuffle of `pool`.
QStringList partialShuffle(QStringList pool, int count, SeedStream &stream)
{
    for (int k = 0; k < count; ++k) {
        const qsizetype j = k + qsizetype(stream.below(quint64(pool.size() - k)));
        pool.swapItemsAt(k, j);
    }
    return pool.mid(0, count);
}

// Pools come from the record: sorted and distinct, so the same pool always
// gives the same hash and the same draw.
Status requireSortedAndDistinct(const QStringList &pool, const QString &what)
{
    for (qsizetype i = 0; i < pool.size(); ++i) {
        if (pool.at(i).isEmpty())
            return refusal(Text::tr("The %1 holds an empty entry.").arg(what));
        if (i > 0 && !(pool.at(i - 1) < pool.at(i)))
            return refusal(Text::tr("The %1 is not sorted or holds %2 twice.").arg(what, pool.at(i)));
    }
    return success();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

QString poolHash(const QStringList &pool)
{
    return sha256Hex(pool.join(QLatin1Char('\n')).toUtf8());
}

// The fingerprint of a whole draw is SHA-256, in hex, of these UTF-8 lines
// joined with '\n' (no newline after the last):
//   seed:<seed>
//   count:<count>
//   per-unit:<perUnit>
//   entity-pool:<poolHash(entityPool)>
//   inspector-pool:<poolHash(inspectorPool)>
//   recusal:<login>\t<entity code>     one line per recusal, sorted
//   pick:<n>:<entity code>:<login>,<login>…   one line per pick, n = 1, 2 …
// so a printed record lets anyone recompute it with a few lines of script.
QString resultHash(const DrawInput &input, const QList<DrawnPair> &pairs)
{
    QStringList lines{QStringLiteral("seed:") + input.seed, QStringLiteral("count:%1").arg(input.count),
                      QStringLiteral("per-unit:%1").arg(input.perUnit),
                      QStringLiteral("entity-pool:") + poolHash(input.entityPool),
                      QStringLiteral("inspector-pool:") + poolHash(input.inspectorPool)};
    QStringList recusals;
    for (const auto &r : input.recusals)
        recusals << QStringLiteral("recusal:%1\t%2").arg(r.first, r.second);
    recusals.sort();
    lines << recusals;
    for (qsizetype i = 0; i < pairs.size(); ++i)
        lines << QStringLiteral("pick:%1:%2:%3")
                     .arg(i + 1)
                     .arg(pairs.at(i).entityCode, pairs.at(i).inspectorLogins.join(QLatin1Char(',')));
    return sha256Hex(lines.join(QLatin1Char('\n')).toUtf8());
}

Result<QList<DrawnPair>> run(const DrawInput &input)
{
    if (input.seed.isEmpty())
        return refusal(Text::tr("Seed: a draw needs a seed."));
    if (input.perUnit < kMinimumPerUnit)
        return refusal(Text::tr("Inspectors per unit: at least %1 inspectors take part in every inspection, not %2.")
                           .arg(kMinimumPerUnit)
                           .arg(input.perUnit));
    if (input.count < 1)
        return refusal(Text::tr("Count: draw at least one unit, not %1.").arg(input.count));
    if (auto s = requireSortedAndDistinct(input.entityPool, Text::tr("entity pool")); !s)
        return s.error();
    if (auto s = requireSortedAndDistinct(input.inspectorPool, Text::tr("inspector pool")); !s)
        return s.error();
    if (input.count > input.entityPool.size())
        return refusal(Text::tr("Count: the pool holds %1 units, fewer than the %2 asked for.")
                           .arg(input.entityPool.size())
                           .arg(input.count));

    SeedStream stream(input.seed);
    const QStringList units = partialShuffle(input.entityPool, input.count, stream);
    QList<DrawnPair> pairs;
    for (const QString &unit : units) {
        QSet<QString> recused;
        for (const auto &r : input.recusals)
            if (r.second == unit)
                recused.insert(r.first);
        QStringList eligible;
        for (const QString &login : input.inspectorPool)
            if (!recused.contains(login))
                eligible << login;
        if (eligible.size() < input.perUnit)
            return refusal(Text::tr("Unit %1: only %2 inspectors may inspect it (after recusals), fewer than the %3 "
                                    "each unit needs.")
                               .arg(unit)
                               .arg(eligible.size())
                               .arg(input.perUnit));
        pairs << DrawnPair{unit, partialShuffle(eligible, input.perUnit, stream)};
    }
    return pairs;
}

QString newSeed()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace casedesk::RandomDraw
