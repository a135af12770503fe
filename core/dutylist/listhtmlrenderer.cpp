#include "listhtmlrenderer.h"

#include "dutylist/listhtmlfragments.h"
#include "dutylist/supervisiondomain.h"

#include <QCoreApplication>
#include <utility>

// The pages for items, duties and editions; the other parts of an edition
// are in listhtmlentries.cpp.

namespace casedesk::ListHtmlRenderer {

using namespace ListHtml;

namespace {

QString legalReference(const LegalReference &ref)
{
    QStringList citation;
    if (!ref.law.isEmpty())
        citation << QStringLiteral("<b>《%1》</b>").arg(esc(ref.law));
    if (!ref.lawEdition.isEmpty())
        citation << QStringLiteral("（%1）").arg(esc(ref.lawEdition));
    if (!ref.article.isEmpty())
        citation << esc(ref.article);
    // A catch-all line (依法应追责的其他情形) names no law: it is shown as
    // a paragraph of its own rather than under an empty 《》.
    if (citation.isEmpty())
        return paragraphs(ref.situations, QStringLiteral("law"));
    QString html = QStringLiteral("<p class=\"law\">%1</p>").arg(citation.join(QString()));
    html += paragraphs(ref.situations, QStringLiteral("situations"));
    return html;
}

// The items of a duty as a numbered table with their sections.
QString itemTable(const QList<ItemRow> &items)
{
    QString body;
    body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #c8ced6;\">");
    body += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(QCoreApplication::translate("ListHtmlRenderer", "No.")),
                     esc(QCoreApplication::translate("ListHtmlRenderer", "Responsibility item")),
                     esc(QCoreApplication::translate("ListHtmlRenderer", "Responsible sections")));
    int number = 0;
    for (const ItemRow &item : items)
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(++number)
                    .arg(esc(item.text), esc(joinSections(item.sections)));
    body += QStringLiteral("</table>");
    return body;
}

} // namespace

QString checklistFragment(const SupervisionSystem &system)
{
    if (system.contentPoints.isEmpty())
        return muted(QCoreApplication::translate("ListHtmlRenderer", "This system lists no check points."));

    // Points arrive in published order; consecutive points of one group share
    // its heading.
    QString html;
    QString currentGroup;
    bool tableOpen = false;
    bool first = true;
    for (const ContentPoint &point : system.contentPoints) {
        if (first || point.group != currentGroup) {
            if (tableOpen)
                html += QStringLiteral("</table>");
            currentGroup = point.group;
            if (!currentGroup.isEmpty())
                html += QStringLiteral("<p class=\"group\">%1</p>").arg(esc(currentGroup));
            html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
            tableOpen = true;
            first = false;
        }
        html +=
            QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(point.label), esc(point.text));
    }
    if (tableOpen)
        html += QStringLiteral("</table>");
    return html;
}

QString itemDetail(const ItemDetail &detail)
{
    QString body = heading(2, detail.item.text);
    FactTable facts;
    facts
        .add(QCoreApplication::translate("ListHtmlRenderer", "Main duty"),
             dutyName(detail.duty.number, detail.duty.text))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(detail.edition))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Responsible sections"),
             joinSections(detail.item.sections))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Sub-heading"), detail.heading)
        .add(QCoreApplication::translate("ListHtmlRenderer", "Remarks"), detail.remarks);
    if (!detail.item.domain.isEmpty())
        facts.add(QCoreApplication::translate("ListHtmlRenderer", "Supervision domain"),
                  SupervisionDomain::displayName(detail.item.domain));
    body += facts.html();
    if (detail.item.sections.isEmpty())
        body += muted(
            QCoreApplication::translate("ListHtmlRenderer", "The list names no responsible section for this item."));

    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Legal basis for accountability"));
    if (detail.references.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "The list gives no legal basis for this item."));
    for (const LegalReference &ref : detail.references)
        body += legalReference(ref);

    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Checklist (supervision system)"));
    if (detail.systems.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer",
                                                  "No supervision system of this edition covers the item's domain."));
    for (const SupervisionSystem &system : detail.systems) {
        body += heading(4, numbered(system.number, system.title));
        body += checklistFragment(system);
    }
    return document(body);
}

QString duty(const DutyRow &duty, const EditionRow &edition, const QList<ItemRow> &items,
             const QList<LegalReference> &references)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Main duty %1").arg(duty.number));
    body += paragraphs(duty.text);
    body += editionLine(edition);
    // (lupdate cannot read a template argument list inside translate(), so
    // counts are computed beforehand.)
    const int itemCount = int(items.size());
    body +=
        heading(3, QCoreApplication::translate("ListHtmlRenderer", "Responsibility items (%n)", nullptr, itemCount));
    if (items.isEmpty()) {
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This duty lists no items."));
    } else {
        body += itemTable(items);
    }
    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Legal basis for accountability"));
    if (references.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "The list gives no legal basis for this duty."));
    for (const LegalReference &ref : references)
        body += legalReference(ref);
    return document(body);
}

QString edition(const EditionRow &edition, const QList<DutyRow> &duties)
{
    QString body = heading(2, editionName(edition));
    body += FactTable()
                .add(QCoreApplication::translate("ListHtmlRenderer", "Edition label"), edition.label)
                .add(QCoreApplication::translate("ListHtmlRenderer", "Department"), edition.department)
                .add(QCoreApplication::translate("ListHtmlRenderer", "Region"), edition.region)
                .add(QCoreApplication::translate("ListHtmlRenderer", "Published"), edition.published)
                .add(QCoreApplication::translate("ListHtmlRenderer", "Imported"), localTime(edition.importedAt))
                .html();

    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Contents"));
    const std::pair<QString, int> counts[] = {
        {QCoreApplication::translate("ListHtmlRenderer", "Main duties"), edition.dutyCount},
        {QCoreApplication::translate("ListHtmlRenderer", "Responsibility items"), edition.itemCount},
        {QCoreApplication::translate("ListHtmlRenderer", "Boundary matters"), edition.boundaryCount},
        {QCoreApplication::translate("ListHtmlRenderer", "Supervision systems"), edition.systemCount},
        {QCoreApplication::translate("ListHtmlRenderer", "Public services"), edition.serviceCount},
    };
    body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[name, count] : counts)
        body +=
            QStringLiteral("<tr><td class=\"key\">%1</td><td align=\"right\">%2</td></tr>").arg(esc(name)).arg(count);
    body += QStringLiteral("</table>");

    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Main duties"));
    if (duties.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This edition lists no duties."));
    for (const DutyRow &d : duties)
        body += QStringLiteral("<p>%1 <span style=\"color: #777777;\">%2</span></p>")
                    .arg(esc(dutyName(d.number, d.text)),
                         esc(QCoreApplication::translate("ListHtmlRenderer", "(%n item(s))", nullptr, d.itemCount)));
    return document(body);
}

QString message(const QString &text)
{
    return document(muted(text));
}

} // namespace casedesk::ListHtmlRenderer
