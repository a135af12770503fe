#pragma once
// UiLanguage: which language the interface speaks and loading its
// translations. Chinese unless the user chose English or the system runs in
// English. The choice is stored in QSettings and applied at start-up.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace casedesk::UiLanguage {

enum class Choice { FollowSystem, Chinese, English };

Choice storedChoice();
void storeChoice(Choice choice);

// The locale the interface uses for a choice on a system with this locale.
QLocale effectiveLocale(Choice choice, const QLocale &system = QLocale::system());

// Installs CaseDesk's translation and Qt's own (so Qt's dialogs and buttons
// match) for the stored choice, sets the default locale, and returns it.
QLocale install(QCoreApplication &app);

// The resource path of CaseDesk's compiled translation for a locale name
// (zh_CN, en).
QString translationResource(const QString &localeName);

} // namespace casedesk::UiLanguage
