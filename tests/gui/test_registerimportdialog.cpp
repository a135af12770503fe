// The register's import dialog driven as a clerk would: open a spreadsheet
// saved as CSV, see the table and the columns recognised, check (a dry run
// that lists the bad row with its line), put the mapping and the file right,
// import; and a cancelled import that stores nothing.
#include "guitestsupport.h"
#include "register/entityregister.h"
#include "register/registrationcode.h"
#include "registerimportdialog.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

template <class T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        FAIL("no child " << name);
    return found;
}

QComboBox *fieldCombo(QWidget *dialog, int column)
{
    return child<QComboBox>(dialog, QStringLiteral("field-%1").arg(column).toLatin1().constData());
}

QString withWrongCheckCharacter(const QString &code)
{
    const QChar last = code.back();
    return code.left(code.size() - 1) + (last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

QByteArray entityCsv(const QString &secondCode)
{
    const QStringList lines = {
        QStringLiteral("单位名称,统一社会信用代码,住所,法定代表人,联系电话,类别,内部编号"),
        QStringLiteral("永清县甲食品厂,%1,永清县永清镇益昌路1号,张三,0316-6610001,生产企业,A-1")
            .arg(testCreditCode(11)),
        QStringLiteral("永清县乙机械厂,%1,永清县韩村镇工业园,李四,0316-6610002,特种设备使用单位,A-2").arg(secondCode),
        QStringLiteral("\"永清县丙电梯有限公司\",%1,\"永清县别古庄镇,北街3号\",王五,,特种设备生产单位,A-3")
            .arg(testCreditCode(13)),
    };
    // UTF-8 with the BOM Excel writes.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

// The rows of the dry run's report: line, kind, column, reason.
QList<QStringList> reportRows(QWidget *dialog)
{
    auto *report = child<QTableWidget>(dialog, "report");
    QList<QStringList> rows;
    for (int r = 0; r < report->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < report->columnCount(); ++c)
            cells << (report->item(r, c) ? report->item(r, c)->text() : QString());
        rows << cells;
    }
    return rows;
}

} // namespace

TEST_CASE("Import dialog: recognised columns, a dry run naming the bad line, then the import",
          "[gui][register][import]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const QString path = t.dir() + QStringLiteral("/企业名录.csv");
    const QString badCode = withWrongCheckCharacter(testCreditCode(12));
    writeFile(path, entityCsv(badCode));

    RegisterImportDialog dialog(db, admin);
    QSignalSpy imported(&dialog, &RegisterImportDialog::imported);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *importButton = child<QPushButton>(&dialog, "import");
    auto *checkButton = child<QPushButton>(&dialog, "check");

    REQUIRE(dialog.openFile(path));
    CHECK(child<QLabel>(&dialog, "fileInfo")->text().contains(QStringLiteral("UTF-8")));
    CHECK(dialog.table() == RegisterTable::Entities);
    CHECK(child<QComboBox>(&dialog, "table")->currentText() == registerTableName(RegisterTable::Entities));
    CHECK(dialog.mapping() == QStringList{"name", "code", "address", "legalRepresentative", "phone", "kinds", ""});
    CHECK(fieldCombo(&dialog, 6)->currentIndex() == 0); // 内部编号: ignored
    CHECK(child<QTableWidget>(&dialog, "mapping")->item(0, 2)->text() == QStringLiteral("永清县甲食品厂"));
    CHECK_FALSE(importButton->isEnabled());

    SECTION("the bad row is listed with its line; nothing is written")
    {
        checkButton->click();
        CHECK_FALSE(importButton->isEnabled());
        const auto rows = reportRows(&dialog);
        REQUIRE(rows.size() >= 1);
        CHECK(rows.first().at(0) == QStringLiteral("3"));
        CHECK(rows.first().at(1) == QStringLiteral("Problem"));
        CHECK(rows.first().at(3).contains(RegistrationCodes::check(badCode).error().message));
        CHECK(child<QLabel>(&dialog, "summary")->text().contains(QStringLiteral("1 problem")));
        CHECK(countRows(db, QStringLiteral("entity")) == 0);
    }

    SECTION("a mapping without a required field is refused before the rows are read")
    {
        fieldCombo(&dialog, 1)->setCurrentIndex(0); // the code column ignored
        auto *message = child<QLabel>(&dialog, "message");
        CHECK(message->isVisibleTo(&dialog));
        CHECK(message->text().contains(QStringLiteral("统一社会信用代码")));
        CHECK_FALSE(dialog.check());
        CHECK_FALSE(importButton->isEnabled());
        // Mapped again, the message goes.
        fieldCombo(&dialog, 1)->setCurrentIndex(fieldCombo(&dialog, 1)->findData(QStringLiteral("code")));
        CHECK_FALSE(message->isVisibleTo(&dialog));
    }

    SECTION("put right, the file imports")
    {
        writeFile(path, entityCsv(testCreditCode(12)));
        REQUIRE(dialog.check());
        CHECK(reportRows(&dialog).isEmpty());
        CHECK(child<QLabel>(&dialog, "summary")->text().contains(QStringLiteral("3 record")));
        REQUIRE(importButton->isEnabled());

        // Changing the mapping after the check makes the check stale.
        fieldCombo(&dialog, 6)->setCurrentIndex(fieldCombo(&dialog, 6)->findData(QStringLiteral("notes")));
        CHECK_FALSE(importButton->isEnabled());
        REQUIRE(dialog.check());

        importButton->click();
        CHECK(countRows(db, QStringLiteral("entity")) == 3);
        CHECK(dialog.importedCount() == 3);
        REQUIRE(imported.count() == 1);
        CHECK(imported.first().at(0).toInt() == 3);
        // (English plurals come from the translation file, which the tests do not load.)
        CHECK(child<QLabel>(&dialog, "message")->text().startsWith(QStringLiteral("Imported 3 record")));
        CHECK_FALSE(importButton->isEnabled());
        const auto stored = EntityRegister(db).findByCode(testCreditCode(13));
        REQUIRE(stored);
        CHECK(stored->address == QStringLiteral("永清县别古庄镇,北街3号"));
        CHECK(stored->notes == QStringLiteral("A-3"));
    }
}

TEST_CASE("Import dialog: the table follows the header row; near duplicates are warnings", "[gui][register][import]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    storeEntity(db, admin, QStringLiteral("永清县华北食品有限公司"), 1);

    const QString licences = t.dir() + QStringLiteral("/licences.csv");
    writeFile(licences,
              QStringLiteral(
                  "持证单位代码,证书类型,证书编号,发证日期,有效期至\r\n%1,生产许可证,XK13-1,2024-01-02,2029-01-01\r\n")
                  .arg(testCreditCode(1))
                  .toUtf8());
    RegisterImportDialog dialog(db, admin);
    REQUIRE(dialog.openFile(licences));
    CHECK(dialog.table() == RegisterTable::Licences);
    CHECK(dialog.mapping().at(0) == QStringLiteral("entity"));
    CHECK(dialog.mapping().at(2) == QStringLiteral("number"));

    const QString entities = t.dir() + QStringLiteral("/entities.csv");
    writeFile(entities, QStringLiteral("单位名称,统一社会信用代码,类别\n华北食品有限责任公司,%1,生产企业\n")
                            .arg(testCreditCode(2))
                            .toUtf8());
    REQUIRE(dialog.openFile(entities));
    CHECK(dialog.table() == RegisterTable::Entities);
    // A near duplicate does not block the import.
    REQUIRE(dialog.check());
    const auto rows = reportRows(&dialog);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().at(0) == QStringLiteral("2"));
    CHECK(rows.first().at(1) == QStringLiteral("Warning"));
    CHECK(rows.first().at(3).contains(QStringLiteral("永清县华北食品有限公司")));

    // A file that cannot be read says why.
    const QString missing = t.dir() + QStringLiteral("/none.csv");
    CHECK_FALSE(dialog.openFile(missing));
    CHECK(child<QLabel>(&dialog, "message")->isVisibleTo(&dialog));
    CHECK_FALSE(child<QPushButton>(&dialog, "check")->isEnabled());
}

TEST_CASE("Import dialog: a cancelled import stores nothing", "[gui][register][import]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const QString path = t.dir() + QStringLiteral("/many.csv");
    QStringList lines{QStringLiteral("单位名称,统一社会信用代码,类别")};
    for (int n = 0; n < 400; ++n)
        lines << QStringLiteral("永清县第%1家工厂,%2,生产企业").arg(n + 1).arg(testCreditCode(100 + n));
    writeFile(path, lines.join(QLatin1Char('\n')).toUtf8());

    RegisterImportDialog dialog(db, admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.openFile(path));
    REQUIRE(dialog.check());
    const QByteArray before = fingerprint(db);

    // Cancel as soon as the progress dialog exists; setValue() processes
    // events, so the importer hears it between rows.
    QTimer cancel;
    cancel.setInterval(0);
    QObject::connect(&cancel, &QTimer::timeout, [&] {
        if (auto *progress = dialog.findChild<QProgressDialog *>())
            progress->cancel();
    });
    cancel.start();
    CHECK_FALSE(dialog.importPlan());
    cancel.stop();
    CHECK(fingerprint(db) == before);
    CHECK(countRows(db, QStringLiteral("entity")) == 0);
    CHECK(child<QLabel>(&dialog, "message")->text().contains(QStringLiteral("cancelled")));
}
