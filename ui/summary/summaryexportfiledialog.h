#pragma once
// SummaryExportFileDialog: asks where to save a summary, as XLSX, CSV or
// PDF, suggesting SummaryExport::suggestedFileName in the folder used last
// time and the format chosen last time. A name typed without an extension
// gets the one of the chosen filter, so SummaryExport::write knows the
// format. Remembers the folder and the filter in QSettings.

#include "summary/summaryexport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casedesk {

class SummaryExportFileDialog {
    Q_DECLARE_TR_FUNCTIONS(casedesk::SummaryExportFileDialog)

  public:
    // The path chosen, empty when cancelled. `summary` names the file (its
    // period and section are enough).
    static QString ask(QWidget *parent, const QuarterSummary &summary);

    // The filters offered, in order: Excel, CSV, PDF.
    static QStringList filters();
};

} // namespace casedesk
