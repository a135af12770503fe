#pragma once
// SummaryComputation: runs SummaryCalculator::compute for the page with a
// progress dialog fed by SummaryRequest::progress; Cancel stops it. A
// refusal or failure is explained in a message box with the core's own
// message; a cancel is not an error and says nothing.

#include "summary/summarycalculator.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace casedesk {

class SummaryComputation {
    Q_DECLARE_TR_FUNCTIONS(casedesk::SummaryComputation)

  public:
    // The summary, or nothing after an error (explained) or a cancel.
    static std::optional<QuarterSummary> run(QWidget *parent, const Database &db, const Session &session,
                                             SummaryRequest request);
};

} // namespace casedesk
