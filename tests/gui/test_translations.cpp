// The Chinese translation is complete: no unfinished or empty entry in the
// .ts, every string the code translates (core, ui, app, found by a fresh
// lupdate run) is in it, and the embedded .qm turns the real window Chinese.
#include "database.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList translations; // one, or the numerus forms
    bool numerus = false;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString describe() const { return QStringLiteral("[%1] %2").arg(context, source); }
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

bool isLive(const TsMessage &m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

bool isFinished(const TsMessage &m)
{
    if (m.type == QLatin1String("unfinished") || m.translations.isEmpty())
        return false;
    return std::none_of(m.translations.cbegin(), m.translations.cend(),
                        [](const QString &t) { return t.trimmed().isEmpty(); });
}

QString chineseTs()
{
    return QStringLiteral(CASEDESK_TRANSLATIONS_DIR "/casedesk_zh_CN.ts");
}

// Installs a translator for the lifetime of the object.
class ScopedTranslator {
  public:
    explicit ScopedTranslator(const QString &file)
    {
        m_loaded = m_translator.load(file);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool loaded() const { return m_loaded; }

  private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

TEST_CASE("the Chinese translation has no unfinished or empty entries", "[translations]")
{
    const QList<TsMessage> messages = readTs(chineseTs());
    REQUIRE(messages.size() > 100);
    QStringList missing;
    for (const TsMessage &m : messages)
        if (isLive(m) && !isFinished(m))
            missing << m.describe();
    INFO("Untranslated:\n" << missing.mid(0, 30).join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("every string the code translates is in the Chinese translation", "[translations]")
{
    // A fresh lupdate over the same sources the .ts is made from; anything
    // it finds that the committed .ts lacks would show up in English.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CASEDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(CASEDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> translated;
    for (const TsMessage &m : readTs(chineseTs()))
        if (isLive(m) && isFinished(m))
            translated.insert(m.key());
    QStringList missing;
    for (const TsMessage &m : readTs(fresh))
        if (!translated.contains(m.key()))
            missing << m.describe();
    INFO("In the code but not translated (run lupdate, then translate):\n"
         << missing.mid(0, 30).join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("the embedded Chinese translation turns the window and the core messages Chinese", "[translations]")
{
    ScopedTranslator chinese(UiLanguage::translationResource(QStringLiteral("zh_CN")));
    REQUIRE(chinese.loaded());
    CHECK(QCoreApplication::translate("SupervisionDomain", "Special equipment") == QStringLiteral("特种设备"));
    CHECK(QCoreApplication::translate("ListHtmlRenderer", "Legal basis for accountability") ==
          QStringLiteral("追责依据"));
    // The core's messages are looked up under the context their code passes
    // at run time; a context lupdate records differently would leave them
    // English however complete the .ts is.
    CHECK(QCoreApplication::translate("Database", "Cannot open %1: %2") == QStringLiteral("无法打开 %1：%2"));
    CHECK(QCoreApplication::translate("TextDecoding", "%1: the file is empty.") == QStringLiteral("%1：文件为空。"));
    CHECK(QCoreApplication::translate("Migrations", "Cannot record the schema version: %1") ==
          QStringLiteral("无法记录数据结构版本：%1"));
    CHECK(QCoreApplication::translate("ResponsibilityListImporter", "Done.") == QStringLiteral("完成。"));

    TempDatabase temp;
    auto db = Database::open(temp.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(db).value(), setUpBureau(temp.db()));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("文件(&F)")));
    CHECK(menus.contains(QStringLiteral("帮助(&H)")));
}

TEST_CASE("the interface is Chinese unless English is chosen or the system is English", "[translations]")
{
    using UiLanguage::Choice;
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(UiLanguage::effectiveLocale(Choice::FollowSystem, chinese).language() == QLocale::Chinese);
    CHECK(UiLanguage::effectiveLocale(Choice::FollowSystem, german).language() == QLocale::Chinese);
    CHECK(UiLanguage::effectiveLocale(Choice::FollowSystem, english).language() == QLocale::English);
    CHECK(UiLanguage::effectiveLocale(Choice::Chinese, english).language() == QLocale::Chinese);
    CHECK(UiLanguage::effectiveLocale(Choice::English, chinese).language() == QLocale::English);
    CHECK(QFile::exists(UiLanguage::translationResource(QStringLiteral("en"))));
}
