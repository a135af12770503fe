#pragma once
// What the command-line suites of inspections and sampling share: a bureau
// with the inspection staff (inspectionsupport.h) driven through the real
// casedesk-cli as each person, a small register built through the core, and
// the refusal check (exit 2, one line naming the field, nothing changed).

#include "clirunner.h"
#include "inspectionsupport.h"
#include "register/entity.h"
#include "register/licence.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace casedesk::test {

QStringList args(std::initializer_list<const char *> words);
QString iso(const QDate &d);
QString text(const QJsonObject &o, const char *key);
QJsonArray array(const QJsonObject &o, const char *key);

struct InspectionDesk {
    TempDatabase t;
    InspectionStaff staff = setUpInspectionStaff(t.db(), QStringLiteral("YQ-01"));
    const QDate today = QDate::currentDate();
    int next = 1;

    CliRun as(const Session &who, const QStringList &a);
    // Runs with --json, REQUIREs exit 0 and returns the document.
    QJsonObject json(const Session &who, const QStringList &a);
    // Exit 2 with one line on stderr containing `field`, and nothing changed.
    void refused(const Session &who, const QStringList &a, const QString &field);

    // An entity stored by the clerk (sampleEntity, changed by `edit`).
    Entity entity(const QString &name, const std::function<void(Entity &)> &edit = {});
    // A valid licence of the kind, issued 2020, expiring 2030.
    void licence(qint64 entityId, LicenceKind kind);
    // An elevator in use.
    void equipment(qint64 entityId);
    // The 永清县 responsibility list imported through `duties import`.
    void importYongqing();
};

} // namespace casedesk::test
