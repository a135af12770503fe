#pragma once
// The test bureau the benchmarks of bench/ write their records into: a new
// database set up as on its first start, the colleagues and the register of
// entities, and the pieces the record writers (inspectionwriter.h,
// samplingwriter.h, casewriter.h) share: prepared INSERTs with the record
// columns RecordWriter fills, the well-mixed numbers every trait of a record
// is decided from, and the spread of records over the days of a span.
// Shared by several benchmarks, so that a generator lives once.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspection.h"
#include "recordwriter.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

namespace casedesk::bench {

using Fields = RecordWriter::Fields;

inline const QString kSite = QStringLiteral("BENCH");
inline const QString kAbbreviation = QStringLiteral("永质监");
inline const QString kBureauName = QStringLiteral("永清县质量技术监督局");
// The administrator BureauSetup makes (a later run signs in with these).
inline const QString kAdminLogin = QStringLiteral("bench");
inline const QString kAdminPassword = QStringLiteral("Bench-pass-1");

inline const QStringList kSurnames = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                      QStringLiteral("赵"), QStringLiteral("黄")};
inline const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                                   QStringLiteral("敏"), QStringLiteral("静")};
inline const QStringList kStaffSections = {QStringLiteral("稽查股"), QStringLiteral("特种设备安全监察股"),
                                           QStringLiteral("标准计量股"), QStringLiteral("质量监督股"),
                                           QStringLiteral("认证认可股")};
// What is sampled and what cases are about.
// Entity names and addresses of the test county.
inline const QStringList kTrades = {QStringLiteral("食品"), QStringLiteral("机械"), QStringLiteral("建材"),
                                    QStringLiteral("电器"), QStringLiteral("纸业"), QStringLiteral("化工"),
                                    QStringLiteral("家具"), QStringLiteral("塑料")};
inline const QStringList kTownships = {
    QStringLiteral("永清镇"),   QStringLiteral("韩村镇"),   QStringLiteral("后奕镇"),   QStringLiteral("别古庄镇"),
    QStringLiteral("里澜城镇"), QStringLiteral("管家务乡"), QStringLiteral("曹家务乡"), QStringLiteral("龙虎庄乡"),
    QStringLiteral("刘街乡"),   QStringLiteral("三圣口乡")};
inline const QStringList kProducts = {QStringLiteral("电线电缆"),   QStringLiteral("燃气灶具"),
                                      QStringLiteral("复合肥料"),   QStringLiteral("热轧带肋钢筋"),
                                      QStringLiteral("预包装食品"), QStringLiteral("电动自行车"),
                                      QStringLiteral("安全帽"),     QStringLiteral("水泥")};

// A new database with the bureau set up, as on its first start, and its
// administrator's session. Dies when `path` exists: a benchmark never
// writes into somebody's database.
struct NewBureau {
    std::unique_ptr<Database> db;
    Session admin;
};
NewBureau newBureau(const QString &path);

// Salts of mix(): one per trait the generators decide.
enum Trait : quint32 { Place, Kind, Outcome, Draft, Neglect, Correction, Signature, Pick, Life };

// A well-mixed number per slot and trait. The generators decide every trait
// of a record from it instead of drawing in sequence, so a trait can be
// asked again later (is the record that checks this order a draft?)
// without keeping it.
quint32 mix(int slot, Trait trait);

// "2024-03-05T09:00:00.000Z", the form RecordWriter stamps.
QString stampOn(const QDate &day, int hour);
// A foreign key, NULL for 0.
QVariant idOrNull(qint64 id);

// The days records are spread over: `days` days up to `today`.
struct Span {
    QDate today;
    int days = 5 * 365;

    // Day `slot` of `count` records spread evenly over the span.
    QDate dayOfSlot(int slot, int count) const;
};

// A prepared INSERT into one table whose columns are those of the first
// row written: what RecordWriter does, without its "now" stamps, so that
// every row carries the day it was made on.
class RowInserter {
  public:
    RowInserter(const Database &db, const char *table) : m_db(db), m_table(QString::fromLatin1(table)) {}
    // The new row's id; dies on an error.
    qint64 insert(const Fields &fields);

  private:
    void prepare(const Fields &fields);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_query;
};

// The columns every travelling record carries, as RecordWriter fills them.
void addRecordColumns(Fields &fields, const QString &createdAt, const QString &modifiedAt, const QString &by);

struct Colleague {
    qint64 id = 0;
    QString login;
    QString name;
    bool equipmentCertificate = false; // may inspect special equipment
};

// Inspectors of every section; the special-equipment section and the
// enforcement squad also hold special-equipment certificates.
QList<Colleague> addStaff(const Database &db, int count = 40);

// Entity e of the register (id e + 1) as a record copies it.
InspectedUnit unitOf(int e);
// Entities 0..count-1 (ids 1..count); every third also uses special
// equipment (EntityKind::EquipmentUser), every thirtieth of those in a
// crowded place (a key user the plan makes due).
QList<InspectedUnit> addEntities(const Database &db, int count);

// A licence for every second of `entities` (production licences mostly,
// some for metrology instruments, testing bodies or special-equipment
// makers), each valid five years from an issue day within the five years
// before `today`: what makes the year's inspection plan (InspectionPlan).
void addLicences(const Database &db, int entities, const QDate &today);

// `count` units of special equipment (ids 1..count) at the entities that
// use it (every third of `entities`): mostly in use, a few stopped or
// scrapped; the next periodic inspection is due within two years of
// `today`, for one unit in twenty already past it (up to a year overdue).
void addEquipment(const Database &db, int count, int entities, const QDate &today);

// Two different colleagues from `pool`, chosen by `h`.
QList<InspectionInspector> twoOf(const QList<const Colleague *> &pool, quint32 h);

} // namespace casedesk::bench
