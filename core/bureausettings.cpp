#include "bureausettings.h"

#include "audit/auditedtransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BureauSettings)
};

QString setting(const Database &db, const char *key)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QString::fromLatin1(key)});
    return q && q->next() ? q->value(0).toString() : QString();
}

BureauSettings tidied(BureauSettings s)
{
    s.bureauName = s.bureauName.trimmed();
    s.abbreviation = s.abbreviation.trimmed();
    s.site = s.site.trimmed();
    return s;
}
} // namespace

Status BureauSettings::validate() const
{
    if (bureauName.isEmpty() || bureauName.size() > 100)
        return refusal(Text::tr("Bureau name: give the bureau's name (1 to 100 characters)."));
    if (abbreviation.isEmpty() || abbreviation.size() > 12)
        return refusal(Text::tr("Abbreviation: give the case-number abbreviation, e.g. 永质监 (1 to 12 characters)."));
    if (auto s = validateSite(site); !s)
        return s;
    if (idleLockMinutes < 1 || idleLockMinutes > kLongestIdleLockMinutes)
        return refusal(
            Text::tr("Idle lock: give 1 to %1 minutes (got %2).").arg(kLongestIdleLockMinutes).arg(idleLockMinutes));
    return success();
}

Status BureauSettings::validateSite(const QString &site)
{
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9-]{1,16}$"));
    if (!siteCode.match(site).hasMatch())
        return refusal(Text::tr("Workstation code: use 1 to 16 letters, digits or '-' (got \"%1\").").arg(site));
    return success();
}

Status BureauSettings::prepareToJoin(const Database &db, const QString &site)
{
    if (auto s = validateSite(site.trimmed()); !s)
        return s;
    const BureauSettings current = load(db);
    if (current.initialised() || (!current.site.isEmpty() && current.site != site.trimmed()))
        return refusal(Text::tr("%1 is already the workstation %2 of %3; it cannot join again.")
                           .arg(db.path(), current.site, current.bureauName));
    auto r = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('site', ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {site.trimmed()});
    if (!r)
        return r.error();
    return success();
}

Status BureauSettings::adoptFromBureau(const Database &db, const QString &bureauName, const QString &abbreviation,
                                       const QString &bureauUuid)
{
    const std::pair<const char *, QString> values[] = {
        {"bureau_name", bureauName}, {"abbreviation", abbreviation}, {"bureau_uuid", bureauUuid}};
    for (const auto &[key, value] : values) {
        auto r = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QString::fromLatin1(key), value});
        if (!r)
            return r.error();
    }
    return success();
}

QJsonObject BureauSettings::toAuditJson() const
{
    return {{QStringLiteral("bureauName"), bureauName},
            {QStringLiteral("abbreviation"), abbreviation},
            {QStringLiteral("site"), site},
            {QStringLiteral("idleLockMinutes"), idleLockMinutes}};
}

BureauSettings BureauSettings::load(const Database &db)
{
    BureauSettings s;
    s.bureauName = setting(db, "bureau_name");
    s.abbreviation = setting(db, "abbreviation");
    s.site = setting(db, "site");
    s.uuid = setting(db, "bureau_uuid");
    bool ok = false;
    const int minutes = setting(db, "idle_lock_minutes").toInt(&ok);
    s.idleLockMinutes = ok ? minutes : kDefaultIdleLockMinutes;
    return s;
}

Status BureauSettings::store(AuditedTransaction &tx, const BureauSettings &before, const BureauSettings &wanted,
                             const QString &action)
{
    const BureauSettings after = tidied(wanted);
    if (auto valid = after.validate(); !valid)
        return valid;
    const QString uuid = before.uuid.isEmpty() ? newRecordUuid() : before.uuid;
    const Database &db = tx.writer().database();
    const std::pair<const char *, QString> values[] = {{"bureau_name", after.bureauName},
                                                       {"abbreviation", after.abbreviation},
                                                       {"site", after.site},
                                                       {"idle_lock_minutes", QString::number(after.idleLockMinutes)},
                                                       {"bureau_uuid", uuid}};
    for (const auto &[key, value] : values) {
        auto r = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QString::fromLatin1(key), value});
        if (!r)
            return r.error();
    }
    return tx.record({action, QStringLiteral("setting"), uuid, after.bureauName,
                      before.initialised() ? before.toAuditJson() : QJsonObject(), after.toAuditJson()});
}

Status BureauSettings::update(Database &db, const Session &session, const BureauSettings &wanted)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::EditBureauSettings); !s)
        return s;
    const BureauSettings before = load(db);
    if (!before.initialised())
        return refusal(Text::tr("%1 is not set up yet; run the set-up first.").arg(db.path()));
    const BureauSettings after = tidied(wanted);
    if (after.site != before.site)
        return refusal(Text::tr("Workstation code: it is fixed at set-up (%1) because records and the audit trail "
                                "carry it; it cannot become %2.")
                           .arg(before.site, after.site));
    if (after.toAuditJson() == before.toAuditJson())
        return success(); // nothing changed, nothing to record
    if (auto s = store(tx, before, after, QStringLiteral("settings.edit")); !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
