#pragma once
// ListHtmlRenderer: the responsibility list as HTML for the detail pane (and
// anything else that shows or prints a part of it). Pure functions of the
// value types: no database, no widgets, every published text HTML-escaped.
// Each function returns a whole document with its own small style sheet, in
// the subset of HTML/CSS that QTextDocument understands.

#include "dutylist/dutylistqueries.h"
#include "dutylist/responsibilitylist.h"

#include <QList>
#include <QString>

namespace casedesk::ListHtmlRenderer {

// One responsibility item with its duty, edition, sections, legal basis and
// the checklist of the supervision systems of its domain.
QString itemDetail(const ItemDetail &detail);
// A main duty with its items and the legal references that hold it to account.
QString duty(const DutyRow &duty, const EditionRow &edition, const QList<ItemRow> &items,
             const QList<LegalReference> &references = {});
// An edition's summary: where it comes from, what it holds, its duties.
QString edition(const EditionRow &edition, const QList<DutyRow> &duties);

// The parts of an edition beside its duties, one entry each.
QString boundary(const BoundaryMatter &matter, const EditionRow &edition);
QString system(const SupervisionSystem &system, const EditionRow &edition);
QString service(const PublicService &service, const EditionRow &edition);
QString accountabilityBody(const AccountabilityBody &body, const EditionRow &edition);

// Overviews shown for the group nodes (all entries of one kind in an edition).
QString boundaryOverview(const QList<BoundaryMatter> &matters, const EditionRow &edition);
QString systemOverview(const QList<SupervisionSystem> &systems, const EditionRow &edition);
QString serviceOverview(const QList<PublicService> &services, const EditionRow &edition);
QString accountabilityOverview(const QString &intro, const QList<AccountabilityBody> &bodies,
                               const EditionRow &edition);

// A short message in the pane's style (nothing selected, an error).
QString message(const QString &text);

// The checklist of one supervision system: its content points under their
// group headings. Shared by itemDetail() and system().
QString checklistFragment(const SupervisionSystem &system);

} // namespace casedesk::ListHtmlRenderer
