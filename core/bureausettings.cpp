#include "bureausettings.h"

#include "transactionguard.h"

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
} // namespace

BureauSettings BureauSettings::load(const Database &db)
{
    return {setting(db, "bureau_name"), setting(db, "abbreviation"), setting(db, "site")};
}

Status BureauSettings::save(Database &db, const BureauSettings &s)
{
    const QString name = s.bureauName.trimmed();
    const QString abbrev = s.abbreviation.trimmed();
    const QString site = s.site.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return refusal(Text::tr("Bureau name: give the bureau's name (1 to 100 characters)."));
    if (abbrev.isEmpty() || abbrev.size() > 12)
        return refusal(Text::tr("Abbreviation: give the case-number abbreviation, e.g. 永质监 (1 to 12 characters)."));
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9-]{1,16}$"));
    if (!siteCode.match(site).hasMatch())
        return refusal(Text::tr("Workstation code: use 1 to 16 letters, digits or '-' (got \"%1\").").arg(site));

    TransactionGuard tx(db.sql());
    for (const auto &[key, value] : {std::pair{"bureau_name", name}, {"abbreviation", abbrev}, {"site", site}}) {
        auto r = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QString::fromLatin1(key), value});
        if (!r)
            return r.error();
    }
    if (!tx.commit())
        return failure(Text::tr("Cannot save the bureau settings."));
    return success();
}

Status BureauSettings::initialise(Database &db, const BureauSettings &wanted)
{
    const BureauSettings current = load(db);
    if (current.initialised() &&
        (current.bureauName != wanted.bureauName.trimmed() || current.abbreviation != wanted.abbreviation.trimmed() ||
         current.site != wanted.site.trimmed()))
        return refusal(Text::tr("%1 is already set up for %2 (%3, workstation %4); it was not changed.")
                           .arg(db.path(), current.bureauName, current.abbreviation, current.site));
    return save(db, wanted);
}

} // namespace casedesk
