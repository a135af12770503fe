#include "sampling/samplingrules.h"

#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionrules.h"
#include "sampling/samplingclock.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk::SamplingRules {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

class Problems {
  public:
    void add(const char *field, const QString &message) { m_out << FieldProblem{QLatin1String(field), message}; }
    // A date that must not be in the future.
    void notFuture(const char *field, const QDate &day, const QDate &today)
    {
        if (day.isValid() && day > today)
            add(field, Text::tr("%1 is in the future.").arg(iso(day)));
    }
    QList<FieldProblem> list() const { return m_out; }

  private:
    QList<FieldProblem> m_out;
};

QString personName(const InspectionInspector &s)
{
    return s.name.isEmpty() ? s.login : QStringLiteral("%1 (%2)").arg(s.name, s.login);
}

const StaffMember *recordOf(const InspectionInspector &sampler, const QList<StaffMember> &staff)
{
    for (const StaffMember &m : staff)
        if ((sampler.staffId > 0 && m.id == sampler.staffId) ||
            (sampler.staffId <= 0 && !sampler.login.isEmpty() &&
             m.login.compare(sampler.login, Qt::CaseInsensitive) == 0))
            return &m;
    return nullptr;
}

void samplerProblems(Problems &p, const SamplingBatch &batch, const QList<StaffMember> &staff)
{
    QSet<qint64> distinct;
    for (const InspectionInspector &s : batch.samplers)
        if (const StaffMember *m = recordOf(s, staff))
            distinct.insert(m->id);
    if (distinct.size() < kMinimumSamplers)
        p.add("samplers", Text::tr("At least %1 different samplers take the samples; %2 given.")
                              .arg(kMinimumSamplers)
                              .arg(distinct.size()));
    const QString domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
    for (const InspectionInspector &s : batch.samplers) {
        const StaffMember *m = recordOf(s, staff);
        if (!m) {
            p.add("samplers", Text::tr("There is no colleague %1.").arg(personName(s)));
            continue;
        }
        if (!batch.sampledOn.isValid() || InspectionRules::mayInspect(*m, domain, batch.sampledOn))
            continue;
        const QString who = QStringLiteral("%1 (%2)").arg(m->name, m->login);
        if (!m->active)
            p.add("samplers", Text::tr("%1 no longer works here (the account is deactivated).").arg(who));
        else if (!m->enforcement.present())
            p.add("samplers", Text::tr("%1 holds no enforcement certificate.").arg(who));
        else
            p.add("samplers", Text::tr("The enforcement certificate %1 of %2 is not valid on the sampling day %3.")
                                  .arg(m->enforcement.number, who, iso(batch.sampledOn)));
    }
}

void reportProblems(Problems &p, const SamplingBatch &b, const QDate &today)
{
    const bool known = b.result != SamplingResult::Pending;
    if (known && b.reportNumber.trimmed().isEmpty())
        p.add("reportNumber", Text::tr("Give the number of the lab's report."));
    if (known && !b.reportOn.isValid())
        p.add("reportOn", Text::tr("Give the date of the lab's report."));
    if (!known && b.reportOn.isValid())
        p.add("reportOn", Text::tr("The report is dated but the result is pending: record pass or fail."));
    if (b.reportOn.isValid() && b.sampledOn.isValid() && b.reportOn < b.sampledOn)
        p.add("reportOn",
              Text::tr("The report (%1) is dated before the sampling (%2).").arg(iso(b.reportOn), iso(b.sampledOn)));
    p.notFuture("reportOn", b.reportOn, today);

    if (b.deliveredOn.isValid() && !b.reportOn.isValid())
        p.add("deliveredOn", Text::tr("Record the lab's report before its delivery."));
    else if (b.deliveredOn.isValid() && b.deliveredOn < b.reportOn)
        p.add("deliveredOn", Text::tr("The report reached the enterprise (%1) before it was issued (%2).")
                                 .arg(iso(b.deliveredOn), iso(b.reportOn)));
    p.notFuture("deliveredOn", b.deliveredOn, today);

    if (b.result == SamplingResult::Fail && b.failedItems.trimmed().isEmpty())
        p.add("failedItems", Text::tr("List the failed items of a failed result."));
    if (b.result != SamplingResult::Fail && !b.failedItems.trimmed().isEmpty())
        p.add("failedItems", Text::tr("Only a failed result has failed items."));
}

void objectionProblems(Problems &p, const SamplingBatch &b, const QDate &today)
{
    if (!b.objectionOn.isValid())
        return;
    if (b.kind == SamplingKind::Objection) {
        p.add("objectionOn", Text::tr("The result of an objection re-test is final; it cannot be objected to."));
        return;
    }
    if (!b.deliveredOn.isValid() || b.result == SamplingResult::Pending) {
        p.add("objectionOn", Text::tr("The enterprise objects to a result once its report reached it: record the "
                                      "result and the delivery first."));
        return;
    }
    const QDate due = SamplingClock::objectionDeadline(b.deliveredOn);
    if (b.objectionOn < b.deliveredOn)
        p.add("objectionOn", Text::tr("The objection (%1) is dated before the report reached the enterprise (%2).")
                                 .arg(iso(b.objectionOn), iso(b.deliveredOn)));
    else if (b.objectionOn > due)
        p.add("objectionOn", Text::tr("The objection period ended on %1 (%2 days after the report reached the "
                                      "enterprise on %3); an objection on %4 is too late.")
                                 .arg(iso(due))
                                 .arg(SamplingClock::kObjectionDays)
                                 .arg(iso(b.deliveredOn), iso(b.objectionOn)));
    p.notFuture("objectionOn", b.objectionOn, today);
}

// Rectification and the request for a re-check belong to a failed planned
// batch (an objection's confirmed failure is put right on the batch it
// follows; a failed re-check leads to a case).
void followUpProblems(Problems &p, const SamplingBatch &b, const QDate &today)
{
    const auto belongs = [&](const char *field) {
        if (b.result != SamplingResult::Fail) {
            p.add(field, Text::tr("Only a failed result is rectified and re-checked."));
            return false;
        }
        if (b.kind != SamplingKind::Plan) {
            p.add(field, Text::tr("Record rectification and the request for a re-check on the planned batch "
                                  "this one follows."));
            return false;
        }
        return true;
    };
    if (b.rectifiedOn.isValid() && belongs("rectifiedOn")) {
        if (!b.deliveredOn.isValid())
            p.add("rectifiedOn", Text::tr("Record when the failed report reached the enterprise first."));
        else if (b.rectifiedOn < b.deliveredOn)
            p.add("rectifiedOn", Text::tr("The rectification (%1) is dated before the report reached the "
                                          "enterprise (%2).")
                                     .arg(iso(b.rectifiedOn), iso(b.deliveredOn)));
        p.notFuture("rectifiedOn", b.rectifiedOn, today);
    }
    if (b.recheckRequestedOn.isValid() && belongs("recheckRequestedOn")) {
        if (!b.rectifiedOn.isValid())
            p.add("recheckRequestedOn", Text::tr("The enterprise asks for a re-check once it has rectified: "
                                                 "record the rectification first."));
        else if (b.recheckRequestedOn < b.rectifiedOn)
            p.add("recheckRequestedOn", Text::tr("The re-check was requested (%1) before the rectification (%2).")
                                            .arg(iso(b.recheckRequestedOn), iso(b.rectifiedOn)));
        p.notFuture("recheckRequestedOn", b.recheckRequestedOn, today);
    }
}

QString collisions(const QList<SamplingBatch> &batches)
{
    QStringList parts;
    for (const SamplingBatch &b : batches)
        parts << Text::tr("%1 on %2").arg(b.batchNumber, iso(b.sampledOn));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QList<FieldProblem> problems(const SamplingBatch &b, const QList<StaffMember> &samplers, const QDate &today)
{
    Problems p;
    if (b.unit.entityId <= 0)
        p.add("unit", Text::tr("Pick the enterprise sampled from the register."));
    if (b.product.trimmed().isEmpty())
        p.add("product", Text::tr("Name the product sampled."));
    if (!b.sampledOn.isValid())
        p.add("sampledOn", Text::tr("Give the day the samples were taken."));
    p.notFuture("sampledOn", b.sampledOn, today);
    if (b.sampledFrom.trimmed().isEmpty())
        p.add("sampledFrom", Text::tr("Say where the samples were taken from stock for sale (the enterprise never "
                                      "chooses them)."));
    samplerProblems(p, b, samplers);
    if (b.lab.trimmed().isEmpty())
        p.add("lab", Text::tr("Name the qualified lab that tests the samples."));
    if (b.section.trimmed().isEmpty())
        p.add("section", Text::tr("Name the section responsible."));
    if (b.kind == SamplingKind::Plan) {
        if (b.planName.trimmed().isEmpty())
            p.add("planName", Text::tr("Name the sampling plan the batch belongs to."));
        if (b.parentId != 0)
            p.add("parentId", Text::tr("A planned batch follows no other batch."));
    } else if (b.parentId <= 0) {
        p.add("parentId", Text::tr("An objection re-test or a re-check names the batch it follows."));
    }
    reportProblems(p, b, today);
    objectionProblems(p, b, today);
    followUpProblems(p, b, today);
    return p.list();
}

QList<FieldProblem> parentProblems(const SamplingBatch &b, const SamplingBatch &parent)
{
    Problems p;
    const QString number = parent.batchNumber;
    if (b.kind == SamplingKind::Objection) {
        if (parent.kind == SamplingKind::Objection) {
            p.add("parentId", Text::tr("%1 is itself an objection re-test, whose result is final.").arg(number));
            return p.list();
        }
        if (parent.result == SamplingResult::Pending || !parent.deliveredOn.isValid()) {
            p.add("parentId", Text::tr("%1 has no result delivered to the enterprise to object to.").arg(number));
            return p.list();
        }
        const QDate due = SamplingClock::objectionDeadline(parent.deliveredOn);
        const QDate objected = parent.objectionOn.isValid() ? parent.objectionOn : b.sampledOn;
        if (objected.isValid() && objected > due)
            p.add(parent.objectionOn.isValid() ? "parentId" : "sampledOn",
                  Text::tr("The objection period of %1 ended on %2 (%3 days after its report reached the enterprise "
                           "on %4); an objection on %5 is too late.")
                      .arg(number, iso(due))
                      .arg(SamplingClock::kObjectionDays)
                      .arg(iso(parent.deliveredOn), iso(objected)));
        if (b.sampledOn.isValid() && b.sampledOn < parent.deliveredOn)
            p.add("sampledOn", Text::tr("The re-test (%1) cannot come before the report of %2 reached the "
                                        "enterprise (%3).")
                                   .arg(iso(b.sampledOn), number, iso(parent.deliveredOn)));
    } else if (b.kind == SamplingKind::Recheck) {
        if (parent.kind != SamplingKind::Plan || parent.result != SamplingResult::Fail) {
            p.add("parentId", Text::tr("%1 is not a failed planned batch; only those are re-checked.").arg(number));
            return p.list();
        }
        if (!parent.recheckRequestedOn.isValid()) {
            p.add("parentId", Text::tr("The enterprise has not asked for a re-check of %1: record its request on %1 "
                                       "first.")
                                  .arg(number));
            return p.list();
        }
        const QDate due = SamplingClock::recheckSamplingDeadline(parent.recheckRequestedOn);
        if (b.sampledOn.isValid() && b.sampledOn < parent.recheckRequestedOn)
            p.add("sampledOn", Text::tr("The re-check is sampled (%1) before the enterprise asked for it (%2).")
                                   .arg(iso(b.sampledOn), iso(parent.recheckRequestedOn)));
        else if (b.sampledOn.isValid() && b.sampledOn > due && b.notes.trimmed().isEmpty())
            p.add("notes", Text::tr("The re-check was due to be sampled by %1 (%2 days after the request on %3); "
                                    "sampled on %4, give the reason for the delay in the notes.")
                               .arg(iso(due))
                               .arg(SamplingClock::kRecheckSamplingDays)
                               .arg(iso(parent.recheckRequestedOn), iso(b.sampledOn)));
    }
    return p.list();
}

std::optional<QString> frequencyProblem(const SamplingBatch &batch, const QList<SamplingBatch> &others)
{
    if (batch.kind != SamplingKind::Plan || !batch.sampledOn.isValid())
        return std::nullopt;
    const QString key = productKey(batch.product);
    const int year = batch.sampledOn.year();
    const int quarter = (batch.sampledOn.month() - 1) / 3;
    QList<SamplingBatch> thisYear, thisQuarter;
    for (const SamplingBatch &o : others) {
        if (o.kind != SamplingKind::Plan || !o.sampledOn.isValid() || (batch.id != 0 && o.id == batch.id))
            continue;
        if (batch.unit.entityId != 0 && o.unit.entityId != 0 && o.unit.entityId != batch.unit.entityId)
            continue;
        if (o.sampledOn.year() != year || productKey(o.product) != key)
            continue;
        thisYear << o;
        if ((o.sampledOn.month() - 1) / 3 == quarter)
            thisQuarter << o;
    }
    const QString what = batch.product.trimmed();
    const QString who = batch.unit.name;
    if (!thisQuarter.isEmpty())
        return Text::tr("%1 of %2 was already sampled in quarter %3 of %4: %5. The same product of an enterprise "
                        "is sampled at most once a quarter.")
            .arg(what, who)
            .arg(quarter + 1)
            .arg(year)
            .arg(collisions(thisQuarter));
    if (thisYear.size() >= kPerYear)
        return Text::tr("%1 of %2 was already sampled %n time(s) in %3: %4. The same product of an enterprise is "
                        "sampled at most twice a year.",
                        nullptr, int(thisYear.size()))
            .arg(what, who)
            .arg(year)
            .arg(collisions(thisYear));
    return std::nullopt;
}

QString productKey(const QString &product)
{
    return product.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

} // namespace casedesk::SamplingRules
