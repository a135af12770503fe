#include "summary/summarytrace.h"

#include "bureausettings.h"
#include "cases/casenumber.h"
#include "cases/casestage.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionkinds.h"
#include "register/equipment.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <utility>

namespace casedesk::SummaryTraces {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTraces)
};

using SummarySql::nameOfCode;

// Per kind: the columns read for a TracedRecord (id, number, date, name,
// detail code, section, extra) and the order, newest first.
struct Listing {
    const char *columns;
    const char *order;
};

Listing listingOf(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Inspections:
        return {"i.id, i.record_number, i.inspected_on, i.unit_name, i.domain, i.section, i.kind",
                "i.inspected_on DESC, i.id DESC"};
    case TraceKind::Sampling:
        return {"b.id, b.batch_number, b.sampled_on, b.unit_name, b.product, b.section, b.result",
                "b.sampled_on DESC, b.id DESC"};
    case TraceKind::Cases:
        return {"c.id, c.lead_number, c.received_on, c.party_name, c.stage, c.section, "
                "c.case_year || '-' || c.case_sequence",
                "c.received_on DESC, c.id DESC"};
    case TraceKind::Equipment:
        return {"q.id, q.registration_number, q.next_inspection_on, "
                "(SELECT e.name FROM entity e WHERE e.id = q.entity_id), q.category, '', q.location",
                "q.next_inspection_on, q.id"};
    case TraceKind::Entities:
        return {"e.id, e.code, NULL, e.name, e.township, '', ''", "e.name, e.id"};
    case TraceKind::None:
        break;
    }
    return {"", ""};
}

QString detailOf(TraceKind kind, const QString &code, const QString &extra)
{
    switch (kind) {
    case TraceKind::Inspections: {
        const QString domain = code.isEmpty() ? Text::tr("No domain") : SupervisionDomain::displayName(code);
        return domain + QStringLiteral(" · ") + nameOfCode(inspectionKinds(), extra);
    }
    case TraceKind::Sampling:
        return code + QStringLiteral(" · ") + nameOfCode(samplingResults(), extra);
    case TraceKind::Cases:
        return nameOfCode(caseStages(), code);
    case TraceKind::Equipment: {
        const auto category = parseEquipmentCategory(code);
        const QString name = category ? equipmentCategoryName(*category) : code;
        return extra.isEmpty() ? name : name + QStringLiteral(" · ") + extra;
    }
    case TraceKind::Entities:
        return code;
    case TraceKind::None:
        break;
    }
    return {};
}
} // namespace

namespace {
// The table behind each kind and the alias its conditions use.
std::pair<const char *, const char *> tableAndAlias(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Inspections:
        return {"inspection", "i"};
    case TraceKind::Sampling:
        return {"sampling_batch", "b"};
    case TraceKind::Cases:
        return {"enforcement_case", "c"};
    case TraceKind::Equipment:
        return {"equipment", "q"};
    case TraceKind::Entities:
        return {"entity", "e"};
    case TraceKind::None:
        break;
    }
    return {"", ""};
}
} // namespace

QString tableOf(TraceKind kind)
{
    const auto [table, alias] = tableAndAlias(kind);
    return QStringLiteral("%1 %2").arg(QLatin1String(table), QLatin1String(alias));
}

QString aliasOf(TraceKind kind)
{
    return QLatin1String(tableAndAlias(kind).second);
}

QString kindName(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Inspections:
        return Text::tr("Inspections");
    case TraceKind::Sampling:
        return Text::tr("Sampling batches");
    case TraceKind::Cases:
        return Text::tr("Cases");
    case TraceKind::Equipment:
        return Text::tr("Special equipment");
    case TraceKind::Entities:
        return Text::tr("Units");
    case TraceKind::None:
        break;
    }
    return {};
}

Result<int> count(const Database &db, const SummaryTrace &trace)
{
    if (trace.isEmpty())
        return 0;
    auto n = SummarySql::scalar(
        db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(tableOf(trace.kind), trace.condition), trace.values);
    if (!n)
        return n.error();
    return int(*n);
}

Result<QList<TracedRecord>> records(const Database &db, const SummaryTrace &trace, int limit)
{
    QList<TracedRecord> out;
    if (trace.isEmpty())
        return out;
    const Listing listing = listingOf(trace.kind);
    QVariantList values = trace.values;
    values << limit;
    auto q = SummarySql::run(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ?")
            .arg(QLatin1String(listing.columns), tableOf(trace.kind), trace.condition, QLatin1String(listing.order)),
        values);
    if (!q)
        return q.error();
    const QString abbreviation = trace.kind == TraceKind::Cases ? BureauSettings::load(db).abbreviation : QString();
    while (q->next()) {
        TracedRecord r;
        r.kind = trace.kind;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        r.name = q->value(3).toString();
        r.section = q->value(5).toString();
        r.detail = detailOf(trace.kind, q->value(4).toString(), q->value(6).toString());
        if (trace.kind == TraceKind::Cases) {
            // A filed case shows its official number, a lead its lead number.
            if (const auto number = CaseNumber::parse(q->value(6).toString()); number && !number->isNull())
                r.number = number->format(abbreviation);
        }
        out << r;
    }
    return out;
}

} // namespace casedesk::SummaryTraces
