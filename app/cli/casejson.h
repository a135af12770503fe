#pragma once
// The JSON forms of cases for casedesk-cli's --json output: one function per
// record, with stable keys (codes, not translated names, for enumerations;
// dates as YYYY-MM-DD or ""; every amount twice, as the yuan text
// "50,000.00" and as whole fen, so a script never parses a decimal).

#include "cases/casenumber.h"
#include "cases/casequeries.h"
#include "cases/enforcementcase.h"
#include "cases/statutoryclock.h"

#include <QJsonObject>

namespace casedesk::cli {

// key: "50,000.00" and keyFen: 5000000.
void insertMoney(QJsonObject &o, const QString &key, Money amount);

QJsonObject clockJson(const ClockState &clock);
QJsonObject caseStepJson(const CaseStep &step);
QJsonObject caseAttachmentJson(const CaseAttachment &a);
QJsonObject caseRowJson(const CaseRow &row, const QDate &today);
QJsonObject numberBlockJson(const NumberBlock &block);
// The case with its party, handlers, items, provisions, penalties, dates,
// extension, clock stops, seizures (with their due dates) and the clock;
// `abbreviation` makes the full case number.
QJsonObject caseJson(const EnforcementCase &c, const QString &abbreviation, const QDate &today);

} // namespace casedesk::cli
