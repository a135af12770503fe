#include "inspections/inspectionrules.h"

#include "dutylist/supervisiondomain.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk::InspectionRules {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

using O = InspectionOutcome;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool specialEquipment(const QString &domain)
{
    return domain == QLatin1String(SupervisionDomain::SpecialEquipment);
}

// "张伟 (insp1)", or whatever the record knows of the person.
QString who(const InspectionInspector &i, const StaffMember *staff)
{
    const QString name = staff ? staff->name : i.name;
    const QString login = staff ? staff->login : i.login;
    if (name.isEmpty())
        return login.isEmpty() ? QString::number(i.staffId) : login;
    return login.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, login);
}

const StaffMember *findStaff(const QList<StaffMember> &staff, const InspectionInspector &i)
{
    for (const StaffMember &m : staff)
        if ((i.staffId > 0 && m.id == i.staffId) || (i.staffId <= 0 && !i.login.isEmpty() && m.login == i.login))
            return &m;
    return nullptr;
}

// Why `person` may not inspect in the record's domain on its day, or
// nothing when they may.
QString certificateProblem(const StaffMember &person, const QString &name, const QString &domain, const QDate &day)
{
    if (!person.active)
        return Text::tr("Inspectors: %1 no longer works here (the account is deactivated).").arg(name);
    const Certificate &c = certificateFor(person, domain);
    const bool special = specialEquipment(domain);
    if (!c.present())
        return special ? Text::tr("Inspectors: %1 holds no special-equipment inspector certificate, which a "
                                  "special-equipment inspection needs.")
                             .arg(name)
                       : Text::tr("Inspectors: %1 holds no enforcement certificate.").arg(name);
    if (!day.isValid() || c.validOn(day))
        return {};
    if (c.validUntil.isValid() && day > c.validUntil)
        return Text::tr("Inspectors: the certificate %1 of %2 expired on %3, before the inspection on %4.")
            .arg(c.number, name, iso(c.validUntil), iso(day));
    if (c.validFrom.isValid() && day < c.validFrom)
        return Text::tr("Inspectors: the certificate %1 of %2 is valid only from %3, after the inspection on %4.")
            .arg(c.number, name, iso(c.validFrom), iso(day));
    return Text::tr("Inspectors: the certificate %1 of %2 has no end of validity.").arg(c.number, name);
}

void inspectorProblems(const Inspection &r, const QList<StaffMember> &staff, FieldProblems &out)
{
    const QString field = QStringLiteral("inspectors");
    QSet<qint64> seen;
    for (const InspectionInspector &i : r.inspectors) {
        const StaffMember *person = findStaff(staff, i);
        const QString name = who(i, person);
        if (!person) {
            out.append({field, Text::tr("Inspectors: there is no colleague %1.").arg(name)});
            continue;
        }
        if (seen.contains(person->id)) {
            out.append({field, Text::tr("Inspectors: %1 is named twice.").arg(name)});
            continue;
        }
        seen.insert(person->id);
        if (const QString p = certificateProblem(*person, name, r.domain, r.inspectedOn); !p.isEmpty())
            out.append({field, p});
    }
    if (seen.size() < kMinimumInspectors)
        out.append({field, Text::tr("Inspectors: at least %1 different inspectors must take part (%2 named).")
                               .arg(kMinimumInspectors)
                               .arg(seen.size())});
}

void checklistProblems(const Inspection &r, FieldProblems &out)
{
    const QString field = QStringLiteral("checklist");
    QStringList open;
    for (const CheckPoint &p : r.checklist) {
        if (p.result == CheckResult::Unchecked)
            open << p.label;
        else if (p.result == CheckResult::DoesNotConform && p.note.trimmed().isEmpty())
            out.append(
                {field,
                 Text::tr("Checklist: point %1 does not conform; write a note saying what was found.").arg(p.label)});
    }
    if (!open.isEmpty())
        out.append({field, Text::tr("Checklist: %n point(s) not checked yet (%1).", nullptr, int(open.size()))
                               .arg(open.join(QStringLiteral(", ")))});
}

void outcomeProblems(const Inspection &r, FieldProblems &out)
{
    const bool failed = r.failedPoints() > 0;
    const bool findings = !r.findings.trimmed().isEmpty();
    if (r.outcomes.isEmpty()) {
        out.append({QStringLiteral("outcomes"), Text::tr("Outcome: choose at least one (nothing found, order to "
                                                         "correct, directive, sealing, report upward, open a case).")});
    } else if (r.has(O::NothingFound)) {
        if (r.outcomes.size() > 1)
            out.append(
                {QStringLiteral("outcomes"), Text::tr("Outcome: \"nothing found\" cannot go with other outcomes.")});
        if (failed)
            out.append(
                {QStringLiteral("outcomes"),
                 Text::tr("Outcome: \"nothing found\" while %n point(s) do not conform.", nullptr, r.failedPoints())});
        if (findings)
            out.append({QStringLiteral("outcomes"),
                        Text::tr("Outcome: \"nothing found\" while findings are written; choose what was done.")});
    }
    const bool acted = !r.outcomes.isEmpty() && !(r.outcomes.size() == 1 && r.has(O::NothingFound));
    if (!findings && (failed || acted))
        out.append({QStringLiteral("findings"),
                    Text::tr("Findings: write what was found (points that do not conform or an outcome was taken).")});
    if (r.has(O::OrderToCorrect) || r.has(O::Directive)) {
        if (!r.correctBy.isValid())
            out.append({QStringLiteral("correctBy"), Text::tr("Correct by: give the deadline to put it right.")});
        else if (r.inspectedOn.isValid() && r.correctBy <= r.inspectedOn)
            out.append({QStringLiteral("correctBy"), Text::tr("Correct by: %1 must come after the inspection on %2.")
                                                         .arg(iso(r.correctBy), iso(r.inspectedOn))});
    }
    if (r.has(O::Directive)) {
        if (!specialEquipment(r.domain))
            out.append({QStringLiteral("outcomes"),
                        Text::tr("Outcome: a safety supervision directive is given in special-equipment "
                                 "inspections only.")});
        if (r.directiveDemands.trimmed().isEmpty())
            out.append({QStringLiteral("directiveDemands"), Text::tr("Directive: write what the unit must do.")});
        if (r.directiveOralFirst) {
            if (!r.directiveOralOn.isValid())
                out.append({QStringLiteral("directiveOralOn"),
                            Text::tr("Directive: give the day the directive was given orally.")});
            else if (r.inspectedOn.isValid() && r.directiveOralOn > r.inspectedOn)
                out.append({QStringLiteral("directiveOralOn"),
                            Text::tr("Directive: the oral directive of %1 cannot come after the record of %2.")
                                .arg(iso(r.directiveOralOn), iso(r.inspectedOn))});
        }
    }
    if (r.has(O::SealSeize) && r.sealSeizeNote.trimmed().isEmpty())
        out.append({QStringLiteral("sealSeizeNote"), Text::tr("Sealing or seizure: write what was sealed or seized.")});
    if (r.has(O::ReportUpward) && r.reportedTo.trimmed().isEmpty())
        out.append({QStringLiteral("reportedTo"), Text::tr("Report upward: name the authority it was reported to.")});
}
} // namespace

bool mayInspect(const StaffMember &staff, const QString &domain, const QDate &day)
{
    return staff.active && certificateFor(staff, domain).validOn(day);
}

const Certificate &certificateFor(const StaffMember &staff, const QString &domain)
{
    return specialEquipment(domain) ? staff.specialEquipment : staff.enforcement;
}

QList<FieldProblem> draftProblems(const Inspection &r, const QDate &today)
{
    FieldProblems out;
    if (r.unit.entityId <= 0)
        out.append({QStringLiteral("unit"), Text::tr("Unit: choose the unit inspected from the register.")});
    if (!r.inspectedOn.isValid())
        out.append({QStringLiteral("inspectedOn"), Text::tr("Date: give the day of the inspection.")});
    else if (today.isValid() && r.inspectedOn > today)
        out.append({QStringLiteral("inspectedOn"), Text::tr("Date: %1 lies in the future.").arg(iso(r.inspectedOn))});
    if (!inspectionKinds().values().contains(r.kind))
        out.append({QStringLiteral("kind"), Text::tr("Kind: choose the kind of inspection.")});
    if (r.domain.isEmpty())
        out.append({QStringLiteral("domain"), Text::tr("Domain: choose the field of supervision.")});
    else if (!SupervisionDomain::codes().contains(r.domain))
        out.append({QStringLiteral("domain"), Text::tr("Domain: \"%1\" is not a field of supervision.").arg(r.domain)});
    if (r.section.trimmed().isEmpty())
        out.append({QStringLiteral("section"), Text::tr("Section: name the section responsible.")});
    return out;
}

QList<FieldProblem> finishProblems(const Inspection &r, const QList<StaffMember> &staff, const QDate &today)
{
    FieldProblems out = draftProblems(r, today);
    if ((r.kind == InspectionKind::Campaign || r.kind == InspectionKind::KeyPeriod) && r.campaign.trimmed().isEmpty())
        out.append({QStringLiteral("campaign"),
                    Text::tr("Campaign: name the special campaign or key period the inspection belongs to.")});
    if (r.kind == InspectionKind::FollowUp && r.followUpOf <= 0)
        out.append({QStringLiteral("followUpOf"),
                    Text::tr("Follow-up of: choose the inspection whose order or directive this checks.")});
    inspectorProblems(r, staff, out);
    checklistProblems(r, out);
    outcomeProblems(r, out);
    if (!r.unitRefusedToSign && r.unitSignatory.trimmed().isEmpty())
        out.append({QStringLiteral("unitSignatory"),
                    Text::tr("Signature: name the unit's responsible person who signed, or note the refusal to "
                             "sign.")});
    if (r.unitRefusedToSign && r.refusalNote.trimmed().isEmpty())
        out.append({QStringLiteral("refusalNote"),
                    Text::tr("Refusal to sign: note who refused and how (witnesses, circumstances).")});
    return out;
}

QDate followUpDue(const Inspection &r)
{
    if (r.has(O::OrderToCorrect) || r.has(O::Directive))
        return r.correctBy;
    return {};
}

} // namespace casedesk::InspectionRules
