#pragma once
// SummaryTrace: the records behind one figure of a summary. Every figure is
// counted by a condition over one kind of record; the trace keeps that very
// condition with its bound values, so the drill-down lists exactly the
// records the figure counted (the same WHERE clause, not a second rule that
// could drift). Conditions are written only by the summary's own code from
// fixed SQL and bound values; user text never enters them.
//
// SummaryTraces::records() lists a trace's records for the drill-down: the
// number, date, unit and state of each, newest first.

#include "database.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace casedesk {

enum class TraceKind {
    None,        // a label, a ratio or a total with nothing to list
    Inspections, // over `inspection i`
    Sampling,    // over `sampling_batch b`
    Cases,       // over `enforcement_case c`
    Equipment,   // over `equipment q`
    Entities,    // over `entity e`
};

struct SummaryTrace {
    TraceKind kind = TraceKind::None;
    QString condition; // SQL over the kind's alias (see TraceKind)
    QVariantList values;

    bool isEmpty() const { return kind == TraceKind::None; }
    bool operator==(const SummaryTrace &) const = default;
};

// One record behind a figure.
struct TracedRecord {
    TraceKind kind = TraceKind::None;
    qint64 id = 0;  // the record's id in its table
    QString number; // record, batch or case number; credit code; registration number
    QDate date;     // inspected, sampled, received, next inspection due
    QString name;   // the unit, party or entity
    QString detail; // domain, product, stage, category (translated)
    QString section;
};

namespace SummaryTraces {

// The table of a kind with its alias ("inspection i"), and the alias alone ("i").
QString tableOf(TraceKind kind);
QString aliasOf(TraceKind kind);
// How many records the trace holds (what the figure should say).
Result<int> count(const Database &db, const SummaryTrace &trace);
// Up to `limit` records, newest first.
Result<QList<TracedRecord>> records(const Database &db, const SummaryTrace &trace, int limit = 5000);
// "Inspections", "Sampling batches"… (translated), for the drill-down's title.
QString kindName(TraceKind kind);

} // namespace SummaryTraces

} // namespace casedesk
