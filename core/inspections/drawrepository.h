#pragma once
// DrawRepository: makes and keeps the random draws (RandomDraw) and the
// declared conflicts of interest they respect. A draw builds its two pools
// from the database on the day (the entity pool from a DrawPoolFilter, the
// inspector pool from the staff who may inspect in the domain), runs, and
// stores everything needed to re-run it: seed, pools, recusals, result and
// hashes. verify() re-runs a stored draw and compares.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspection.h"
#include "inspections/randomdraw.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

// The pool a draw takes units from. Text form (command line and record):
// "kind=equipment-user,producer;township=城关镇;risk=crowded-place;search=电梯;due=1"
// — keys separated by ';', values by ','; kinds and risks by the register's
// codes or names; due=1 keeps units the year's plan still shows as due in
// the draw's domain. Every key optional; "" is every live entity.
struct DrawPoolFilter {
    int kinds = 0;
    int risks = 0;
    QString township;
    QString search;
    bool dueOnly = false;

    static Result<DrawPoolFilter> parse(const QString &text); // refusal names the key or value
    QString toText() const;
    bool operator==(const DrawPoolFilter &) const = default;
};

struct DrawRequest {
    DrawPoolFilter pool;
    QString domain; // SupervisionDomain code: decides the certificates and the plan for due=1
    int count = 0;
    int perUnit = RandomDraw::kMinimumPerUnit;
    QString seed;  // empty: RandomDraw::newSeed()
    QDate drawnOn; // the day certificates must be valid on
    QString section;
    QString purpose; // 2026年第一季度双随机抽查 …
};

struct DrawPick {
    qint64 entityId = 0;
    QString entityCode;
    QString entityName;
    QList<InspectionInspector> inspectors;
    qint64 inspectionId = 0; // the inspection that carried it out, once recorded
};

struct InspectionDraw {
    qint64 id = 0;
    QString uuid;
    QString drawNumber; // <site>-<year>-D<NNN>
    DrawRequest request;
    QStringList entityPool;
    QStringList inspectorPool;
    QList<QPair<QString, QString>> recusals; // (login, entity code) that applied
    QString entityPoolHash;
    QString inspectorPoolHash;
    QString resultHash;
    QList<DrawPick> picks;
    QString drawnBy; // login
    QString drawnAt;
};

struct DrawVerification {
    bool poolsMatch = false;    // the stored pools still give the stored hashes
    bool resultMatches = false; // re-running gives the stored picks
    QString message;            // translated summary
};

struct Recusal {
    qint64 id = 0;
    qint64 staffId = 0;
    QString login;
    QString staffName;
    qint64 entityId = 0;
    QString entityCode;
    QString entityName;
    QString reason;
    QDate declaredOn;
};

class DrawRepository {
  public:
    explicit DrawRepository(Database &db) : m_db(db) {}

    // Needs PlanInspections. Refused when the pool is smaller than count,
    // perUnit < 2, or a drawn unit has too few eligible inspectors.
    Result<InspectionDraw> draw(const Session &session, DrawRequest request, const QDate &today);
    Result<InspectionDraw> find(qint64 id) const;
    Result<InspectionDraw> findByNumber(const QString &text) const; // id or draw number
    QList<InspectionDraw> list(int year) const;                     // without pools, newest first
    Result<DrawVerification> verify(qint64 id) const;

    // Conflicts of interest: the inspector or a section chief declares them;
    // needs EditInspection for one's own, PlanInspections for anyone's.
    Result<Recusal> declareRecusal(const Session &session, qint64 staffId, qint64 entityId, const QString &reason,
                                   const QDate &on);
    Status withdrawRecusal(const Session &session, qint64 recusalId);
    QList<Recusal> recusals(qint64 staffId = 0, qint64 entityId = 0) const;

  private:
    Database &m_db;
};

} // namespace casedesk
