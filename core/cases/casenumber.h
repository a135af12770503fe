#pragma once
// CaseNumber: the official number a case gets when it is filed, e.g.
// 永质监罚字〔2026〕第007号 (bureau abbreviation + 罚字 + 〔filing year〕 +
// 第NNN号, at least three digits). Unique across the bureau and never reused.
//
// Several workstations number cases without a shared network, so each
// workstation (site) draws from its own block of sequence numbers
// (case_number_block: site, year or 0 for every year, first, last), assigned
// by an administrator with no overlap between sites. A number once given is
// kept in case_number for good, even when the case is withdrawn. When data
// travel between workstations (issue 8), numbers cannot collide because the
// blocks are disjoint; the import checks it anyway.

#include "result.h"

#include <QList>
#include <QString>

namespace casedesk {

class AuditedTransaction;
class Database;
class Session;

struct CaseNumber {
    int year = 0;
    int sequence = 0;

    bool isNull() const { return year == 0; }
    bool operator==(const CaseNumber &) const = default;

    // 永质监罚字〔2026〕第007号. `kind` is the document's word: 罚 for cases,
    // 罚告 for penalty notices, 责改 for correction orders.
    QString format(const QString &abbreviation, const QString &kind = QStringLiteral("罚")) const;
    // "2026-007" (the short form typed on the command line).
    QString shortForm() const;
    // Accepts the full form (any abbreviation and 字, with 〔〕, [] or ()),
    // "〔2026〕第7号", "2026-007" and "2026-7". Refuses anything else.
    static Result<CaseNumber> parse(const QString &text);
};

struct NumberBlock {
    qint64 id = 0;
    QString site;
    int year = 0; // 0: every year without a block of its own
    int first = 0;
    int last = 0;
};

class CaseNumbering {
  public:
    explicit CaseNumbering(Database &db) : m_db(db) {}

    QList<NumberBlock> blocks() const;
    // An administrator assigns (or changes) a site's block. Refused when it
    // overlaps another site's block for the same year (a year-0 block
    // overlaps every year), when first > last or first < 1, or when the site
    // has already given numbers of that year outside the new block.
    Status assign(const Session &session, NumberBlock block);

    // Inside the filing transaction: the next unused number of this site's
    // blocks for `year` (the year's own block, else the year-0 block),
    // recorded for good. Refused when the site has no block or its blocks
    // are used up (naming the block and what to ask the administrator).
    static Result<CaseNumber> allocate(AuditedTransaction &tx, const QString &site, int year, const QString &caseUuid);
    // The block every new workstation starts with (set-up and the v4 upgrade).
    static NumberBlock defaultBlock(const QString &site);

  private:
    Database &m_db;
};

} // namespace casedesk
