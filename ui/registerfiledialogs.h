#pragma once
// RegisterFileDialogs: the file dialogs of Register → Export CSV and
// Export Excel Workbook, starting in the folder chosen last time and
// suggesting a dated name ("监管对象-2024-05-01.csv").

#include "register/registercsv.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casedesk {

class RegisterFileDialogs {
    Q_DECLARE_TR_FUNCTIONS(casedesk::RegisterFileDialogs)

  public:
    // Empty when cancelled.
    static QString exportCsvPath(QWidget *parent, RegisterTable table);
    static QString exportXlsxPath(QWidget *parent);
};

} // namespace casedesk
