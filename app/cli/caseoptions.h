#pragma once
// What the cases commands share: the common start (positional words, the
// database, --user signed in and allowed the action), finding a case by any
// of its numbers, and turning options into the values of a case — dates,
// amounts, the party, handlers, responsibility items, provisions and
// penalties. Every refusal names the option, so a script's author sees at
// once which argument was wrong; the rules themselves stay in the core.

#include "auth/permissions.h"
#include "auth/session.h"
#include "cases/enforcementcase.h"
#include "commandline.h"
#include "database.h"
#include "register/enumtable.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>
#include <optional>

namespace casedesk::cli {

struct CaseCommand {
    std::unique_ptr<Database> db;
    std::optional<Session> session;
    QDate today;
};

// `words`: how many command words the command takes (2: none after "cases
// X", 3: one NUMBER, 4: NUMBER and FILE).
Result<CaseCommand> startCaseCommand(const CommandLine &cl, const QString &command, int words, Action action);
// An id, a lead number or a case number (永质监罚字〔2026〕第007号, 〔2026〕第7号,
// 2026-007).
Result<EnforcementCase> findCase(const CaseCommand &c, const QString &number);

// The case number (永质监罚字〔2026〕第007号) once filed, else the lead number.
QString caseNumberText(const EnforcementCase &c, const QString &abbreviation);
// What a write prints: `sentence` with %1 the case's number, and the
// decision's due date while the clock runs (text), or the whole case (--json).
int printWrittenCase(const CommandLine &cl, Printer &out, const CaseCommand &command, const EnforcementCase &c,
                     const QString &sentence);

// "--amount: " + the error's message.
Error optionError(const char *option, const Error &e);
// Refuses an absent or blank option: "--reason: required (why …)".
Status requireOption(const CommandLine &cl, const char *name, const QString &what = {});

// The date option `name`, `today` when it is absent.
Result<QDate> dayOption(const CommandLine &cl, const char *name, const QDate &today);
// The amount of option `name` in yuan ("50000", "50,000.00", "5万"); zero when absent.
Result<Money> moneyOption(const CommandLine &cl, const char *name);
// A whole number of at least `minimum`; `fallback` when absent.
Result<int> wholeNumberOption(const CommandLine &cl, const char *name, int fallback, int minimum);
// A record id (a positive whole number) given as `what` (an option or an argument).
Result<qint64> idValue(const QString &text, const QString &what);

// "--to: "done" is not one of lead, filed, …" — codes, English or Chinese names.
template <class E, std::size_t N>
Result<E> enumValue(const QString &text, const QString &what, const EnumTable<E, N> &table)
{
    if (auto value = table.parse(text))
        return *value;
    QStringList codes;
    for (E v : table.values())
        codes << table.code(v);
    return refusal(QCoreApplication::translate("CaseDeskCli", "%1: \"%2\" is not one of %3")
                       .arg(what, text, codes.join(QStringLiteral(", "))));
}

// Sets `target` from option `name` when it is given; enumValue's refusal
// when the value is none of the table's; leaves `target` alone when absent.
template <class E, std::size_t N, class Target>
Status readEnumOption(const CommandLine &cl, const char *name, const EnumTable<E, N> &table, Target &target)
{
    if (!cl.has(name))
        return success();
    auto value = enumValue(cl.option(name), QString::fromLatin1(name), table);
    if (!value)
        return value.error();
    target = *value;
    return success();
}

// The detail options of cases add and cases edit that are given, applied to
// `c`: --source, --source-detail, --received, --title, --facts, --section,
// --findings, the party (--entity, or --person with --id-number; --address
// and --phone), --handlers, --items, and the provisions (--violated,
// --applied with --fine-range or --fine-multiple and --fine-basis). Given
// violated (applied) provisions replace the case's violated (applied) ones;
// penalties keep pointing at the same applied provision by its order.
Status applyCaseDetails(const CommandLine &cl, const CaseCommand &command, EnforcementCase &c);

// The provision options of applyCaseDetails (caseprovisionoptions.cpp).
Status applyProvisionOptions(const CommandLine &cl, const CaseCommand &command, EnforcementCase &c);

// The penalty described by --add KIND and its options, for case `c`.
// --provision N counts the case's provisions as cases show numbers them; a
// fine of a case with one applied provision needs no --provision. Without
// --tier a fine gets the tier its amount falls in.
Result<Penalty> penaltyFromOptions(const CommandLine &cl, const EnforcementCase &c);

} // namespace casedesk::cli
