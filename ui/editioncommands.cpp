#include "editioncommands.h"

#include "database.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"
#include "historydialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace casedesk {

QString EditionCommands::editionName(const EditionRow &edition)
{
    return edition.department.isEmpty() || edition.label.contains(edition.department)
               ? edition.label
               : tr("%1 (%2)", "department (edition label)").arg(edition.department, edition.label);
}

bool EditionCommands::confirmAndRemove(QWidget *parent, Database &db, const Session &session, const EditionRow &edition)
{
    QMessageBox box(QMessageBox::Warning, tr("Remove Edition"),
                    tr("Remove the edition “%1”?").arg(editionName(edition)), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("It disappears from the list. The database keeps it as removed, and the audit trail "
                              "records who removed it and when."));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    // A removal is never what Enter should do by accident.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return false;

    const Status removed = ResponsibilityListRepository(db).remove(session, edition.id);
    if (!removed) {
        QMessageBox::critical(
            parent, tr("Remove Edition"),
            tr("The edition “%1” was not removed.\n\n%2").arg(editionName(edition), removed.error().message));
        return false;
    }
    return true;
}

void EditionCommands::showHistory(QWidget *parent, Database &db, const Session &session, const EditionRow &edition)
{
    HistoryDialog dialog(db, session, edition.uuid, editionName(edition), parent);
    dialog.exec();
}

} // namespace casedesk
