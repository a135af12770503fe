#pragma once
// MaintenanceProgressDialog: the window-modal progress of a backup, a
// restore or a check, driven by the core's progress callback. A quick run
// shows no dialog at all; a long one shows the pages or the share done
// (or a busy bar while the total is unknown) and lets the person cancel.
// While the dialog shows, each report lets the window repaint.

#include "maintenance/maintenanceprogress.h"

#include <QString>
#include <memory>

class QProgressDialog;
class QWidget;

namespace casedesk {

class MaintenanceProgressDialog {
  public:
    MaintenanceProgressDialog(QWidget *parent, const QString &title, const QString &label);
    ~MaintenanceProgressDialog();

    // For the core: updates the dialog; false once the person cancelled.
    MaintenanceProgress callback();
    bool wasCancelled() const;
    // Closes the dialog before the result is shown, so the result is the
    // only window asking for an answer.
    void close();

  private:
    std::unique_ptr<QProgressDialog> m_dialog;
    bool m_closed = false;
};

} // namespace casedesk
