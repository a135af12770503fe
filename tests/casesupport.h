#pragma once
// What the case suites share: a bureau with the people a case needs, a lead
// ready to be filed, and a case driven to any stage through the real
// repository (every step checked).

#include "auth/session.h"
#include "cases/enforcementcase.h"
#include "database.h"

#include <QDate>

namespace casedesk::test {

struct CaseStaff {
    Session admin;
    Session head;       // "head", 局长 (BureauHead)
    Session chief;      // "chief", 股长 of 稽查股 (SectionChief)
    Session inspectorA; // "insp1" (Inspector; addColleague gives a certificate valid 2024-01-01..2028-12-31)
    Session inspectorB; // "insp2" (likewise)
    Session clerk;      // "clerk" (Clerk)
};

// setUpBureau(db, site) plus the five colleagues above.
CaseStaff setUpCaseStaff(Database &db, const QString &site = QStringLiteral("A"));

// A lead complete enough to be filed: a registered entity as the party
// (storeEntity, number n), title, facts, section 稽查股, insp1 and insp2 as
// handlers, one violated and one applied provision added by hand (产品质量法
// 第四十九条, fixed range 30,000–100,000 yuan; no responsibility list needed,
// so items stay empty unless the test imports one), received on `receivedOn`.
EnforcementCase sampleLead(Database &db, const CaseStaff &staff, const QDate &receivedOn, int n = 1);

// Registers sampleLead and drives it through the repository to `stage`
// (filed on `filedOn`, each later step a few days after the one before, a
// 50,000-yuan fine in the tier its amount falls in (lighter) and an order to correct; ending stages from
// where they are legal). REQUIREs every step.
EnforcementCase caseAtStage(Database &db, const CaseStaff &staff, CaseStage stage, const QDate &filedOn, int n = 1);

} // namespace casedesk::test
