#include "inspectionwriter.h"

#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionnumbers.h"
#include "inspections/inspectionrows.h"
#include "inspections/inspectionrules.h"

#include <QHash>
#include <iterator>
#include <vector>

namespace casedesk::bench {

namespace {
// A field of supervision: its share of the inspections (per mille), the
// section that usually inspects it and what its findings are about.
struct DomainPlan {
    const char *code;
    int perMille;
    const char *section;
    const char *subject;
};
const DomainPlan kDomains[] = {
    {SupervisionDomain::SpecialEquipment, 350, "特种设备安全监察股", "电梯"},
    {SupervisionDomain::ProductQuality, 180, "质量监督股", "产品"},
    {SupervisionDomain::ProductionLicence, 140, "质量监督股", "生产许可证"},
    {SupervisionDomain::Metrology, 120, "标准计量股", "计量器具"},
    {SupervisionDomain::FoodRelated, 80, "质量监督股", "食品相关产品"},
    {SupervisionDomain::Standardization, 50, "标准计量股", "执行标准"},
    {SupervisionDomain::Certification, 40, "认证认可股", "认证证书"},
    {SupervisionDomain::TestingBodies, 40, "认证认可股", "检验检测报告"},
};

int domainFor(quint32 h)
{
    int cumulative = 0;
    for (int d = 0; d < int(std::size(kDomains)); ++d) {
        cumulative += kDomains[d].perMille;
        if (int(h % 1000) < cumulative)
            return d;
    }
    return 0;
}

bool specialEquipment(int domain)
{
    return QLatin1String(kDomains[domain].code) == QLatin1String(SupervisionDomain::SpecialEquipment);
}

const QStringList kPoints = {
    QStringLiteral("是否建立并落实质量安全管理制度"),   QStringLiteral("是否按规定配备安全管理和作业人员"),
    QStringLiteral("是否按期进行定期检验或检定"),       QStringLiteral("是否按规定建立档案并保存记录"),
    QStringLiteral("是否在显著位置公示相关证照和标志"), QStringLiteral("是否落实自查和整改要求")};

// What an order to correct is about (a point above that does not conform).
const QStringList kFindings = {
    QStringLiteral("未落实质量安全管理制度"), QStringLiteral("未按规定配备安全管理和作业人员"),
    QStringLiteral("未按期进行定期检验或检定"), QStringLiteral("未按规定建立档案并保存记录")};

// Who, where and what a record is about; a follow-up check copies it from
// the record it checks.
struct Placement {
    int entity = 0;
    int domain = 0;
    QString section;
};

// Writes the inspection records in the order they were made. Orders to
// correct and directives get their follow-up check booked on a later slot
// when the record is made, so the record knows whether a finished check of
// it exists (what InspectionWrites::openFollowUpDue asks the database).
class InspectionWriter {
  public:
    InspectionWriter(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                     const QList<InspectedUnit> &units)
        : m_count(count), m_span(span), m_units(units), m_record(db, "inspection"),
          m_inspector(db, "inspection_inspector"), m_check(db, "inspection_check"), m_followOf(count, -1),
          m_placed(count), m_currentId(count, 0)
    {
        for (const Colleague &c : staff) {
            m_anyone << &c;
            if (c.equipmentCertificate)
                m_equipmentInspectors << &c;
        }
    }

    InspectionStats writeAll()
    {
        for (int slot = 0; slot < m_count; ++slot)
            writeSlot(slot);
        return m_stats;
    }

  private:
    QDate dayOf(int slot) const { return m_span.dayOfSlot(slot, m_count); }

    // The first slot made on or after `day` (m_count when none).
    int firstSlotOn(const QDate &day) const
    {
        int low = 0, high = m_count;
        while (low < high) {
            const int middle = (low + high) / 2;
            if (dayOf(middle) < day)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    // Recent records are often still drafts; an old draft is a forgotten one.
    bool draftAt(int slot) const
    {
        const quint32 h = mix(slot, Draft);
        return dayOf(slot).daysTo(m_span.today) < 14 ? h % 10 < 4 : h % 1000 < 3;
    }

    Placement placementOf(int slot) const
    {
        if (m_followOf[slot] >= 0)
            return m_placed[m_followOf[slot]];
        const quint32 h = mix(slot, Place);
        Placement p;
        p.domain = domainFor(h);
        const int units = int(m_units.size());
        // Special equipment is used by every third entity.
        p.entity =
            specialEquipment(p.domain) ? int(h / 1000 % quint32((units + 2) / 3)) * 3 : int(h / 1000 % quint32(units));
        p.section = h / 7 % 10 == 0 ? kStaffSections.first() : QString::fromUtf8(kDomains[p.domain].section);
        return p;
    }

    void setKind(Inspection &r, int slot) const
    {
        if (m_followOf[slot] >= 0) {
            r.kind = InspectionKind::FollowUp;
            r.followUpOf = m_currentId[m_followOf[slot]];
            return;
        }
        const int roll = int(mix(slot, Kind) % 100);
        r.kind = roll < 70   ? InspectionKind::Routine
                 : roll < 82 ? InspectionKind::Campaign
                 : roll < 92 ? InspectionKind::KeyPeriod
                             : InspectionKind::Complaint;
        if (r.kind == InspectionKind::Campaign)
            r.campaign = QStringLiteral("%1年%2专项整治")
                             .arg(r.inspectedOn.year())
                             .arg(QString::fromUtf8(kDomains[m_placed[slot].domain].subject));
        else if (r.kind == InspectionKind::KeyPeriod)
            r.campaign = r.inspectedOn.month() < 7 ? QStringLiteral("%1年春节期间安全检查").arg(r.inspectedOn.year())
                                                   : QStringLiteral("%1年国庆期间安全检查").arg(r.inspectedOn.year());
    }

    // Nothing found mostly; orders to correct, directives (special equipment
    // only), sealing and reports upward now and then, with the findings,
    // deadlines and notes finishing asks for.
    void setOutcome(Inspection &r, int slot) const
    {
        const int roll = int(mix(slot, Outcome) % 1000);
        const bool special = specialEquipment(m_placed[slot].domain);
        using O = InspectionOutcome;
        if (r.kind == InspectionKind::FollowUp)
            r.outcomes = {roll < 120 ? O::OrderToCorrect : O::NothingFound};
        else if (special)
            r.outcomes = roll < 30    ? QList<O>{O::OrderToCorrect, O::Directive}
                         : roll < 160 ? QList<O>{O::OrderToCorrect}
                         : roll < 170 ? QList<O>{O::OrderToCorrect, O::SealSeize}
                                      : QList<O>{O::NothingFound};
        else
            r.outcomes = roll < 100   ? QList<O>{O::OrderToCorrect}
                         : roll < 110 ? QList<O>{O::OrderToCorrect, O::SealSeize}
                         : roll < 115 ? QList<O>{O::ReportUpward}
                                      : QList<O>{O::NothingFound};
        if (r.has(O::NothingFound))
            return;
        const QString subject = QString::fromUtf8(kDomains[m_placed[slot].domain].subject);
        r.findings =
            QStringLiteral("现场检查发现%1方面的问题：%2。").arg(subject, kFindings.at(roll % kFindings.size()));
        if (r.has(O::OrderToCorrect))
            r.correctBy = r.inspectedOn.addDays(roll % 2 ? 15 : 30);
        if (r.has(O::Directive))
            r.directiveDemands = QStringLiteral("立即停止使用该%1，整改合格并经检验后方可重新投入使用。").arg(subject);
        if (r.has(O::SealSeize))
            r.sealSeizeNote = QStringLiteral("查封不符合要求的%1一批，另附清单。").arg(subject);
        if (r.has(O::ReportUpward))
            r.reportedTo = QStringLiteral("廊坊市市场监督管理局");
    }

    // Six points; those behind an outcome do not conform, a draft may leave
    // the last ones open.
    void setChecklist(Inspection &r, int slot) const
    {
        const quint32 h = mix(slot, Outcome);
        const int failed = r.has(InspectionOutcome::NothingFound) || r.outcomes.isEmpty() ? 0 : 1 + int(h % 2);
        const bool open = r.status == InspectionStatus::Draft && h / 2 % 2 == 0;
        for (int p = 0; p < kCheckPoints; ++p) {
            CheckPoint point{QString::number(p + 1),
                             p < 3 ? QStringLiteral("（一）基本要求") : QStringLiteral("（二）现场检查"),
                             kPoints.at(p),
                             CheckResult::Conforms,
                             {}};
            if (p >= 1 && p <= failed)
                point = {point.label, point.group, point.text, CheckResult::DoesNotConform, r.findings.left(20)};
            else if (p == 4 && h / 4 % 2)
                point.result = CheckResult::NotApplicable;
            if (open && p >= kCheckPoints - 2)
                point.result = CheckResult::Unchecked;
            r.checklist << point;
        }
    }

    void setSignatureAndFinish(Inspection &r, int slot)
    {
        if (mix(slot, Signature) % 100 == 0) {
            r.unitRefusedToSign = true;
            r.refusalNote = QStringLiteral("负责人拒绝签字，两名检查人员在场见证并注明。");
        } else {
            r.unitSignatory = r.unit.legalRepresentative;
        }
        if (r.status != InspectionStatus::Finished)
            return;
        r.finishedAt = stampOn(r.inspectedOn, 17);
        r.finishedBy = r.inspectors.first().login;
        if (r.has(InspectionOutcome::Directive)) {
            const int year = r.inspectedOn.year();
            r.directiveNumber = InspectionNumbers::directivePrefix(kAbbreviation, kSite, year) +
                                QStringLiteral("%1号").arg(++m_directiveSequence[year], 3, 10, QLatin1Char('0'));
            ++m_stats.directives;
        }
    }

    Inspection recordAt(int slot)
    {
        m_placed[slot] = placementOf(slot);
        const Placement &p = m_placed[slot];
        Inspection r;
        r.inspectedOn = dayOf(slot);
        const int year = r.inspectedOn.year();
        r.recordNumber =
            QStringLiteral("%1-%2-J%3").arg(kSite).arg(year).arg(++m_recordSequence[year], 4, 10, QLatin1Char('0'));
        r.status = draftAt(slot) ? InspectionStatus::Draft : InspectionStatus::Finished;
        r.unit = m_units.at(p.entity);
        r.domain = QString::fromLatin1(kDomains[p.domain].code);
        r.section = p.section;
        r.inspectors = twoOf(specialEquipment(p.domain) ? m_equipmentInspectors : m_anyone, mix(slot, Pick));
        setKind(r, slot);
        setOutcome(r, slot);
        setChecklist(r, slot);
        setSignatureAndFinish(r, slot);
        return r;
    }

    // Books the follow-up check of a finished order or directive on the
    // first free slot of the day it is checked, 0–9 days after its deadline
    // (one in 25 is never checked: it stays overdue). Returns whether that
    // check is finished, as InspectionWrites::openFollowUpDue would find it.
    bool bookFollowUp(int slot, const Inspection &r)
    {
        const QDate due = InspectionRules::followUpDue(r);
        const quint32 h = mix(slot, Neglect);
        if (r.status != InspectionStatus::Finished || !due.isValid() || h % 25 == 0)
            return false;
        const QDate checkedOn = due.addDays(int(h / 25 % 10));
        if (checkedOn > m_span.today)
            return false;
        for (int j = firstSlotOn(checkedOn); j < m_count; ++j)
            if (m_followOf[j] < 0) {
                m_followOf[j] = slot;
                return !draftAt(j);
            }
        return false;
    }

    Fields rowOf(const Inspection &r, const QDate &openDue, qint64 supersededBy) const
    {
        Fields fields = InspectionRows::rowFields(r, openDue);
        fields.push_back({"id", r.id});
        fields.push_back({"superseded_by", idOrNull(supersededBy)});
        const QString by = r.inspectors.first().login;
        addRecordColumns(fields, stampOn(r.inspectedOn, 9),
                         r.finishedAt.isEmpty() ? stampOn(r.inspectedOn, 12) : r.finishedAt, by);
        return fields;
    }

    // The row and its children, as InspectionRows::writeDetails stores them.
    void write(const Inspection &r, const QDate &openDue, qint64 supersededBy = 0)
    {
        m_record.insert(rowOf(r, openDue, supersededBy));
        for (int i = 0; i < r.inspectors.size(); ++i)
            m_inspector.insert({{"inspection_id", r.id}, {"staff_id", r.inspectors.at(i).staffId}, {"position", i}});
        for (int i = 0; i < r.checklist.size(); ++i) {
            const CheckPoint &p = r.checklist.at(i);
            m_check.insert({{"inspection_id", r.id},
                            {"position", i},
                            {"label", p.label},
                            {"group_label", p.group},
                            {"text", p.text},
                            {"result", checkResults().code(p.result)},
                            {"note", p.note}});
        }
        ++m_stats.rows;
    }

    // One in 70 finished records was corrected the next day: version 1 is
    // kept, superseded by version 2 (written first: superseded_by is a
    // foreign key).
    void writeCorrected(Inspection &r, const QDate &openDue)
    {
        Inspection first = r;
        first.id = m_nextId++;
        r.id = m_nextId++;
        r.version = 2;
        r.place = QStringLiteral("厂区二号车间");
        r.correctionReason = QStringLiteral("更正检查地点的笔误。");
        r.finishedAt = stampOn(r.inspectedOn.addDays(1), 10);
        write(r, openDue);
        write(first, {}, r.id);
        ++m_stats.corrected;
    }

    void writeSlot(int slot)
    {
        Inspection r = recordAt(slot);
        const bool checked = bookFollowUp(slot, r);
        const QDate due =
            r.status == InspectionStatus::Finished && !checked ? InspectionRules::followUpDue(r) : QDate();
        if (r.status == InspectionStatus::Finished && r.inspectedOn < m_span.today && mix(slot, Correction) % 70 == 0) {
            writeCorrected(r, due);
        } else {
            r.id = m_nextId++;
            write(r, due);
        }
        m_currentId[slot] = r.id;
        m_stats.drafts += r.status == InspectionStatus::Draft;
        m_stats.followUpChecks += r.kind == InspectionKind::FollowUp;
        m_stats.openFollowUps += due.isValid();
    }

    int m_count;
    Span m_span;
    const QList<InspectedUnit> &m_units;
    QList<const Colleague *> m_anyone, m_equipmentInspectors;
    RowInserter m_record, m_inspector, m_check;
    std::vector<int> m_followOf; // per slot: the slot whose order it checks, or -1
    std::vector<Placement> m_placed;
    std::vector<qint64> m_currentId;
    QHash<int, int> m_recordSequence, m_directiveSequence; // per year
    qint64 m_nextId = 1;
    InspectionStats m_stats;
};
} // namespace

InspectionStats writeInspections(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                                 const QList<InspectedUnit> &units)
{
    return InspectionWriter(db, count, span, staff, units).writeAll();
}

} // namespace casedesk::bench
