#include "databaseopener.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace casedesk {

namespace {
const char *const kLastDatabaseKey = "database/lastPath";
}

QString DatabaseOpener::rememberedPath()
{
    return QSettings().value(QLatin1String(kLastDatabaseKey)).toString();
}

void DatabaseOpener::remember(const QString &path)
{
    QSettings().setValue(QLatin1String(kLastDatabaseKey), QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<Database> DatabaseOpener::openAtStartup(const QString &path)
{
    QString candidate = path;
    bool chosenHere = false;
    for (;;) {
        auto opened = Database::open(candidate);
        if (opened) {
            if (chosenHere)
                remember(candidate);
            return std::move(opened).value();
        }

        QMessageBox box(QMessageBox::Critical, tr("CaseDesk"), tr("The database could not be opened."));
        box.setInformativeText(opened.error().message);
        QPushButton *choose = box.addButton(tr("&Choose Another File…"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.exec();
        if (box.clickedButton() != choose)
            return nullptr;

        const QString picked = chooseFile(nullptr, candidate);
        if (!picked.isEmpty()) {
            candidate = picked;
            chosenHere = true;
        }
    }
}

QString DatabaseOpener::chooseFile(QWidget *parent, const QString &current)
{
    QFileDialog dialog(parent, tr("Open Database"), QFileInfo(current).absolutePath());
    // AnyFile: typing a new name creates a fresh database there.
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters({tr("CaseDesk databases (*.sqlite *.db)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setLabelText(QFileDialog::Accept, tr("&Open"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace casedesk
