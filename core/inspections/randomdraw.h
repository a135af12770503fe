#pragma once
// RandomDraw (双随机): draws N units from a pool and pairs each with at least
// two inspectors drawn from those who may inspect in the domain on the day
// (InspectionRules::mayInspect), leaving out declared conflicts of interest
// (回避). The draw is a pure function of its record: the seed, the entity
// pool (credit codes, sorted), the inspector pool (logins, sorted) and the
// recusals; anyone can re-run it from the printed record and get the same
// result, and the pools' SHA-256 hashes show that nobody changed them.
//
// The algorithm, written out so it can be re-implemented from the record:
// - the random stream: block i (i = 0, 1, 2 …) is SHA-256 of the UTF-8 text
//   "<seed>:<i>"; each block gives four unsigned 64-bit numbers, big-endian;
// - a uniform number below n takes the next 64-bit number x and rejects it
//   while x >= 2^64 - (2^64 mod n), then returns x mod n;
// - units: a partial Fisher–Yates shuffle of the sorted entity pool: for
//   k = 0 … count-1 swap position k with k + uniform(size - k); the first
//   `count` positions are the units, in that order;
// - inspectors: for each drawn unit in order, the eligible inspectors are the
//   sorted pool without those recused from that unit; a partial Fisher–Yates
//   shuffle of them gives the first `perUnit`;
// - a pool hash is SHA-256 of the pool's entries joined with '\n' (UTF-8), in hex.
// Refused (with the reason) when the pool holds fewer units than asked, or a
// unit has fewer eligible inspectors than perUnit.

#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace casedesk {

struct DrawnPair {
    QString entityCode;
    QStringList inspectorLogins;
    bool operator==(const DrawnPair &) const = default;
};

struct DrawInput {
    QString seed;
    QStringList entityPool;                  // credit codes, sorted, distinct
    QStringList inspectorPool;               // logins, sorted, distinct
    QList<QPair<QString, QString>> recusals; // (login, entity code)
    int count = 0;
    int perUnit = 2;
};

namespace RandomDraw {
inline constexpr int kMinimumPerUnit = 2;
QString poolHash(const QStringList &pool);
// The whole draw's fingerprint: the hash of its pools, recusals, seed and result.
QString resultHash(const DrawInput &input, const QList<DrawnPair> &pairs);
Result<QList<DrawnPair>> run(const DrawInput &input);
// A seed for a draw made without one: 16 random hex digits.
QString newSeed();
} // namespace RandomDraw

} // namespace casedesk
