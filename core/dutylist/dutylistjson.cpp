#include "dutylistjson.h"

#include <QJsonArray>

namespace casedesk {

namespace {

QJsonObject referenceToJson(const LegalReference &ref)
{
    QJsonObject o{{QStringLiteral("law"), ref.law},
                  {QStringLiteral("lawEdition"), ref.lawEdition},
                  {QStringLiteral("article"), ref.article},
                  {QStringLiteral("situations"), ref.situations}};
    if (ref.itemIndex >= 0)
        o.insert(QStringLiteral("item"), ref.itemIndex + 1);
    return o;
}

QJsonObject dutyToJson(const MainDuty &duty)
{
    QJsonArray items;
    for (const ResponsibilityItem &item : duty.items) {
        QJsonObject o{{QStringLiteral("text"), item.text},
                      {QStringLiteral("sections"), QJsonArray::fromStringList(item.sections)}};
        if (!item.remarks.isEmpty())
            o.insert(QStringLiteral("remarks"), item.remarks);
        if (!item.heading.isEmpty())
            o.insert(QStringLiteral("heading"), item.heading);
        items.append(o);
    }
    QJsonArray refs;
    for (const LegalReference &ref : duty.references)
        refs.append(referenceToJson(ref));
    return {{QStringLiteral("number"), duty.number},
            {QStringLiteral("text"), duty.text},
            {QStringLiteral("items"), items},
            {QStringLiteral("references"), refs}};
}

} // namespace

QJsonObject editionToJson(const EditionRow &edition, const ResponsibilityList &list)
{
    QJsonArray duties;
    for (const MainDuty &duty : list.duties)
        duties.append(dutyToJson(duty));
    const QJsonObject counts{{QStringLiteral("duties"), int(list.duties.size())},
                             {QStringLiteral("items"), list.itemCount()},
                             {QStringLiteral("references"), list.referenceCount()},
                             {QStringLiteral("boundaries"), int(list.boundaries.size())},
                             {QStringLiteral("supervisionSystems"), int(list.systems.size())},
                             {QStringLiteral("publicServices"), int(list.services.size())},
                             {QStringLiteral("accountabilityBodies"), int(list.accountability.size())}};
    return {{QStringLiteral("id"), edition.id},
            {QStringLiteral("label"), list.label},
            {QStringLiteral("department"), list.department},
            {QStringLiteral("region"), list.region},
            {QStringLiteral("published"), list.published},
            {QStringLiteral("importedAt"), edition.importedAt},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("duties"), duties}};
}

} // namespace casedesk
