#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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

bool load(QCoreApplication &app, const QString &file, const QString &directory = {})
{
    auto *translator = new QTranslator(&app);
    if (translator->load(file, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
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

void storeChoice(Choice choice) { QSettings().setValue(QLatin1String(kLanguageKey), codeFor(choice)); }

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
    return QStringLiteral(":/i18n/casedesk_%1.qm").arg(localeName);
}

QLocale install(QCoreApplication &app)
{
    const QLocale locale = effectiveLocale(storedChoice());
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::Chinese) {
        load(app, translationResource(QStringLiteral("zh_CN")));
        load(app, QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    } else {
        // The source strings are English; this file only adds plural forms.
        load(app, translationResource(QStringLiteral("en")));
    }
    return locale;
}

} // namespace casedesk::UiLanguage
