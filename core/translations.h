#pragma once
// Translations: installs CaseDesk's compiled translation (embedded in the
// core as :/i18n/casedesk_<locale>.qm) and Qt's own for a locale, so the GUI
// and the CLI speak the same words.

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace casedesk::Translations {

// The resource path of the compiled translation for a locale name (zh_CN, en).
QString resource(const QString &localeName);
// Chinese gets the Chinese translation and Qt's qtbase_zh_CN; anything else
// stays with the English source strings (plus their plural forms).
void install(QCoreApplication &app, const QLocale &locale);
// The Chinese of a source string whatever language is installed: files the
// clerks hand in are written in Chinese even when CaseDesk speaks English.
QString chinese(const char *context, const char *source);
// Whether the installed translation is the Chinese one.
bool speaksChinese();

// While it lives, tr() answers in Chinese whatever language is installed:
// the quarterly summary a clerk hands in is computed and written under one,
// so its titles, headers and notes are Chinese even from an English desktop
// or a script in the C locale. Installing a translator sends LanguageChange
// to the application; do not keep one longer than the work it covers.
class ChineseScope {
  public:
    ChineseScope();
    ~ChineseScope();
    ChineseScope(const ChineseScope &) = delete;
    ChineseScope &operator=(const ChineseScope &) = delete;

  private:
    QTranslator *m_translator = nullptr; // installed by this scope, or none
};

} // namespace casedesk::Translations
