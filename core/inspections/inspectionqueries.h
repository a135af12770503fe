#pragma once
// InspectionQueries: the inspection lists (mine, my section's, all), paged
// and sorted in SQL so they stay fast with 100,000 records; the records a
// section chief prints in one go; and the follow-up deadlines of orders to
// correct and directives for the start page. Only current versions are
// listed.

#include "database.h"
#include "inspections/inspectionkinds.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casedesk {

enum class InspectionSortColumn { Number, Date, Unit, Kind, Domain, Section, Status, FollowUpDue };

struct InspectionFilter {
    QString search;         // words in the record number, unit name, code, findings, inspectors' names
    QString section;        // exact; empty = all
    qint64 inspectorId = 0; // "mine": records this staff member took part in (0 = all)
    QDate from, to;         // inspected on, inclusive; invalid = open
    std::optional<InspectionKind> kind;
    QString domain; // SupervisionDomain code; empty = all
    std::optional<InspectionStatus> status;
    std::optional<InspectionOutcome> outcome;
    qint64 entityId = 0;
    bool followUpOpen = false; // orders/directives whose follow-up check is still to be done
};

struct InspectionSort {
    InspectionSortColumn column = InspectionSortColumn::Date;
    bool descending = true;
};

struct InspectionRow {
    qint64 id = 0;
    QString recordNumber;
    int version = 1;
    InspectionStatus status = InspectionStatus::Draft;
    QDate inspectedOn;
    QString unitName;
    QString unitCode;
    InspectionKind kind = InspectionKind::Routine;
    QString domain;
    QString section;
    QString inspectors; // names, joined with 、
    QList<InspectionOutcome> outcomes;
    int failedPoints = 0;
    QDate followUpDue; // invalid when none is open
};

struct FollowUpDue {
    qint64 inspectionId = 0;
    QString recordNumber;
    QString unitName;
    InspectionOutcome outcome = InspectionOutcome::OrderToCorrect;
    QString directiveNumber;
    QDate due;
    int daysLeft = 0; // negative: overdue
};

namespace InspectionQueries {
Result<int> count(const Database &db, const InspectionFilter &filter);
Result<QList<InspectionRow>> page(const Database &db, const InspectionFilter &filter, const InspectionSort &sort,
                                  int offset, int limit);
// Finished current records of a section inspected in [from, to], by day
// then number: what a section chief prints in one go.
Result<QList<qint64>> forPrinting(const Database &db, const QString &section, const QDate &from, const QDate &to);
// Orders to correct and directives whose follow-up is not yet recorded
// (no finished FollowUp inspection of them), due on or before today +
// withinDays (overdue ones included), soonest first.
Result<QList<FollowUpDue>> followUps(const Database &db, const QDate &today, int withinDays, int limit = -1);
// Sections that have inspections, and the years, for the filter bar.
QStringList sections(const Database &db);
QList<int> years(const Database &db);
} // namespace InspectionQueries

} // namespace casedesk
