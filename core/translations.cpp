#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace casedesk::Translations {

namespace {
bool chineseInstalled = false;

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

QString resource(const QString &localeName)
{
    return QStringLiteral(":/i18n/casedesk_%1.qm").arg(localeName);
}

void install(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese) {
        chineseInstalled = load(app, resource(QStringLiteral("zh_CN")));
        load(app, QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    } else {
        // The source strings are English; this file only adds plural forms.
        load(app, resource(QStringLiteral("en")));
    }
}

QString chinese(const char *context, const char *source)
{
    static QTranslator *const translator = [] {
        auto *t = new QTranslator; // lives as long as the program
        if (!t->load(resource(QStringLiteral("zh_CN"))))
            qWarning("CaseDesk: the Chinese translation is missing from the build");
        return t;
    }();
    const QString text = translator->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

bool speaksChinese()
{
    return chineseInstalled;
}

ChineseScope::ChineseScope()
{
    if (chineseInstalled || !QCoreApplication::instance())
        return;
    m_translator = new QTranslator;
    if (!m_translator->load(resource(QStringLiteral("zh_CN")))) {
        delete m_translator;
        m_translator = nullptr;
        return;
    }
    QCoreApplication::installTranslator(m_translator);
    chineseInstalled = true;
}

ChineseScope::~ChineseScope()
{
    if (!m_translator)
        return;
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    chineseInstalled = false;
}

} // namespace casedesk::Translations
