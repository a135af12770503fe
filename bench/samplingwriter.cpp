#include "samplingwriter.h"

#include "sampling/samplingclock.h"
#include "sampling/samplingrows.h"

#include <QHash>
#include <algorithm>

namespace casedesk::bench {

namespace {
const QStringList kLabs = {QStringLiteral("河北省产品质量监督检验研究院"), QStringLiteral("廊坊市产品质量监督检验所"),
                           QStringLiteral("国家建筑材料质量检验检测中心")};
// The quality supervision section samples half the batches.
const QStringList kSamplingSections = {QStringLiteral("质量监督股"), QStringLiteral("质量监督股"),
                                       QStringLiteral("稽查股"), QStringLiteral("标准计量股")};

// Writes planned batches in the order they were sampled, each with the
// objection re-test and re-check that follow it as far as today has got
// (the batches of one family are written together, so the planned batch's
// next deadline is computed from its real followers, as
// SamplingRows::refreshNextDue would).
class SamplingWriter {
  public:
    SamplingWriter(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                   const QList<InspectedUnit> &units)
        : m_count(count), m_span(span), m_units(units), m_batch(db, "sampling_batch"), m_sampler(db, "sampling_sampler")
    {
        for (const Colleague &c : staff)
            m_anyone << &c;
    }

    SamplingStats writeAll()
    {
        for (int plan = 0; m_written < m_count; ++plan) {
            SamplingBatch b = planBatch(plan, m_span.dayOfSlot(m_written, m_count));
            b.id = m_nextId++;
            QList<SamplingBatch> followers = lifeOf(b, mix(plan, Life));
            while (1 + followers.size() > m_count - m_written)
                followers.removeLast();
            write(b, followers);
            for (SamplingBatch &f : followers)
                write(f, {});
        }
        return m_stats;
    }

  private:
    // Entity `plan` modulo the register: with N/5 entities and N batches in
    // five years, each is sampled about once a year, within the limits of
    // SamplingRules::frequencyProblem.
    SamplingBatch planBatch(int plan, const QDate &on) const
    {
        SamplingBatch b;
        b.kind = SamplingKind::Plan;
        b.unit = m_units.at(plan % m_units.size());
        b.product = kProducts.at((plan / m_units.size() + plan) % kProducts.size());
        b.planName = QStringLiteral("%1年县级产品质量监督抽查计划").arg(on.year());
        b.specification = QStringLiteral("常规型号");
        b.productionBatch = on.addDays(-20).toString(QStringLiteral("yyyyMMdd"));
        b.trademark = QStringLiteral("永清");
        b.sampleQuantity = QStringLiteral("6 件");
        b.sampledFrom = QStringLiteral("成品库");
        b.sampledOn = on;
        b.samplers = twoOf(m_anyone, mix(plan, Pick));
        b.lab = kLabs.at(plan % kLabs.size());
        b.standard = QStringLiteral("产品标准及抽查实施细则");
        b.section = kSamplingSections.at(mix(plan, Place) % kSamplingSections.size());
        return b;
    }

    // The lab reports 18–27 days after sampling and the report reaches the
    // enterprise 2–5 days later, if today has got that far.
    void testAndDeliver(SamplingBatch &b, bool fails, quint32 h) const
    {
        const QDate reported = b.sampledOn.addDays(18 + int(h % 10));
        if (reported > m_span.today)
            return;
        b.result = fails ? SamplingResult::Fail : SamplingResult::Pass;
        b.reportNumber = QStringLiteral("JC%1-%2").arg(reported.year()).arg(b.id, 6, 10, QLatin1Char('0'));
        b.reportOn = reported;
        b.failedItems = fails ? QStringLiteral("标志和使用说明；导体电阻") : QString();
        const QDate delivered = reported.addDays(2 + int(h / 10 % 4));
        if (delivered <= m_span.today)
            b.deliveredOn = delivered;
    }

    SamplingBatch followerOf(const SamplingBatch &plan, SamplingKind kind, const QDate &on) const
    {
        SamplingBatch f = plan;
        f.kind = kind;
        f.parentId = plan.id;
        f.sampledOn = on;
        f.result = SamplingResult::Pending;
        f.reportNumber.clear();
        f.reportOn = f.deliveredOn = f.objectionOn = f.rectifiedOn = f.recheckRequestedOn = QDate();
        f.failedItems.clear();
        return f;
    }

    // One in ten fails. Of the failures delivered, 15% are objected to (the
    // re-test confirms most); the rest are rectified within 10–34 days
    // (some late, one in twenty never) and mostly re-checked on request.
    QList<SamplingBatch> lifeOf(SamplingBatch &plan, quint32 h)
    {
        testAndDeliver(plan, h % 100 < 10, h >> 8);
        if (plan.result != SamplingResult::Fail || !plan.deliveredOn.isValid())
            return {};
        QList<SamplingBatch> followers;
        QDate failureDelivered = plan.deliveredOn;
        if (h / 100 % 100 < 15) {
            const QDate objected = plan.deliveredOn.addDays(4 + int(h % 10));
            if (objected > m_span.today)
                return {};
            plan.objectionOn = objected;
            SamplingBatch retest = followerOf(plan, SamplingKind::Objection, objected.addDays(3));
            if (retest.sampledOn > m_span.today)
                return {};
            retest.id = m_nextId++;
            testAndDeliver(retest, h / 7 % 10 < 7, h >> 12);
            followers << retest;
            if (retest.result != SamplingResult::Fail || !retest.deliveredOn.isValid())
                return followers;
            failureDelivered = retest.deliveredOn;
        }
        const QDate rectified = failureDelivered.addDays(10 + int(h / 3 % 25));
        if (h / 11 % 20 == 0 || rectified > m_span.today)
            return followers;
        plan.rectifiedOn = rectified;
        const QDate requested = rectified.addDays(1 + int(h / 13 % 3));
        if (h / 17 % 5 == 0 || requested > m_span.today)
            return followers;
        plan.recheckRequestedOn = requested;
        SamplingBatch recheck = followerOf(plan, SamplingKind::Recheck, requested.addDays(5 + int(h / 19 % 9)));
        if (recheck.sampledOn > m_span.today)
            return followers;
        recheck.id = m_nextId++;
        testAndDeliver(recheck, h / 23 % 100 < 15, h >> 16);
        followers << recheck;
        return followers;
    }

    void write(SamplingBatch &b, const QList<SamplingBatch> &followers)
    {
        const int year = b.sampledOn.year();
        b.batchNumber =
            QStringLiteral("%1-%2-C%3").arg(kSite).arg(year).arg(++m_sequence[year], 4, 10, QLatin1Char('0'));
        Fields fields = SamplingRows::rowFields(b, followers, m_span.today);
        fields.push_back({"id", b.id});
        const QString by = b.samplers.first().login;
        const QDate changed = std::max({b.sampledOn, b.deliveredOn, b.rectifiedOn, b.recheckRequestedOn});
        addRecordColumns(fields, stampOn(b.sampledOn, 10), stampOn(changed, 15), by);
        m_batch.insert(fields);
        for (int i = 0; i < b.samplers.size(); ++i)
            m_sampler.insert({{"batch_id", b.id}, {"staff_id", b.samplers.at(i).staffId}, {"position", i}});
        ++m_written;
        m_stats.objections += b.kind == SamplingKind::Objection;
        m_stats.rechecks += b.kind == SamplingKind::Recheck;
        m_stats.failed += b.result == SamplingResult::Fail;
        m_stats.withDeadline += SamplingClock::nextDue(SamplingClock::deadlines(b, followers), m_span.today).isValid();
    }

    int m_count;
    Span m_span;
    const QList<InspectedUnit> &m_units;
    QList<const Colleague *> m_anyone;
    RowInserter m_batch, m_sampler;
    QHash<int, int> m_sequence; // per year
    qint64 m_nextId = 1;
    int m_written = 0;
    SamplingStats m_stats;
};
} // namespace

SamplingStats writeSampling(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                            const QList<InspectedUnit> &units)
{
    return SamplingWriter(db, count, span, staff, units).writeAll();
}

} // namespace casedesk::bench
