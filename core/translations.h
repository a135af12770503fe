#pragma once
// Translations: installs CaseDesk's compiled translation (embedded in the
// core as :/i18n/casedesk_<locale>.qm) and Qt's own for a locale, so the GUI
// and the CLI speak the same words.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace casedesk::Translations {

// The resource path of the compiled translation for a locale name (zh_CN, en).
QString resource(const QString &localeName);
// Chinese gets the Chinese translation and Qt's qtbase_zh_CN; anything else
// stays with the English source strings (plus their plural forms).
void install(QCoreApplication &app, const QLocale &locale);
// The Chinese of a source string whatever language is installed: files the
// clerks hand in are written in Chinese even when CaseDesk speaks English.
QString chinese(const char *context, const char *source);

} // namespace casedesk::Translations
