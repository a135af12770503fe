#pragma once
// Checklist: the points an inspector checks, taken from the supervision
// system of the inspection's domain in the responsibility list (事中事后监管
// 制度 → 监督检查内容). A published point that asks several questions in
// one sentence (clauses split by '；', each with its own 是否) becomes one
// check point per question, labelled 2.1, 2.2 …, so each gets its own
// result. A system that publishes no content points gives a checklist of
// its one content paragraph.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "inspections/inspection.h"
#include "result.h"

#include <QList>

namespace casedesk {

struct SystemChoice {
    qint64 systemId = 0;
    qint64 editionId = 0;
    QString editionLabel;
    QString number; // 一, 二 …
    QString title;
    QString domain;
};

namespace Checklist {
// The check points of one published system (pure).
QList<CheckPoint> forSystem(const SupervisionSystem &system);
// The same read from the database by the system's id.
Result<QList<CheckPoint>> forSystem(const Database &db, qint64 systemId);
// The systems of the edition in force (the newest live edition), in
// published order; with a domain, only that domain's.
QList<SystemChoice> systems(const Database &db, const QString &domain = {});
// The system an inspection of `domain` uses by default: the first of the
// edition in force in that domain (0 when none).
qint64 defaultSystem(const Database &db, const QString &domain);
} // namespace Checklist

} // namespace casedesk
