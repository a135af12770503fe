#include "dutylist/listhtmlfragments.h"
#include "dutylist/supervisiondomain.h"
#include "listhtmlrenderer.h"

#include <QCoreApplication>

// The pages for the parts of an edition beside its duties: boundary
// matters, supervision systems, public services, the accountability
// mechanism, and their group overviews.

namespace casedesk::ListHtmlRenderer {

using namespace ListHtml;

namespace {

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

} // namespace

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
        body += muted(
            QCoreApplication::translate("ListHtmlRenderer", "This edition describes no accountability mechanism."));
    for (const AccountabilityBody &b : bodies) {
        body += heading(4, b.name);
        body += paragraphs(b.share);
    }
    return document(body);
}

} // namespace casedesk::ListHtmlRenderer
