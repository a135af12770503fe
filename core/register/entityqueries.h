#pragma once
// EntityQueries: the entity list as the GUI and the CLI page through it.
// Filtering, searching and sorting happen in SQL, so a list of 100,000
// entities is read a page at a time. The search matches substrings
// (instr over a lower-cased search column), so 2-character Chinese words
// such as 食品 or 永清 are found, which FTS5's trigram tokenizer cannot do.

#include "database.h"
#include "register/entity.h"
#include "register/entityrisk.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

enum class EntitySortColumn { Name, Code, Township, Address, LegalRepresentative, Modified };

struct EntityFilter {
    // Words separated by spaces; each must occur in the name, code, address,
    // legal representative, contact person or phone.
    QString search;
    int kinds = 0;    // EntityKind bits: any of them (0 = no filter)
    int risks = 0;    // RiskFlag bits: any of them (0 = no filter)
    QString township; // exact; empty = all
    QDate today;      // the day risks are assessed on (invalid = today)
};

struct EntitySort {
    EntitySortColumn column = EntitySortColumn::Name;
    bool descending = false;
};

struct EntityRow {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString code;
    QString township;
    QString address;
    QString legalRepresentative;
    QString contactPerson;
    QString phone;
    EntityKinds kinds;
    RiskFlags risks;
    int licences = 0;  // valid licences
    int equipment = 0; // units not scrapped
};

namespace EntityQueries {
Result<int> count(const Database &db, const EntityFilter &filter);
// Rows offset … offset + limit − 1 of the filtered, sorted list.
Result<QList<EntityRow>> page(const Database &db, const EntityFilter &filter, const EntitySort &sort, int offset,
                              int limit);
// The townships in use, sorted, for the filter's choices.
Result<QStringList> townships(const Database &db);
} // namespace EntityQueries

} // namespace casedesk
