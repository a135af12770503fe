#include "caseformdriver.h"

#include "cases/caseleaddialog.h"
#include "cases/caserepository.h"
#include "cases/transitiondialog.h"
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace casedesk::test {

QPushButton *okButtonOf(QWidget *dialog)
{
    return childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

QString problemLine(QWidget *dialog, const char *key)
{
    auto *line = childNamed<QLabel>(dialog, (QByteArray("problem-") + key).constData());
    // Shown, whether or not its tab is the current one.
    return line->isHidden() ? QString() : line->text();
}

void clickRow(QListWidget *list, int row)
{
    REQUIRE(row < list->count());
    list->scrollToItem(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(row)).center());
}

namespace {
// Ticks a check box of a list row as a click on it would.
void tick(QListWidgetItem *row)
{
    row->setCheckState(Qt::Checked);
}
} // namespace

void typeLead(CaseLeadDialog &dialog, const LeadTyping &typing)
{
    auto *tabs = childNamed<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentIndex(0);
    auto *source = childNamed<QComboBox>(&dialog, "source");
    source->setCurrentIndex(source->findData(int(CaseSource::Complaint)));
    typeText(childNamed<QLineEdit>(&dialog, "sourceDetail"), typing.sourceDetail);
    typeText(childNamed<QLineEdit>(&dialog, "title"), typing.title);

    auto *partySearch = childNamed<SearchField>(&dialog, "partySearch");
    typeText(partySearch, typing.partySearch);
    partySearch->flush();
    auto *results = childNamed<QListWidget>(&dialog, "partyResults");
    REQUIRE(results->count() > 0);
    clickRow(results, 0);

    typeText(childNamed<QPlainTextEdit>(&dialog, "facts"), typing.facts);

    tabs->setCurrentIndex(1);
    auto *section = childNamed<QComboBox>(&dialog, "section");
    section->lineEdit()->clear();
    typeText(section->lineEdit(), typing.section);
    auto *handlers = childNamed<QListWidget>(&dialog, "handlers");
    for (int i = 0; i < handlers->count(); ++i)
        if (typing.handlers.contains(handlers->item(i)->data(Qt::UserRole).toLongLong()))
            tick(handlers->item(i));

    if (!typing.itemSearch.isEmpty()) {
        auto *itemSearch = childNamed<SearchField>(&dialog, "itemSearch");
        typeText(itemSearch, typing.itemSearch);
        itemSearch->flush();
        auto *found = childNamed<QListWidget>(&dialog, "itemResults");
        REQUIRE(found->count() > 0);
        tick(found->item(0));

        tabs->setCurrentIndex(2);
        const int seen = answerModals([&] { childNamed<QPushButton>(&dialog, "provisionsFromItems")->click(); },
                                      {[](QWidget *modal) {
                                          auto *choices = childNamed<QListWidget>(modal, "choices");
                                          for (int i = 0; i < choices->count(); ++i)
                                              tick(choices->item(i));
                                          okButtonOf(modal)->click();
                                      }});
        CHECK(seen == 1);
    }
    tabs->setCurrentIndex(0);
}

QList<CaseStage> offeredInDialog(Database &db, const Session &who, qint64 caseId)
{
    const Result<EnforcementCase> c = CaseRepository(db).find(caseId);
    REQUIRE(c);
    TransitionDialog dialog(db, who, c.value());
    return dialog.offeredStages();
}

EnforcementCase advanceInDialog(Database &db, const Session &who, qint64 caseId, CaseStage to,
                                const std::function<void(TransitionDialog &)> &fill)
{
    const Result<EnforcementCase> c = CaseRepository(db).find(caseId);
    REQUIRE(c);
    TransitionDialog dialog(db, who, c.value());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    INFO(who.login().toStdString() << " is offered " << stageCodes(dialog.offeredStages()).toStdString());
    REQUIRE(dialog.choose(to));
    if (fill)
        fill(dialog);
    auto *message = dialog.findChild<InlineMessage *>();
    INFO("the dialog says: " << (message ? message->text().toStdString() : std::string()));
    REQUIRE(okButtonOf(&dialog)->isEnabled());
    okButtonOf(&dialog)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().stage == to);
    return dialog.saved();
}

QString stageCodes(const QList<CaseStage> &stages)
{
    QStringList codes;
    for (CaseStage s : stages)
        codes << caseStages().code(s);
    return codes.join(QStringLiteral(", "));
}

} // namespace casedesk::test
