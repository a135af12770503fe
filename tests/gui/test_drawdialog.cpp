// The random draw from the plan page: the real dialog with a fixed seed
// draws what DrawRepository draws with that seed, shows the pools' sizes
// and hashes, locks itself, and saves its record as a PDF naming the seed
// and the hashes; the draws list verifies a stored draw; and the recusal
// dialog declares, refuses and withdraws conflicts of interest.
#include "dutylist/supervisiondomain.h"
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "inspections/drawrepository.h"
#include "plan/drawdialog.h"
#include "plan/drawspanel.h"
#include "plan/entitysearchpicker.h"
#include "plan/planpage.h"
#include "plan/recusaldialog.h"
#include "recordtable.h"
#include "supervisionwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSeed = QStringLiteral("5eed00c0ffee1234");

void fill(DrawDialog &dialog, const QDate &today)
{
    dialog.domainField()->setCurrentIndex(
        dialog.domainField()->findData(QString::fromLatin1(SupervisionDomain::ProductionLicence)));
    dialog.searchField()->setText(QStringLiteral("永清"));
    dialog.countField()->setValue(3);
    dialog.perUnitField()->setValue(2);
    dialog.dateField()->setDate(today);
    dialog.seedField()->setText(kSeed);
    dialog.purposeField()->setText(QStringLiteral("第二季度双随机抽查"));
    dialog.sectionField()->setCurrentText(QStringLiteral("质量监督股"));
}

QStringList drawn(const QList<DrawPick> &picks)
{
    QStringList out;
    for (const DrawPick &p : picks) {
        QStringList logins;
        for (const InspectionInspector &i : p.inspectors)
            logins << i.login;
        out << p.entityCode + QLatin1Char(':') + logins.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

TEST_CASE("a draw through the dialog with a fixed seed is the draw the repository makes", "[gui][plan]")
{
    SupervisionWindow w(6);
    w.open(w.staff.chief, MainWindow::Page::Plan);
    Database &db = w.window->database();

    DrawDialog dialog(db, w.window->session(), w.today, {}, w.window.get());
    dialog.show();
    // A fresh seed is offered, 16 hex digits.
    CHECK(dialog.seedField()->text().size() == 16);
    CHECK(dialog.perUnitField()->minimum() == 2);
    fill(dialog, w.today);
    const DrawRequest asked = dialog.request();
    CHECK(asked.seed == kSeed);
    CHECK(asked.pool.search == QStringLiteral("永清"));
    CHECK(asked.domain == QLatin1String(SupervisionDomain::ProductionLicence));

    dialog.drawButton()->click();
    const InspectionDraw &made = dialog.draw();
    REQUIRE(made.id != 0);
    REQUIRE(made.picks.size() == 3);
    // The result table shows the units and two inspectors each.
    RecordTable *result = dialog.resultTable();
    REQUIRE(result->rowCount() == 3);
    for (int row = 0; row < 3; ++row) {
        CHECK(result->item(row, DrawDialog::CodeColumn)->text() == made.picks.at(row).entityCode);
        CHECK(result->item(row, DrawDialog::InspectorsColumn)->text().count(QStringLiteral("、")) == 1);
    }
    CHECK(dialog.poolsLabel()->text().contains(made.entityPoolHash));
    CHECK(dialog.poolsLabel()->text().contains(made.inspectorPoolHash));
    CHECK(dialog.poolsLabel()->text().contains(kSeed));
    // Locked: nobody draws again until the result pleases.
    CHECK_FALSE(dialog.drawButton()->isEnabled());
    CHECK_FALSE(dialog.seedField()->isEnabled());
    CHECK(dialog.printButton()->isEnabled());

    // The repository with the same request and seed draws the same.
    const auto again = DrawRepository(db).draw(w.staff.chief, asked, w.today);
    REQUIRE(again);
    CHECK(again->entityPoolHash == made.entityPoolHash);
    CHECK(again->inspectorPoolHash == made.inspectorPoolHash);
    CHECK(drawn(again->picks) == drawn(made.picks));
    CHECK(again->resultHash == made.resultHash);

    SECTION("the record saves as a PDF naming the seed and the hashes")
    {
        const QString path = w.temp.dir() + QStringLiteral("/draw.pdf");
        const int seen = answerModals([&] { dialog.savePdfButton()->click(); }, {[&](QWidget *modal) {
                                          auto *files = qobject_cast<QFileDialog *>(modal);
                                          REQUIRE(files);
                                          auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                          REQUIRE(name);
                                          CHECK(name->text().contains(made.drawNumber));
                                          name->setText(path);
                                          static_cast<QDialog *>(files)->accept();
                                      }});
        CHECK(seen == 1);
        REQUIRE(QFileInfo::exists(path));
        const QString text = pdfText(path).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        CHECK(text.contains(kSeed));
        CHECK(text.contains(made.entityPoolHash));
        CHECK(text.contains(made.inspectorPoolHash));
        CHECK(text.contains(made.drawNumber));
    }
    SECTION("the draws list shows it and verifies it consistent")
    {
        dialog.close();
        DrawsPanel *draws = w.window->planPage()->drawsPanel();
        draws->refresh();
        REQUIRE(draws->table()->rowCount() == 2);
        draws->table()->selectRow(draws->table()->rowOfId(made.id));
        CHECK(draws->table()->item(draws->table()->rowOfId(made.id), DrawsPanel::NumberColumn)->text() ==
              made.drawNumber);
        QString verdict;
        CHECK(answerModal([&] { verdict = draws->verifySelected(); }).contains(QStringLiteral("Consistent")));
        CHECK(verdict.startsWith(QStringLiteral("Consistent")));
    }
}

TEST_CASE("a draw the pool cannot satisfy is refused in the dialog", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.chief, MainWindow::Page::Plan);
    DrawDialog dialog(w.window->database(), w.window->session(), w.today, {}, w.window.get());
    dialog.show();
    fill(dialog, w.today);
    dialog.countField()->setValue(50);
    dialog.drawButton()->click();
    CHECK(dialog.draw().id == 0);
    CHECK(dialog.message()->isVisible());
    CHECK_FALSE(dialog.message()->text().isEmpty());
    // Nothing drawn, the form still open to change.
    CHECK(dialog.drawButton()->isEnabled());
    CHECK(DrawRepository(w.window->database()).list(w.today.year()).isEmpty());
}

TEST_CASE("conflicts of interest are declared, refused when not one's own, and withdrawn", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.inspectorB, MainWindow::Page::Plan);
    Database &db = w.window->database();
    {
        // An inspector declares their own.
        RecusalDialog dialog(db, w.window->session(), w.today, w.window.get());
        dialog.show();
        CHECK(dialog.inspectorField()->currentData().toLongLong() == w.staff.inspectorB.staffId());
        CHECK_FALSE(dialog.declareButton()->isEnabled());
        dialog.unitPicker()->search(QStringLiteral("一厂"));
        REQUIRE(dialog.unitPicker()->results()->count() == 1);
        dialog.unitPicker()->pick(0);
        typeText(dialog.reasonField(), QStringLiteral("近亲属在该单位任职"));
        REQUIRE(dialog.declareButton()->isEnabled());
        dialog.declareButton()->click();
        REQUIRE(dialog.table()->rowCount() == 1);
        CHECK(dialog.table()->item(0, RecusalDialog::UnitColumn)->text() == QStringLiteral("永清塑料制品一厂"));

        // Not somebody else's: the core's refusal shows in the dialog.
        dialog.inspectorField()->setCurrentIndex(dialog.inspectorField()->findData(w.staff.inspectorA.staffId()));
        dialog.unitPicker()->search(QStringLiteral("二厂"));
        dialog.unitPicker()->pick(0);
        typeText(dialog.reasonField(), QStringLiteral("曾在该单位任职"));
        dialog.declareButton()->click();
        CHECK(dialog.message()->isVisible());
        CHECK_FALSE(dialog.message()->text().isEmpty());
        CHECK(dialog.table()->rowCount() == 1);
    }
    const QList<Recusal> declared = DrawRepository(db).recusals();
    REQUIRE(declared.size() == 1);
    CHECK(declared.first().staffId == w.staff.inspectorB.staffId());
    CHECK(declared.first().entityId == w.unit(1).id);

    // A section chief withdraws it.
    RecusalDialog chiefs(db, w.staff.chief, w.today, w.window.get());
    chiefs.show();
    chiefs.table()->selectRow(0);
    REQUIRE(chiefs.withdrawButton()->isEnabled());
    CHECK(chiefs.withdrawSelected());
    CHECK(chiefs.table()->rowCount() == 0);
    CHECK(DrawRepository(db).recusals().isEmpty());
}
