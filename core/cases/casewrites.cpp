#include "cases/casewrites.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "cases/caserows.h"

namespace casedesk::CaseWrites {

namespace {
QString abbreviation(AuditedTransaction &tx)
{
    return BureauSettings::load(tx.writer().database()).abbreviation;
}
} // namespace

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
