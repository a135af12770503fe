#include "maintenanceprogressdialog.h"

#include <QApplication>
#include <QProgressDialog>
#include <algorithm>

namespace casedesk {

MaintenanceProgressDialog::MaintenanceProgressDialog(QWidget *parent, const QString &title, const QString &label)
    : m_dialog(std::make_unique<QProgressDialog>(label, QProgressDialog::tr("Cancel"), 0, 0, parent))
{
    m_dialog->setObjectName(QStringLiteral("maintenanceProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

MaintenanceProgressDialog::~MaintenanceProgressDialog()
{
    close();
}

MaintenanceProgress MaintenanceProgressDialog::callback()
{
    return [this](qint64 done, qint64 total) {
        // QProgressDialog counts in int: large totals are scaled to a thousand steps.
        const int maximum = total > 0 ? 1000 : 0;
        const int value = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        m_dialog->setMaximum(maximum);
        m_dialog->setValue(value);
        // A shown window-modal dialog lets the window repaint in setValue;
        // before it shows (the first half second) the window should too,
        // without taking clicks that would start something else meanwhile.
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !m_dialog->wasCanceled();
    };
}

bool MaintenanceProgressDialog::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

void MaintenanceProgressDialog::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_dialog->close();
    QApplication::restoreOverrideCursor();
}

} // namespace casedesk
