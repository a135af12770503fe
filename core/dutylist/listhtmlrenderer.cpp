#include "listhtmlrenderer.h"

#include "dutylist/supervisiondomain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <utility>

namespace casedesk::ListHtmlRenderer {

namespace {

// Qt's rich text engine understands this much CSS; the pane inherits the
// widget's font, so only sizes relative to it and colours are set here.
const char *const kStyle = "body { line-height: 135%; }"
                           "h2 { font-size: large; margin-top: 0px; margin-bottom: 6px; }"
                           "h3 { font-size: medium; color: #1d4f91; margin-top: 14px; margin-bottom: 4px; }"
                           "h4 { font-size: medium; margin-top: 10px; margin-bottom: 2px; }"
                           "p { margin-top: 2px; margin-bottom: 4px; }"
                           "td { vertical-align: top; }"
                           "td.key { color: #555555; white-space: nowrap; padding-right: 12px; }"
                           "td.label { white-space: nowrap; padding-right: 6px; }"
                           "th { background-color: #eef2f7; text-align: left; }"
                           "p.group { font-weight: bold; margin-top: 6px; }"
                           "p.law { margin-top: 8px; }"
                           "p.situations { margin-left: 18px; color: #333333; }"
                           "p.muted { color: #777777; }";

// Every translated literal is spelt out as QCoreApplication::translate(
// "ListHtmlRenderer", …) at its call site so lupdate finds it.
QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString document(const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>%1</style></head><body>%2</body></html>")
        .arg(QLatin1String(kStyle), body);
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(text));
}

// Published text keeps its paragraphs as '\n'-separated lines.
QString paragraphs(const QString &text, const QString &cssClass = {})
{
    const QString open = cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass);
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            html += open + esc(trimmed) + QStringLiteral("</p>");
    }
    return html;
}

QString muted(const QString &text) { return QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text)); }

// A two-column key/value table; rows whose value is empty are left out.
class FactTable {
public:
    FactTable &add(const QString &key, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            m_rows << QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>").arg(esc(key), esc(value));
        return *this;
    }
    QString html() const
    {
        if (m_rows.isEmpty())
            return {};
        return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(m_rows.join(QString()));
    }

private:
    QStringList m_rows;
};

QString joinSections(const QStringList &sections)
{
    return sections.join(QCoreApplication::translate("ListHtmlRenderer", ", ", "separator between section names"));
}

QString editionName(const EditionRow &edition)
{
    if (edition.department.isEmpty() || edition.label.contains(edition.department))
        return edition.label;
    return QCoreApplication::translate("ListHtmlRenderer", "%1 (%2)", "department (edition label)")
        .arg(edition.department, edition.label);
}

QString dutyName(const QString &number, const QString &text)
{
    if (number.isEmpty())
        return text;
    return QCoreApplication::translate("ListHtmlRenderer", "%1. %2", "duty number. duty text").arg(number, text);
}

QString numbered(const QString &number, const QString &title)
{
    if (number.isEmpty())
        return title;
    return QCoreApplication::translate("ListHtmlRenderer", "(%1) %2", "system number in brackets, then its title")
        .arg(number, title);
}

QString localTime(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString partHeading(const SystemPart &part)
{
    if (!part.heading.trimmed().isEmpty())
        return part.heading.trimmed();
    switch (part.kind) {
    case SystemPartKind::Targets:
        return QCoreApplication::translate("ListHtmlRenderer", "Targets");
    case SystemPartKind::Content:
        return QCoreApplication::translate("ListHtmlRenderer", "Content");
    case SystemPartKind::Methods:
        return QCoreApplication::translate("ListHtmlRenderer", "Methods");
    case SystemPartKind::Measures:
        return QCoreApplication::translate("ListHtmlRenderer", "Measures");
    case SystemPartKind::Procedure:
        return QCoreApplication::translate("ListHtmlRenderer", "Procedure");
    case SystemPartKind::Handling:
        return QCoreApplication::translate("ListHtmlRenderer", "Handling");
    case SystemPartKind::Other:
        break;
    }
    return QCoreApplication::translate("ListHtmlRenderer", "Other provisions");
}

QString legalReference(const LegalReference &ref)
{
    QString citation = QStringLiteral("<b>《%1》</b>").arg(esc(ref.law));
    if (!ref.lawEdition.isEmpty())
        citation += QStringLiteral("（%1）").arg(esc(ref.lawEdition));
    if (!ref.article.isEmpty())
        citation += QStringLiteral(" ") + esc(ref.article);
    QString html = QStringLiteral("<p class=\"law\">%1</p>").arg(citation);
    html += paragraphs(ref.situations, QStringLiteral("situations"));
    return html;
}

QString editionLine(const EditionRow &edition)
{
    return FactTable().add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(edition)).html();
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
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(point.label), esc(point.text));
    }
    if (tableOpen)
        html += QStringLiteral("</table>");
    return html;
}

QString itemDetail(const ItemDetail &detail)
{
    QString body = heading(2, detail.item.text);
    FactTable facts;
    facts.add(QCoreApplication::translate("ListHtmlRenderer", "Main duty"), dutyName(detail.duty.number, detail.duty.text))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(detail.edition))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Responsible sections"), joinSections(detail.item.sections))
        .add(QCoreApplication::translate("ListHtmlRenderer", "Sub-heading"), detail.heading)
        .add(QCoreApplication::translate("ListHtmlRenderer", "Remarks"), detail.remarks);
    if (!detail.item.domain.isEmpty())
        facts.add(QCoreApplication::translate("ListHtmlRenderer", "Supervision domain"),
                  SupervisionDomain::displayName(detail.item.domain));
    body += facts.html();
    if (detail.item.sections.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "The list names no responsible section for this item."));

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

QString duty(const DutyRow &duty, const EditionRow &edition, const QList<ItemRow> &items)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Main duty %1").arg(duty.number));
    body += paragraphs(duty.text);
    body += editionLine(edition);
    // (lupdate cannot read a template argument list inside translate(), so
    // counts are computed beforehand.)
    const int itemCount = int(items.size());
    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Responsibility items (%n)", nullptr, itemCount));
    if (items.isEmpty()) {
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This duty lists no items."));
        return document(body);
    }
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
    return document(body);
}

QString edition(const EditionRow &edition, const QList<DutyRow> &duties)
{
    QString body = heading(2, edition.label);
    body += FactTable()
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
        body += QStringLiteral("<tr><td class=\"key\">%1</td><td align=\"right\">%2</td></tr>").arg(esc(name)).arg(count);
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

QString boundary(const BoundaryMatter &matter, const EditionRow &edition)
{
    QString body = heading(2, matter.matter);
    body += editionLine(edition);
    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Departments and their shares"));
    if (matter.shares.isEmpty()) {
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "No department shares are listed."));
    } else {
        body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                               "style=\"border-collapse: collapse; border-color: #c8ced6;\">");
        body += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>")
                    .arg(esc(QCoreApplication::translate("ListHtmlRenderer", "Department")),
                         esc(QCoreApplication::translate("ListHtmlRenderer", "Share of the work")));
        for (const BoundaryShare &share : matter.shares)
            body += QStringLiteral("<tr><td style=\"white-space: nowrap;\">%1</td><td>%2</td></tr>")
                        .arg(esc(share.department), paragraphs(share.share));
        body += QStringLiteral("</table>");
    }
    if (!matter.basis.trimmed().isEmpty()) {
        body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Basis"));
        body += paragraphs(matter.basis);
    }
    if (!matter.example.trimmed().isEmpty()) {
        body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Example"));
        body += paragraphs(matter.example);
    }
    return document(body);
}

QString system(const SupervisionSystem &system, const EditionRow &edition)
{
    QString body = heading(2, numbered(system.number, system.title));
    FactTable facts;
    facts.add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(edition));
    if (!system.domain.isEmpty())
        facts.add(QCoreApplication::translate("ListHtmlRenderer", "Supervision domain"),
                  SupervisionDomain::displayName(system.domain));
    body += facts.html();
    body += paragraphs(system.intro);

    bool checklistShown = false;
    for (const SystemPart &part : system.parts) {
        body += heading(3, partHeading(part));
        // The content part is the checklist; its numbered points read better
        // as a list than as the published run of paragraphs.
        if (part.kind == SystemPartKind::Content && !system.contentPoints.isEmpty() && !checklistShown) {
            body += checklistFragment(system);
            checklistShown = true;
        } else {
            body += paragraphs(part.body);
        }
    }
    if (!checklistShown && !system.contentPoints.isEmpty()) {
        body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Check points"));
        body += checklistFragment(system);
    }
    return document(body);
}

QString service(const PublicService &service, const EditionRow &edition)
{
    QString body = heading(2, service.name);
    body += FactTable()
                .add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(edition))
                .add(QCoreApplication::translate("ListHtmlRenderer", "Responsible body"), service.section)
                .add(QCoreApplication::translate("ListHtmlRenderer", "Telephone"), service.phone)
                .html();
    body += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Content of the service"));
    if (service.content.trimmed().isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "No content is listed."));
    else
        body += paragraphs(service.content);
    return document(body);
}

QString accountabilityBody(const AccountabilityBody &body, const EditionRow &edition)
{
    QString html = heading(2, body.name);
    html += editionLine(edition);
    if (!body.share.trimmed().isEmpty()) {
        html += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Division of duties"));
        html += paragraphs(body.share);
    }
    if (!body.procedure.trimmed().isEmpty()) {
        html += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Accountability procedure"));
        html += paragraphs(body.procedure);
    }
    if (!body.text.trimmed().isEmpty()) {
        html += heading(3, QCoreApplication::translate("ListHtmlRenderer", "Further provisions"));
        html += paragraphs(body.text);
    }
    return document(html);
}

QString boundaryOverview(const QList<BoundaryMatter> &matters, const EditionRow &edition)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Responsibility boundaries"));
    body += editionLine(edition);
    if (matters.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This edition lists no boundary matters."));
    for (const BoundaryMatter &m : matters) {
        QStringList departments;
        for (const BoundaryShare &share : m.shares)
            departments << share.department;
        body += heading(4, dutyName(m.number, m.matter));
        if (!departments.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(esc(joinSections(departments)));
    }
    return document(body);
}

QString systemOverview(const QList<SupervisionSystem> &systems, const EditionRow &edition)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Supervision systems"));
    body += editionLine(edition);
    if (systems.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This edition lists no supervision systems."));
    for (const SupervisionSystem &s : systems) {
        body += heading(4, numbered(s.number, s.title));
        QStringList facts;
        if (!s.domain.isEmpty())
            facts << SupervisionDomain::displayName(s.domain);
        const int points = int(s.contentPoints.size());
        facts << QCoreApplication::translate("ListHtmlRenderer", "%n check point(s)", nullptr, points);
        body += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(joinSections(facts)));
    }
    return document(body);
}

QString serviceOverview(const QList<PublicService> &services, const EditionRow &edition)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Public services"));
    body += editionLine(edition);
    if (services.isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer", "This edition lists no public services."));
    for (const PublicService &s : services) {
        body += heading(4, dutyName(s.number, s.name));
        body += FactTable()
                    .add(QCoreApplication::translate("ListHtmlRenderer", "Responsible body"), s.section)
                    .add(QCoreApplication::translate("ListHtmlRenderer", "Telephone"), s.phone)
                    .html();
    }
    return document(body);
}

QString accountabilityOverview(const QString &intro, const QList<AccountabilityBody> &bodies, const EditionRow &edition)
{
    QString body = heading(2, QCoreApplication::translate("ListHtmlRenderer", "Accountability mechanism"));
    body += editionLine(edition);
    body += paragraphs(intro);
    if (bodies.isEmpty() && intro.trimmed().isEmpty())
        body += muted(QCoreApplication::translate("ListHtmlRenderer",
                                                  "This edition describes no accountability mechanism."));
    for (const AccountabilityBody &b : bodies) {
        body += heading(4, b.name);
        body += paragraphs(b.share);
    }
    return document(body);
}

QString message(const QString &text) { return document(muted(text)); }

} // namespace casedesk::ListHtmlRenderer
