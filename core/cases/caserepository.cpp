#include "cases/caserepository.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "cases/casedetails.h"
#include "cases/caserows.h"
#include "cases/casesteps.h"
#include "cases/casewrites.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};
} // namespace

Result<EnforcementCase> CaseRepository::find(qint64 id) const
{
    return CaseRows::load(m_db, id);
}

Result<EnforcementCase> CaseRepository::findByNumber(const QString &text) const
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return find(t.toLongLong());
    if (const qint64 id = CaseRows::idOfLead(m_db, t))
        return find(id);
    const auto number = CaseNumber::parse(t);
    if (number)
        if (const qint64 id = CaseRows::idOfNumber(m_db, *number))
            return find(id);
    return refusal(Text::tr("There is no case or lead numbered %1.").arg(t));
}

QList<CaseStep> CaseRepository::steps(qint64 caseId) const
{
    return CaseSteps::load(m_db, caseId);
}

QList<CaseHandler> CaseRepository::eligibleHandlers(const QDate &day) const
{
    QList<CaseHandler> out;
    const QString d = RegisterRows::storedDate(day);
    auto q = m_db.exec(QStringLiteral("SELECT id, login, name, enforcement_cert, enforcement_cert_from, "
                                      "enforcement_cert_until FROM staff WHERE active = 1 AND deleted_at IS NULL "
                                      "AND enforcement_cert <> '' AND enforcement_cert_until >= ? "
                                      "AND (enforcement_cert_from = '' OR enforcement_cert_from <= ?) "
                                      "ORDER BY name, login"),
                       {d, d});
    while (q && q->next())
        out << CaseHandler{q->value(0).toLongLong(),
                           q->value(1).toString(),
                           q->value(2).toString(),
                           q->value(3).toString(),
                           RegisterRows::dateFromStored(q->value(4)),
                           RegisterRows::dateFromStored(q->value(5))};
    return out;
}

Result<EnforcementCase> CaseRepository::registerLead(const Session &session, EnforcementCase lead, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditCase); !s)
        return s.error();
    auto c = CaseWrites::registerLead(m_db, tx, lead, today);
    if (!c)
        return c.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(c->id);
}

Result<EnforcementCase> CaseRepository::update(const Session &session, EnforcementCase wanted, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditCase); !s)
        return s.error();
    auto before = find(wanted.id);
    if (!before)
        return before.error();
    const QString abbreviation = BureauSettings::load(m_db).abbreviation;
    if (auto s = RegisterRows::requireCurrent(m_db, "enforcement_case", before->id, wanted.modifiedAt,
                                              before->displayNumber(abbreviation));
        !s)
        return s.error();

    // Only what changed is taken from the form and completed (an entity
    // party copied from the register again only when the party changed).
    EnforcementCase after = *before;
    const QList<CaseDetails::Field> changed = CaseDetails::changed(*before, wanted);
    for (const CaseDetails::Field &f : changed) {
        if (!CaseDetails::editable(f, before->stage))
            return refusal(
                Text::tr("%1 can no longer change: %2 is %3.")
                    .arg(CaseDetails::label(f), before->displayNumber(abbreviation), caseStages().name(before->stage)));
        CaseDetails::copy(f, wanted, after);
    }
    if (auto s = CaseDetails::complete(m_db, after, changed); !s)
        return s.error();
    const QList<CaseDetails::Field> stored = CaseDetails::changed(*before, after);
    if (stored.isEmpty())
        return *before; // nothing changed, nothing to record
    if (auto s = firstProblem(CaseDetails::problems(after, today)); !s)
        return s.error();
    QStringList names;
    for (const CaseDetails::Field &f : stored)
        names << CaseDetails::label(f);
    if (auto s = CaseWrites::store(tx, *before, after, QStringLiteral("case.edit"),
                                   {QStringLiteral("edit"), before->stage, before->stage, today,
                                    Text::tr("Changed: %1").arg(names.join(QStringLiteral(", ")))},
                                   today, true);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

} // namespace casedesk
