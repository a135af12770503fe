// Benchmark of the inspection list and the sampling list. N inspection
// records over five years (most finished, recent ones partly drafts, a few
// corrected into a second version, orders to correct and directives with
// the follow-up checks that settle them, two inspectors and a checklist
// each) of N/5 entities, and N sampling batches (planned batches with the
// objection re-tests and re-checks that follow them, two samplers each),
// are written straight into the schema in one transaction. The derived
// columns (search text, outcomes, failed points, follow-up due, next
// deadline) come from the core's own row builders, InspectionRows and
// SamplingRows, so they are what the repositories would store. Then both
// lists are opened the way the GUI's lazy models open them (count + first
// page), scrolled to their end, sorted by every column, searched (a
// 2-character Chinese word, a fragment of a unit's code) and filtered, and
// the start page's deadlines, a section's print run and the filter choices
// are read. Prints the figures and the peak memory; not a test.
//
//   casedesk-bench-inspections [N] [FILE]   (FILE: keep the database there)

#include "auth/bureausetup.h"
#include "benchsupport.h"
#include "database.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionnumbers.h"
#include "inspections/inspectionqueries.h"
#include "inspections/inspectionrows.h"
#include "inspections/inspectionrules.h"
#include "recordwriter.h"
#include "register/entity.h"
#include "register/namesimilarity.h"
#include "register/registerrows.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <iterator>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

using namespace casedesk;

namespace {
using bench::creditCode;
using bench::die;
using bench::measure;
using bench::orDie;
using bench::peakMiB;
using bench::Timing;
using Fields = RecordWriter::Fields;
using RegisterRows::storedDate;
QTextStream &out = bench::out();

const QString kSite = QStringLiteral("BENCH");
const QString kAbbreviation = QStringLiteral("永质监");
constexpr int kSpanDays = 5 * 365;
constexpr int kStaff = 40;
constexpr int kPageSize = 200;  // the lazy list models' page
constexpr int kWindowDays = 30; // the start page's default window
constexpr int kCheckPoints = 6; // per inspection record
constexpr int kEntityShare = 5; // one entity in the register per five records

// Salts of mix(): one per trait the generators decide.
enum Trait : quint32 { Place, Kind, Outcome, Draft, Neglect, Correction, Signature, Pick, Life };

// A well-mixed number per slot and trait. The generators decide every trait
// of a record from it instead of drawing in sequence, so a trait can be
// asked again later (is the record that checks this order a draft?)
// without keeping it.
quint32 mix(int slot, Trait trait)
{
    quint64 x = (quint64(quint32(slot)) << 32 | trait) + 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return quint32((x ^ (x >> 31)) >> 16);
}

// "2024-03-05T09:00:00.000Z", the form RecordWriter stamps.
QString stampOn(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Day `slot` of `count` records spread evenly over the five years up to today.
QDate dayOfSlot(int slot, int count, const QDate &today)
{
    return today.addDays(-int(qint64(count - 1 - slot) * kSpanDays / std::max(1, count)));
}

// A prepared INSERT into one table whose columns are those of the first
// row written: what RecordWriter does, without its "now" stamps, so that
// every row carries the day it was made on.
class RowInserter {
  public:
    RowInserter(const Database &db, const char *table) : m_db(db), m_table(QString::fromLatin1(table)) {}

    qint64 insert(const Fields &fields)
    {
        if (m_columns.isEmpty())
            prepare(fields);
        if (fields.size() != std::size_t(m_columns.size()))
            die(failure(m_table + QStringLiteral(": a row with other columns than the first")));
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (m_columns.at(qsizetype(i)) != QLatin1String(fields[i].first))
                die(failure(m_table + QStringLiteral(": a row with other columns than the first")));
            m_query.bindValue(int(i), Database::bindable(fields[i].second));
        }
        if (!m_query.exec())
            die(failure(m_table + QStringLiteral(": ") + m_query.lastError().text()));
        return m_query.lastInsertId().toLongLong();
    }

  private:
    void prepare(const Fields &fields)
    {
        QStringList marks;
        for (const auto &f : fields) {
            m_columns << QString::fromLatin1(f.first);
            marks << QStringLiteral("?");
        }
        m_query = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(m_table, m_columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    }

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_query;
};

// The columns every travelling record carries, as RecordWriter fills them.
void addRecordColumns(Fields &fields, const QString &createdAt, const QString &modifiedAt, const QString &by)
{
    fields.insert(fields.end(), {{"uuid", newRecordUuid()},
                                 {"created_at", createdAt},
                                 {"created_by", by},
                                 {"modified_at", modifiedAt},
                                 {"modified_by", by},
                                 {"site", kSite}});
}

// --- Staff and the register ------------------------------------------------

const QStringList kSurnames = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                            QStringLiteral("静")};
const QStringList kStaffSections = {QStringLiteral("稽查股"), QStringLiteral("特种设备安全监察股"),
                                    QStringLiteral("标准计量股"), QStringLiteral("质量监督股"),
                                    QStringLiteral("认证认可股")};
const QStringList kTrades = {QStringLiteral("食品"), QStringLiteral("机械"), QStringLiteral("建材"),
                             QStringLiteral("电器"), QStringLiteral("纸业"), QStringLiteral("化工"),
                             QStringLiteral("家具"), QStringLiteral("塑料")};
const QStringList kTownships = {QStringLiteral("永清镇"),   QStringLiteral("韩村镇"),   QStringLiteral("后奕镇"),
                                QStringLiteral("别古庄镇"), QStringLiteral("里澜城镇"), QStringLiteral("管家务乡"),
                                QStringLiteral("曹家务乡"), QStringLiteral("龙虎庄乡"), QStringLiteral("刘街乡"),
                                QStringLiteral("三圣口乡")};

struct Colleague {
    qint64 id = 0;
    QString login;
    QString name;
    bool equipmentCertificate = false; // may inspect special equipment
};

Fields staffFields(int i, const Colleague &c)
{
    const QString cert = QStringLiteral("13100%1").arg(i, 4, 10, QLatin1Char('0'));
    const QString equipment =
        c.equipmentCertificate ? QStringLiteral("TS%1").arg(i, 4, 10, QLatin1Char('0')) : QString();
    const QString from = c.equipmentCertificate ? QStringLiteral("2015-01-01") : QString();
    const QString until = c.equipmentCertificate ? QStringLiteral("2035-12-31") : QString();
    Fields fields{{"login", c.login},
                  {"name", c.name},
                  {"section", kStaffSections.at(i % kStaffSections.size())},
                  {"roles", QStringLiteral("inspector")},
                  {"enforcement_cert", cert},
                  {"enforcement_cert_from", QStringLiteral("2015-01-01")},
                  {"enforcement_cert_until", QStringLiteral("2035-12-31")},
                  {"equipment_cert", equipment},
                  {"equipment_cert_from", from},
                  {"equipment_cert_until", until},
                  {"password_hash", QStringLiteral("-")}};
    addRecordColumns(fields, stampOn(QDate(2015, 1, 1), 0), stampOn(QDate(2015, 1, 1), 0), QStringLiteral("bench"));
    return fields;
}

// Inspectors of every section; the special-equipment section and the
// enforcement squad also hold special-equipment certificates.
QList<Colleague> addStaff(const Database &db)
{
    RowInserter insert(db, "staff");
    QList<Colleague> staff;
    for (int i = 0; i < kStaff; ++i) {
        Colleague c;
        c.login = QStringLiteral("insp%1").arg(i);
        c.name = kSurnames.at(i % kSurnames.size()) + kGiven.at(i / kSurnames.size() % kGiven.size());
        c.equipmentCertificate = i % kStaffSections.size() < 2;
        c.id = insert.insert(staffFields(i, c));
        staff << c;
    }
    return staff;
}

// Entity e of the register (id e + 1) as a record copies it.
InspectedUnit unitOf(int e)
{
    return InspectedUnit{e + 1,
                         QStringLiteral("永清县第%1%2有限公司").arg(e).arg(kTrades.at(e % kTrades.size())),
                         creditCode(e),
                         QStringLiteral("永清县%1工业街%2号").arg(kTownships.at(e % kTownships.size())).arg(e),
                         QStringLiteral("王%1").arg(e),
                         QStringLiteral("李%1").arg(e),
                         QStringLiteral("0316-66%1").arg(e % 100000, 5, 10, QLatin1Char('0'))};
}

Fields entityFields(int e, const InspectedUnit &u)
{
    const QString township = kTownships.at(e % kTownships.size());
    // Every third entity also uses special equipment (the special-equipment
    // inspections go to those).
    const int kinds = int(EntityKind::Producer) | (e % 3 == 0 ? int(EntityKind::EquipmentUser) : 0);
    // The search text as EntityRegister writes it.
    const QString search =
        QStringList{u.name, u.code, u.address, township, u.legalRepresentative, u.contactPerson, u.phone}
            .join(QLatin1Char('\n'))
            .toLower();
    Fields fields{{"id", u.entityId},
                  {"name", u.name},
                  {"name_key", NameSimilarity::key(u.name)},
                  {"code", u.code},
                  {"code_kind", QStringLiteral("uscc")},
                  {"address", u.address},
                  {"township", township},
                  {"legal_representative", u.legalRepresentative},
                  {"contact_person", u.contactPerson},
                  {"phone", u.phone},
                  {"kinds", kinds},
                  {"search_text", search}};
    addRecordColumns(fields, stampOn(QDate(2015, 1, 1), 0), stampOn(QDate(2015, 1, 1), 0), QStringLiteral("bench"));
    return fields;
}

QList<InspectedUnit> addEntities(const Database &db, int count)
{
    RowInserter insert(db, "entity");
    QList<InspectedUnit> units;
    units.reserve(count);
    for (int e = 0; e < count; ++e) {
        units << unitOf(e);
        insert.insert(entityFields(e, units.last()));
    }
    return units;
}

// Two different colleagues from `pool`, chosen by `h`.
QList<InspectionInspector> twoOf(const QList<const Colleague *> &pool, quint32 h)
{
    const int size = int(pool.size());
    const int first = int(h % quint32(size));
    const int second = (first + 1 + int(h / quint32(size) % quint32(size - 1))) % size;
    QList<InspectionInspector> out;
    for (const Colleague *c : {pool.at(first), pool.at(second)})
        out << InspectionInspector{c->id, c->login, c->name, {}, {}};
    return out;
}

// --- Inspections -----------------------------------------------------------

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

struct InspectionStats {
    int rows = 0; // with the superseded versions
    int drafts = 0;
    int corrected = 0;
    int followUpChecks = 0;
    int openFollowUps = 0;
    int directives = 0;
};

// Writes the inspection records in the order they were made. Orders to
// correct and directives get their follow-up check booked on a later slot
// when the record is made, so the record knows whether a finished check of
// it exists (what InspectionWrites::openFollowUpDue asks the database).
class InspectionWriter {
  public:
    InspectionWriter(const Database &db, int count, const QDate &today, const QList<Colleague> &staff,
                     const QList<InspectedUnit> &units)
        : m_count(count), m_today(today), m_units(units), m_record(db, "inspection"),
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
    QDate dayOf(int slot) const { return dayOfSlot(slot, m_count, m_today); }

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
        return dayOf(slot).daysTo(m_today) < 14 ? h % 10 < 4 : h % 1000 < 3;
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
        if (checkedOn > m_today)
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
        if (r.status == InspectionStatus::Finished && r.inspectedOn < m_today && mix(slot, Correction) % 70 == 0) {
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
    QDate m_today;
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

// --- Sampling --------------------------------------------------------------

const QStringList kProducts = {QStringLiteral("电线电缆"),   QStringLiteral("燃气灶具"),
                               QStringLiteral("复合肥料"),   QStringLiteral("热轧带肋钢筋"),
                               QStringLiteral("预包装食品"), QStringLiteral("电动自行车"),
                               QStringLiteral("安全帽"),     QStringLiteral("水泥")};
const QStringList kLabs = {QStringLiteral("河北省产品质量监督检验研究院"), QStringLiteral("廊坊市产品质量监督检验所"),
                           QStringLiteral("国家建筑材料质量检验检测中心")};
// The quality supervision section samples half the batches.
const QStringList kSamplingSections = {QStringLiteral("质量监督股"), QStringLiteral("质量监督股"),
                                       QStringLiteral("稽查股"), QStringLiteral("标准计量股")};

struct SamplingStats {
    int objections = 0;
    int rechecks = 0;
    int failed = 0;
    int withDeadline = 0;
};

// Writes planned batches in the order they were sampled, each with the
// objection re-test and re-check that follow it as far as today has got
// (the batches of one family are written together, so the planned batch's
// next deadline is computed from its real followers, as
// SamplingRows::refreshNextDue would).
class SamplingWriter {
  public:
    SamplingWriter(const Database &db, int count, const QDate &today, const QList<Colleague> &staff,
                   const QList<InspectedUnit> &units)
        : m_count(count), m_today(today), m_units(units), m_batch(db, "sampling_batch"),
          m_sampler(db, "sampling_sampler")
    {
        for (const Colleague &c : staff)
            m_anyone << &c;
    }

    SamplingStats writeAll()
    {
        for (int plan = 0; m_written < m_count; ++plan) {
            SamplingBatch b = planBatch(plan, dayOfSlot(m_written, m_count, m_today));
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
        if (reported > m_today)
            return;
        b.result = fails ? SamplingResult::Fail : SamplingResult::Pass;
        b.reportNumber = QStringLiteral("JC%1-%2").arg(reported.year()).arg(b.id, 6, 10, QLatin1Char('0'));
        b.reportOn = reported;
        b.failedItems = fails ? QStringLiteral("标志和使用说明；导体电阻") : QString();
        const QDate delivered = reported.addDays(2 + int(h / 10 % 4));
        if (delivered <= m_today)
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
            if (objected > m_today)
                return {};
            plan.objectionOn = objected;
            SamplingBatch retest = followerOf(plan, SamplingKind::Objection, objected.addDays(3));
            if (retest.sampledOn > m_today)
                return {};
            retest.id = m_nextId++;
            testAndDeliver(retest, h / 7 % 10 < 7, h >> 12);
            followers << retest;
            if (retest.result != SamplingResult::Fail || !retest.deliveredOn.isValid())
                return followers;
            failureDelivered = retest.deliveredOn;
        }
        const QDate rectified = failureDelivered.addDays(10 + int(h / 3 % 25));
        if (h / 11 % 20 == 0 || rectified > m_today)
            return followers;
        plan.rectifiedOn = rectified;
        const QDate requested = rectified.addDays(1 + int(h / 13 % 3));
        if (h / 17 % 5 == 0 || requested > m_today)
            return followers;
        plan.recheckRequestedOn = requested;
        SamplingBatch recheck = followerOf(plan, SamplingKind::Recheck, requested.addDays(5 + int(h / 19 % 9)));
        if (recheck.sampledOn > m_today)
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
        Fields fields = SamplingRows::rowFields(b, followers, m_today);
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
        m_stats.withDeadline += SamplingClock::nextDue(SamplingClock::deadlines(b, followers), m_today).isValid();
    }

    int m_count;
    QDate m_today;
    const QList<InspectedUnit> &m_units;
    QList<const Colleague *> m_anyone;
    RowInserter m_batch, m_sampler;
    QHash<int, int> m_sequence; // per year
    qint64 m_nextId = 1;
    int m_written = 0;
    SamplingStats m_stats;
};

// --- Figures ---------------------------------------------------------------

void printFigure(const QString &what, const Timing &timing, int rows, const QString &first)
{
    out << QStringLiteral("%1: %2, %3 rows; first %4").arg(what, timing.text()).arg(rows).arg(first) << Qt::endl;
}

// The inspection list as its lazy model opens it: the count, then the first page.
void inspectionList(const Database &db, const QString &what, const InspectionFilter &filter,
                    const InspectionSort &sort = {})
{
    int total = 0;
    QString first;
    const Timing timing = measure([&] {
        total = orDie(InspectionQueries::count(db, filter));
        const QList<InspectionRow> rows = orDie(InspectionQueries::page(db, filter, sort, 0, kPageSize));
        first = rows.isEmpty() ? QString() : rows.first().recordNumber;
    });
    printFigure(what, timing, total, first);
}

void samplingList(const Database &db, const QDate &today, const QString &what, const SamplingFilter &filter)
{
    int total = 0;
    QString first;
    const Timing timing = measure([&] {
        total = orDie(SamplingQueries::count(db, filter));
        const QList<SamplingRow> rows = orDie(SamplingQueries::page(db, filter, 0, kPageSize, today));
        first = rows.isEmpty() ? QString() : rows.first().batchNumber;
    });
    printFigure(what, timing, total, first);
}

// The calendar month before this one.
std::pair<QDate, QDate> lastMonth(const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    return {first, first.addMonths(1).addDays(-1)};
}

void inspectionSorts(const Database &db, const InspectionFilter &all)
{
    using C = InspectionSortColumn;
    const std::pair<C, const char *> columns[] = {
        {C::Number, "number"}, {C::Date, "date"},       {C::Unit, "unit"},     {C::Kind, "kind"},
        {C::Domain, "domain"}, {C::Section, "section"}, {C::Status, "status"}, {C::FollowUpDue, "follow-up due"}};
    for (const auto &[column, name] : columns)
        for (const bool descending : {false, true})
            inspectionList(
                db,
                QStringLiteral("inspections, sort by %1 %2")
                    .arg(QLatin1String(name), descending ? QStringLiteral("descending") : QStringLiteral("ascending")),
                all, InspectionSort{column, descending});
}

void inspectionFilters(const Database &db, const InspectionFilter &all, const QDate &today, qint64 inspectorId)
{
    InspectionFilter f = all;
    f.section = QStringLiteral("标准计量股");
    inspectionList(db, QStringLiteral("inspections, filter by section (标准计量股)"), f);
    f = all;
    f.domain = QLatin1String(SupervisionDomain::SpecialEquipment);
    inspectionList(db, QStringLiteral("inspections, filter by domain (special equipment)"), f);
    f = all;
    f.kind = InspectionKind::Complaint;
    inspectionList(db, QStringLiteral("inspections, filter by kind (complaint)"), f);
    f = all;
    f.status = InspectionStatus::Draft;
    inspectionList(db, QStringLiteral("inspections, filter by status (draft)"), f);
    f = all;
    std::tie(f.from, f.to) = lastMonth(today);
    inspectionList(
        db, QStringLiteral("inspections, filter by date (%1 to %2)").arg(storedDate(f.from), storedDate(f.to)), f);
    f = all;
    f.followUpOpen = true;
    inspectionList(db, QStringLiteral("inspections, filter follow-up due (sorted by it)"), f,
                   InspectionSort{InspectionSortColumn::FollowUpDue, false});
    f = all;
    f.inspectorId = inspectorId;
    inspectionList(db, QStringLiteral("inspections, filter by inspector (\"mine\")"), f);
}

void inspectionReads(const Database &db, const QDate &today)
{
    const std::pair<QDate, QDate> month = lastMonth(today);
    const QString section = QStringLiteral("特种设备安全监察股");
    QList<qint64> printed;
    const Timing printing =
        measure([&] { printed = orDie(InspectionQueries::forPrinting(db, section, month.first, month.second)); });
    out << QStringLiteral("inspections, for printing (%1, %2 to %3): %4, %5 records")
               .arg(section, storedDate(month.first), storedDate(month.second), printing.text())
               .arg(printed.size())
        << Qt::endl;
    QList<FollowUpDue> due;
    const Timing followUps = measure([&] { due = orDie(InspectionQueries::followUps(db, today, kWindowDays)); });
    out << QStringLiteral("inspections, start page follow-ups (%1 days): %2, %3 due")
               .arg(kWindowDays)
               .arg(followUps.text())
               .arg(due.size())
        << Qt::endl;
    QStringList sections;
    QList<int> years;
    const Timing choices = measure([&] {
        sections = InspectionQueries::sections(db);
        years = InspectionQueries::years(db);
    });
    out << QStringLiteral("inspections, filter choices (sections, years): %1, %2 sections, %3 years")
               .arg(choices.text())
               .arg(sections.size())
               .arg(years.size())
        << Qt::endl;
}

void inspectionFigures(const Database &db, const QDate &today, int entities, qint64 inspectorId)
{
    const InspectionFilter all{};
    inspectionList(
        db, QStringLiteral("inspections, open the list (count + first %1 rows, newest first)").arg(kPageSize), all);
    // The model knows the count already when the list is scrolled.
    const int total = orDie(InspectionQueries::count(db, all));
    QList<InspectionRow> last;
    const Timing lastPage =
        measure([&] { last = orDie(InspectionQueries::page(db, all, {}, std::max(0, total - kPageSize), kPageSize)); });
    out << QStringLiteral("inspections, scroll to the last page: %1, %2 rows").arg(lastPage.text()).arg(last.size())
        << Qt::endl;
    inspectionSorts(db, all);
    InspectionFilter f = all;
    f.search = QStringLiteral("食品");
    inspectionList(db, QStringLiteral("inspections, search 食品 (2 Chinese characters)"), f);
    f.search = creditCode(entities / 2).mid(8, 8);
    inspectionList(db, QStringLiteral("inspections, search a unit code fragment (%1)").arg(f.search), f);
    inspectionFilters(db, all, today, inspectorId);
    inspectionReads(db, today);
}

void samplingFigures(const Database &db, const QDate &today, qint64 samplerId)
{
    const SamplingFilter all{};
    samplingList(db, today,
                 QStringLiteral("sampling, open the list (count + first %1 rows, newest first)").arg(kPageSize), all);
    const int total = orDie(SamplingQueries::count(db, all));
    QList<SamplingRow> last;
    const Timing lastPage = measure(
        [&] { last = orDie(SamplingQueries::page(db, all, std::max(0, total - kPageSize), kPageSize, today)); });
    out << QStringLiteral("sampling, scroll to the last page: %1, %2 rows").arg(lastPage.text()).arg(last.size())
        << Qt::endl;
    SamplingFilter f = all;
    f.search = QStringLiteral("电线");
    samplingList(db, today, QStringLiteral("sampling, search 电线 (2 Chinese characters)"), f);
    f = all;
    f.result = SamplingResult::Fail;
    samplingList(db, today, QStringLiteral("sampling, filter by result (fail)"), f);
    f = all;
    f.kind = SamplingKind::Recheck;
    samplingList(db, today, QStringLiteral("sampling, filter by kind (re-check)"), f);
    f = all;
    f.section = QStringLiteral("标准计量股");
    samplingList(db, today, QStringLiteral("sampling, filter by section (标准计量股)"), f);
    f = all;
    std::tie(f.from, f.to) = lastMonth(today);
    samplingList(db, today,
                 QStringLiteral("sampling, filter by date (%1 to %2)").arg(storedDate(f.from), storedDate(f.to)), f);
    f = all;
    f.samplerId = samplerId;
    samplingList(db, today, QStringLiteral("sampling, filter by sampler"), f);
    QList<SamplingDeadlineRow> deadlines;
    const Timing due = measure([&] { deadlines = orDie(SamplingQueries::deadlines(db, today, kWindowDays)); });
    out << QStringLiteral("sampling, start page deadlines (%1 days): %2, %3 deadlines")
               .arg(kWindowDays)
               .arg(due.text())
               .arg(deadlines.size())
        << Qt::endl;
    QStringList sections;
    const Timing choices = measure([&] { sections = SamplingQueries::sections(db); });
    out << QStringLiteral("sampling, filter choices (sections): %1, %2 sections")
               .arg(choices.text())
               .arg(sections.size())
        << Qt::endl;
}

// A new database with the bureau set up, as on its first start.
std::unique_ptr<Database> newBureau(const QString &path)
{
    if (QFileInfo::exists(path))
        die(failure(path + QStringLiteral(" exists; the benchmark writes a new database.")));
    std::unique_ptr<Database> db = orDie(Database::open(path));
    BureauSettings settings;
    settings.bureauName = QStringLiteral("永清县质量技术监督局");
    settings.abbreviation = kAbbreviation;
    settings.site = kSite;
    (void)orDie(BureauSetup::run(*db, settings,
                                 {QStringLiteral("bench"), QStringLiteral("基准"), QStringLiteral("Bench-pass-1")}));
    return db;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    const std::unique_ptr<Database> opened = newBureau(
        app.arguments().size() > 2 ? app.arguments()[2] : dir.filePath(QStringLiteral("inspections-bench.sqlite")));
    Database &db = *opened;

    QSqlDatabase sql = db.sql();
    if (!sql.transaction())
        die(failure(QStringLiteral("cannot begin")));
    QList<Colleague> staff;
    QList<InspectedUnit> units;
    const Timing registerWritten = measure([&] {
        staff = addStaff(db);
        units = addEntities(db, std::max(1, count / kEntityShare));
    });
    InspectionStats inspections;
    const Timing inspectionsWritten =
        measure([&] { inspections = InspectionWriter(db, count, today, staff, units).writeAll(); });
    SamplingStats sampling;
    const Timing samplingWritten =
        measure([&] { sampling = SamplingWriter(db, count, today, staff, units).writeAll(); });
    if (!sql.commit())
        die(failure(sql.lastError().text()));
    // No ANALYZE: the application never runs it, so the planner sees what
    // it sees on a bureau's own database.

    out << QStringLiteral("CaseDesk inspection benchmark: %1 staff, %2 entities written in %3")
               .arg(staff.size())
               .arg(units.size())
               .arg(registerWritten.text())
        << Qt::endl;
    out << QStringLiteral("inspections: %1 records (%2 rows with %3 superseded versions), %4 drafts, %5 follow-up "
                          "checks, %6 follow-ups open, %7 directives; 2 inspectors and %8 check points each; written "
                          "in %9 (prepared INSERTs, one transaction for both lists)")
               .arg(count)
               .arg(inspections.rows)
               .arg(inspections.corrected)
               .arg(inspections.drafts)
               .arg(inspections.followUpChecks)
               .arg(inspections.openFollowUps)
               .arg(inspections.directives)
               .arg(kCheckPoints)
               .arg(inspectionsWritten.text())
        << Qt::endl;
    out << QStringLiteral("sampling: %1 batches (%2 objection re-tests, %3 re-checks, %4 failed, %5 with an open "
                          "deadline); 2 samplers each; written in %6")
               .arg(count)
               .arg(sampling.objections)
               .arg(sampling.rechecks)
               .arg(sampling.failed)
               .arg(sampling.withDeadline)
               .arg(samplingWritten.text())
        << Qt::endl;

    inspectionFigures(db, today, int(units.size()), staff.at(3).id);
    samplingFigures(db, today, staff.at(3).id);
    out << QStringLiteral("database file: %1 MiB; peak memory: %2 MiB")
               .arg(double(QFileInfo(db.path()).size()) / 1048576.0, 0, 'f', 1)
               .arg(peakMiB(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
