#pragma once
// InspectionNumbers: the numbers an inspection record is given, each
// computed here only.
// - The record number <site>-<year>-J<NNNN>: the workstation's own sequence
//   per year (the year of the inspection), so two workstations never give
//   the same number; a number once given (even to a discarded draft) is
//   never given again.
// - The directive number <abbrev>特令〔<year>〕<site>第NNN号, given when a
//   record with a directive is finished: per workstation and year. The
//   workstation code sits in the number because workstations without a
//   shared network number directives at the same time; without it two of
//   them would both give 第001号.

#include "database.h"
#include "result.h"

#include <QString>

namespace casedesk::InspectionNumbers {

Result<QString> nextRecordNumber(const Database &db, const QString &site, int year);
Result<QString> nextDirectiveNumber(const Database &db, const QString &abbreviation, const QString &site, int year);
// The prefix every directive number of a workstation and year starts with:
// 永质监特令〔2026〕A第
QString directivePrefix(const QString &abbreviation, const QString &site, int year);

} // namespace casedesk::InspectionNumbers
