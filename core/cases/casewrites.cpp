#include "cases/casewrites.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "cases/casedetails.h"
#include "cases/caserows.h"

#include <QCoreApplication>

namespace casedesk::CaseWrites {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

QString abbreviation(AuditedTransaction &tx)
{
    return BureauSettings::load(tx.writer().database()).abbreviation;
}

// "A-2026-0003": the workstation's own sequence per year, so two
// workstations never give the same lead number.
Result<QString> nextLeadNumber(const Database &db, const QString &site, int year)
{
    const QString prefix = QStringLiteral("%1-%2-").arg(site).arg(year);
    // Removed leads keep their numbers too: a number once given is never reused.
    auto q = db.exec(QStringLiteral("SELECT max(CAST(substr(lead_number, ?) AS INTEGER)) FROM enforcement_case "
                                    "WHERE substr(lead_number, 1, ?) = ?"),
                     {prefix.size() + 1, prefix.size(), prefix});
    if (!q)
        return q.error();
    const int last = q->next() ? q->value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

// A new lead holds the details only: every stage field starts empty.
EnforcementCase leadFrom(const EnforcementCase &given)
{
    EnforcementCase c;
    c.source = given.source;
    c.sourceDetail = given.sourceDetail;
    c.receivedOn = given.receivedOn;
    c.title = given.title;
    c.party = given.party;
    c.facts = given.facts;
    c.section = given.section;
    c.handlers = given.handlers;
    c.items = given.items;
    c.provisions = given.provisions;
    return c;
}
} // namespace

Result<EnforcementCase> registerLead(Database &db, AuditedTransaction &tx, const EnforcementCase &lead,
                                     const QDate &today)
{
    if (!lead.penalties.isEmpty() || !lead.findings.trimmed().isEmpty())
        return refusal(Text::tr("Penalties and findings come from the investigation; a new lead has none."));
    EnforcementCase c = leadFrom(lead);
    if (auto s = CaseDetails::complete(db, c, CaseDetails::fields()); !s)
        return s.error();
    if (auto s = firstProblem(CaseDetails::problems(c, today)); !s)
        return s.error();
    const BureauSettings bureau = BureauSettings::load(db);
    auto number = nextLeadNumber(db, bureau.site, c.receivedOn.year());
    if (!number)
        return number.error();
    c.leadNumber = *number;
    if (auto s = insert(tx, c, QStringLiteral("case.lead"),
                        {QStringLiteral("lead"), CaseStage::Lead, CaseStage::Lead, c.receivedOn,
                         Text::tr("Lead %1 registered: %2").arg(c.leadNumber, c.title)},
                        today);
        !s)
        return s.error();
    return c;
}

Status insert(AuditedTransaction &tx, EnforcementCase &c, const QString &action, const StepRecord &step,
              const QDate &today)
{
    const QString abbr = abbreviation(tx);
    auto id = tx.writer().insert("enforcement_case", CaseRows::rowFields(c, abbr, today));
    if (!id)
        return id.error();
    c.id = *id;
    c.uuid = tx.writer().lastUuid();
    if (auto s = CaseRows::writeDetails(tx.writer().database(), c); !s)
        return s;
    if (auto s = CaseSteps::append(tx, c.id, step); !s)
        return s;
    return tx.record({action, QStringLiteral("enforcement_case"), c.uuid, c.displayNumber(abbr), {}, c.toAuditJson()});
}

Status store(AuditedTransaction &tx, const EnforcementCase &before, const EnforcementCase &after, const QString &action,
             const StepRecord &step, const QDate &today, bool details, const RecordWriter::Fields &extra)
{
    const QString abbr = abbreviation(tx);
    RecordWriter::Fields fields = CaseRows::rowFields(after, abbr, today);
    fields.insert(fields.end(), extra.begin(), extra.end());
    if (auto s = tx.writer().update("enforcement_case", after.id, fields); !s)
        return s;
    if (details)
        if (auto s = CaseRows::writeDetails(tx.writer().database(), after); !s)
            return s;
    if (auto s = CaseSteps::append(tx, after.id, step); !s)
        return s;
    return tx.record({action, QStringLiteral("enforcement_case"), after.uuid, after.displayNumber(abbr),
                      before.toAuditJson(), after.toAuditJson()});
}

} // namespace casedesk::CaseWrites
