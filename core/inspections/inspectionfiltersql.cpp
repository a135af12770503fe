#include "inspections/inspectionfiltersql.h"

#include <QRegularExpression>

namespace casedesk::InspectionFilterSql {

Where where(const InspectionFilter &filter)
{
    Where w;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : filter.search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        w.conditions << QStringLiteral("instr(i.search_text, ?) > 0");
        w.values << word;
    }
    if (!filter.section.isEmpty()) {
        w.conditions << QStringLiteral("i.section = ?");
        w.values << filter.section;
    }
    if (filter.inspectorId != 0) {
        w.conditions << QStringLiteral("i.id IN (SELECT x.inspection_id FROM inspection_inspector x "
                                       "WHERE x.staff_id = ?)");
        w.values << filter.inspectorId;
    }
    if (filter.from.isValid()) {
        w.conditions << QStringLiteral("i.inspected_on >= ?");
        w.values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        w.conditions << QStringLiteral("i.inspected_on <= ?");
        w.values << filter.to.toString(Qt::ISODate);
    }
    if (filter.kind) {
        w.conditions << QStringLiteral("i.kind = ?");
        w.values << inspectionKinds().code(*filter.kind);
    }
    if (!filter.domain.isEmpty()) {
        w.conditions << QStringLiteral("i.domain = ?");
        w.values << filter.domain;
    }
    if (filter.status) {
        w.conditions << QStringLiteral("i.status = ?");
        w.values << inspectionStatuses().code(*filter.status);
    }
    if (filter.outcome) {
        // outcomes holds the codes joined with ','.
        w.conditions << QStringLiteral("instr(',' || i.outcomes || ',', ?) > 0");
        w.values << QStringLiteral(",%1,").arg(inspectionOutcomes().code(*filter.outcome));
    }
    if (filter.entityId != 0) {
        w.conditions << QStringLiteral("i.entity_id = ?");
        w.values << filter.entityId;
    }
    if (filter.followUpOpen) // through the partial index inspection_follow_up: only the open ones
        w.conditions << QStringLiteral("i.id IN (SELECT f.id FROM inspection f WHERE f.follow_up_due <> '')");
    return w;
}

QString orderBy(const InspectionSort &sort)
{
    QString column;
    switch (sort.column) {
    case InspectionSortColumn::Number:
        column = QStringLiteral("i.record_number");
        break;
    case InspectionSortColumn::Date:
        column = QStringLiteral("i.inspected_on");
        break;
    case InspectionSortColumn::Unit:
        column = QStringLiteral("i.unit_name");
        break;
    case InspectionSortColumn::Kind:
        column = QStringLiteral("i.kind");
        break;
    case InspectionSortColumn::Domain:
        column = QStringLiteral("i.domain");
        break;
    case InspectionSortColumn::Section:
        column = QStringLiteral("i.section");
        break;
    case InspectionSortColumn::Status:
        column = QStringLiteral("i.status");
        break;
    case InspectionSortColumn::FollowUpDue:
        column = QStringLiteral("i.follow_up_due");
        break;
    }
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    QStringList terms;
    if (sort.column == InspectionSortColumn::FollowUpDue)
        terms << QStringLiteral("i.follow_up_due = ''");
    terms << column + direction << QStringLiteral("i.id") + direction;
    return terms.join(QStringLiteral(", "));
}

} // namespace casedesk::InspectionFilterSql
