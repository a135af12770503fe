#pragma once
// ResponsibilityListQueries: the read side the screens and the CLI use:
// light rows for trees and lists, one item's full detail, and the search
// that finds 1- and 2-character Chinese words (电梯, 计量). Everything is
// filtered in SQL so it stays fast with many editions.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

struct EditionRow {
    qint64 id = 0;
    QString label;
    QString department;
    QString region;
    QString published;
    QString importedAt; // UTC ISO 8601
    int dutyCount = 0;
    int itemCount = 0;
    int boundaryCount = 0;
    int systemCount = 0;
    int serviceCount = 0;
    QString uuid; // the edition's bureau-wide identity (its audit history)
};

struct DutyRow {
    qint64 id = 0;
    qint64 editionId = 0;
    QString number;
    QString text;
    int itemCount = 0;
};

struct ItemRow {
    qint64 id = 0;
    qint64 dutyId = 0;
    QString text;
    QStringList sections;
    QString domain; // SupervisionDomain code or ""
};

struct ItemDetail {
    ItemRow item;
    QString heading;
    QString remarks;
    DutyRow duty;
    EditionRow edition;
    QList<LegalReference> references; // the duty's and the item's own
    QList<SupervisionSystem> systems; // the edition's systems of the item's domain
};

struct SearchHit {
    qint64 editionId = 0;
    qint64 dutyId = 0;
    qint64 itemId = 0;
};

class ResponsibilityListQueries {
  public:
    explicit ResponsibilityListQueries(const Database &db) : m_db(db) {}

    QList<EditionRow> editions() const;
    // The edition with this id or label; with an empty argument the newest
    // edition. Refuses an unknown id or label, and a label several
    // departments use.
    Result<qint64> findEdition(const QString &idOrLabel) const;
    QList<DutyRow> duties(qint64 editionId) const;
    QList<ItemRow> items(qint64 dutyId) const;
    // The legal references of a duty as a whole (not those of one item).
    QList<LegalReference> dutyReferences(qint64 dutyId) const;
    // Empty optional-like: detail.item.id == 0 when the item does not exist.
    ItemDetail itemDetail(qint64 itemId) const;
    // Items whose text, duty, sections, legal references, domain glossary or
    // matching supervision system contain every whitespace-separated word of
    // the term (case-insensitive for Latin letters). Ordered by edition,
    // duty and item position. An empty term finds nothing.
    QList<SearchHit> search(const QString &term) const;
    // All section names in use by live items, sorted.
    QStringList sections() const;

  private:
    const Database &m_db;
};

} // namespace casedesk
