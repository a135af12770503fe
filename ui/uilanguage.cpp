#include "uilanguage.h"

#include "translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace casedesk::UiLanguage {

namespace {
const char *const kLanguageKey = "ui/language";

QString codeFor(Choice choice)
{
    switch (choice) {
    case Choice::Chinese:
        return QStringLiteral("zh_CN");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Choice storedChoice()
{
    const QString code = QSettings().value(QLatin1String(kLanguageKey)).toString();
    if (code == QLatin1String("zh_CN"))
        return Choice::Chinese;
    if (code == QLatin1String("en"))
        return Choice::English;
    return Choice::FollowSystem;
}

void storeChoice(Choice choice)
{
    QSettings().setValue(QLatin1String(kLanguageKey), codeFor(choice));
}

QLocale effectiveLocale(Choice choice, const QLocale &system)
{
    switch (choice) {
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case Choice::FollowSystem:
        break;
    }
    // The bureau's users read Chinese; only an English system gets English.
    if (system.language() == QLocale::English)
        return QLocale(QLocale::English, system.territory());
    return QLocale(QLocale::Chinese, QLocale::China);
}

QString translationResource(const QString &localeName)
{
    return Translations::resource(localeName);
}

QLocale install(QCoreApplication &app)
{
    const QLocale locale = effectiveLocale(storedChoice());
    QLocale::setDefault(locale);
    Translations::install(app, locale);
    return locale;
}

} // namespace casedesk::UiLanguage
