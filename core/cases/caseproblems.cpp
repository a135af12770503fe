// The checks of a case's own fields (CaseProblems) and the two rules built
// on them that CaseWorkflow declares: problems() and hearingRequired().
#include "cases/caseproblems.h"

#include "cases/caseworkflow.h"
#include "cases/fineassessment.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString handlerName(const CaseHandler &h)
{
    return h.name.isEmpty() ? h.login : h.name;
}

// What one penalty lacks, or an empty string.
QString penaltyProblem(const Penalty &p, const EnforcementCase &c)
{
    switch (p.kind) {
    case PenaltyKind::Warning:
        return {};
    case PenaltyKind::Fine: {
        const Status fine = FineAssessment::check(p, c);
        return fine ? QString() : fine.error().message;
    }
    case PenaltyKind::OrderToCorrect:
        if (!p.deadline.isValid())
            return Text::tr("give the date to correct by.");
        if (c.receivedOn.isValid() && p.deadline < c.receivedOn)
            return Text::tr("the date to correct by, %1, is before the case was received (%2).")
                .arg(iso(p.deadline), iso(c.receivedOn));
        return {};
    case PenaltyKind::ConfiscateIncome:
        return p.amount.fen() > 0 ? QString() : Text::tr("give the amount of illegal income confiscated.");
    case PenaltyKind::ConfiscateGoods:
        return p.details.trimmed().isEmpty() ? Text::tr("list the goods and tools confiscated.") : QString();
    case PenaltyKind::Suspension:
        return p.details.trimmed().isEmpty() ? Text::tr("describe what is suspended.") : QString();
    case PenaltyKind::RevokeLicence:
        return p.licenceId > 0 ? QString() : Text::tr("pick the licence to revoke.");
    case PenaltyKind::Transfer:
        return p.details.trimmed().isEmpty() ? Text::tr("name where the case is transferred to.") : QString();
    }
    return {};
}
} // namespace

namespace CaseProblems {

FieldProblems party(const CaseParty &party)
{
    FieldProblems out;
    if (party.kind == PartyKind::Entity) {
        if (party.entityId <= 0)
            out << FieldProblem{QStringLiteral("partyEntity"),
                                Text::tr("Pick the party from the register of entities.")};
        if (party.name.trimmed().isEmpty())
            out << FieldProblem{QStringLiteral("partyName"), Text::tr("The party has no name.")};
        return out;
    }
    if (party.name.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("partyName"), Text::tr("Give the person's name.")};
    if (const auto id = IdentityNumbers::check(party.code); !id)
        out << FieldProblem{QStringLiteral("partyCode"), id.error().message};
    return out;
}

FieldProblems handlers(const QList<CaseHandler> &handlers, const QDate &day)
{
    FieldProblems out;
    const QString field = QStringLiteral("handlers");
    QSet<qint64> people;
    for (const CaseHandler &h : handlers)
        if (h.staffId > 0)
            people.insert(h.staffId);
    if (people.size() < 2)
        out << FieldProblem{field, Text::tr("A case needs at least two different handlers holding enforcement "
                                            "certificates; it has %n.",
                                            nullptr, int(people.size()))};
    for (const CaseHandler &h : handlers) {
        if (h.certificateNumber.trimmed().isEmpty()) {
            out << FieldProblem{field, Text::tr("%1 holds no enforcement certificate.").arg(handlerName(h))};
            continue;
        }
        if (!h.certificateValidUntil.isValid() || h.certificateValidUntil < day)
            out << FieldProblem{field,
                                Text::tr("The enforcement certificate %1 of %2 was valid until %3, not on %4.")
                                    .arg(h.certificateNumber, handlerName(h), iso(h.certificateValidUntil), iso(day))};
        else if (h.certificateValidFrom.isValid() && h.certificateValidFrom > day)
            out << FieldProblem{field,
                                Text::tr("The enforcement certificate %1 of %2 is valid from %3, not yet on %4.")
                                    .arg(h.certificateNumber, handlerName(h), iso(h.certificateValidFrom), iso(day))};
    }
    return out;
}

FieldProblems penalties(const EnforcementCase &c)
{
    FieldProblems out;
    for (int i = 0; i < c.penalties.size(); ++i) {
        const Penalty &p = c.penalties.at(i);
        const QString problem = penaltyProblem(p, c);
        if (!problem.isEmpty())
            out << FieldProblem{QStringLiteral("penalties"),
                                Text::tr("Penalty %1 (%2): %3").arg(i + 1).arg(penaltyKinds().name(p.kind), problem)};
    }
    return out;
}

} // namespace CaseProblems

FieldProblems CaseWorkflow::problems(const EnforcementCase &c, const QDate &day)
{
    FieldProblems out = CaseProblems::party(c.party);
    if (c.title.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("title"), Text::tr("Give the case a title (案由).")};
    if (c.facts.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("facts"), Text::tr("Describe the facts of the case.")};
    out << CaseProblems::handlers(c.handlers, day);
    out << CaseProblems::penalties(c);
    return out;
}

// Each penalty on its own: a large fine, or a large confiscation of income,
// is what 行政处罚法 第六十三条 names; the two are not added up.
bool CaseWorkflow::hearingRequired(const EnforcementCase &c)
{
    const Money threshold =
        Money::fromYuan(c.party.kind == PartyKind::Person ? kHearingPersonYuan : kHearingOrganisationYuan);
    for (const Penalty &p : c.penalties) {
        switch (p.kind) {
        case PenaltyKind::Fine:
        case PenaltyKind::ConfiscateIncome:
            if (p.amount >= threshold)
                return true;
            break;
        case PenaltyKind::Suspension:
        case PenaltyKind::RevokeLicence:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace casedesk
