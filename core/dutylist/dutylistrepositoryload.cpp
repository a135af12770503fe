// ResponsibilityListRepository::load: reads a stored edition back into the
// value type, every part in its published order.
#include "dutylist/editionparts.h"
#include "dutylistrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace casedesk {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponsibilityListRepository)
};

Status loadDuties(const Database &db, qint64 editionId, ResponsibilityList &list)
{
    auto duties =
        db.exec(QStringLiteral("SELECT id, number, text FROM duty WHERE edition_id = ? AND deleted_at IS NULL "
                               "ORDER BY position"),
                {editionId});
    if (!duties)
        return duties.error();
    while (duties->next()) {
        MainDuty duty;
        const qint64 dutyId = duties->value(0).toLongLong();
        duty.number = duties->value(1).toString();
        duty.text = duties->value(2).toString();

        QHash<qint64, int> itemIndex;
        auto items = db.exec(QStringLiteral("SELECT id, text, heading, remarks FROM item "
                                            "WHERE duty_id = ? AND deleted_at IS NULL ORDER BY position"),
                             {dutyId});
        if (!items)
            return items.error();
        while (items->next()) {
            ResponsibilityItem item;
            const qint64 itemId = items->value(0).toLongLong();
            item.text = items->value(1).toString();
            item.heading = items->value(2).toString();
            item.remarks = items->value(3).toString();
            auto sections =
                db.exec(QStringLiteral("SELECT s.name FROM item_section i JOIN section s ON s.id = i.section_id "
                                       "WHERE i.item_id = ? ORDER BY i.position"),
                        {itemId});
            if (!sections)
                return sections.error();
            while (sections->next())
                item.sections << sections->value(0).toString();
            itemIndex.insert(itemId, int(duty.items.size()));
            duty.items << item;
        }

        auto refs = db.exec(QStringLiteral("SELECT item_id, law, law_edition, article, situations FROM legal_reference "
                                           "WHERE duty_id = ? AND deleted_at IS NULL ORDER BY position"),
                            {dutyId});
        if (!refs)
            return refs.error();
        while (refs->next()) {
            LegalReference ref;
            ref.itemIndex = refs->value(0).isNull() ? -1 : itemIndex.value(refs->value(0).toLongLong(), -1);
            ref.law = refs->value(1).toString();
            ref.lawEdition = refs->value(2).toString();
            ref.article = refs->value(3).toString();
            ref.situations = refs->value(4).toString();
            duty.references << ref;
        }
        list.duties << duty;
    }
    return success();
}

Status loadBoundaries(const Database &db, qint64 editionId, ResponsibilityList &list)
{
    auto rows = db.exec(QStringLiteral("SELECT id, number, matter, basis, example FROM boundary "
                                       "WHERE edition_id = ? AND deleted_at IS NULL ORDER BY position"),
                        {editionId});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        BoundaryMatter m{rows->value(1).toString(),
                         rows->value(2).toString(),
                         {},
                         rows->value(3).toString(),
                         rows->value(4).toString()};
        auto shares = db.exec(QStringLiteral("SELECT department, share FROM boundary_share "
                                             "WHERE boundary_id = ? AND deleted_at IS NULL ORDER BY position"),
                              {rows->value(0)});
        if (!shares)
            return shares.error();
        while (shares->next())
            m.shares << BoundaryShare{shares->value(0).toString(), shares->value(1).toString()};
        list.boundaries << m;
    }
    return success();
}

Status loadSystems(const Database &db, qint64 editionId, ResponsibilityList &list)
{
    auto systems = EditionParts::systems(db, editionId);
    if (!systems)
        return systems.error();
    list.systems = *systems;
    return success();
}

Status loadServicesAndAccountability(const Database &db, qint64 editionId, ResponsibilityList &list)
{
    auto services = db.exec(QStringLiteral("SELECT number, name, content, section, phone FROM public_service "
                                           "WHERE edition_id = ? AND deleted_at IS NULL ORDER BY position"),
                            {editionId});
    if (!services)
        return services.error();
    while (services->next())
        list.services << PublicService{services->value(0).toString(), services->value(1).toString(),
                                       services->value(2).toString(), services->value(3).toString(),
                                       services->value(4).toString()};
    auto bodies = db.exec(QStringLiteral("SELECT name, share, procedure, text FROM accountability_body "
                                         "WHERE edition_id = ? AND deleted_at IS NULL ORDER BY position"),
                          {editionId});
    if (!bodies)
        return bodies.error();
    while (bodies->next())
        list.accountability << AccountabilityBody{bodies->value(0).toString(), bodies->value(1).toString(),
                                                  bodies->value(2).toString(), bodies->value(3).toString()};
    auto notes = db.exec(QStringLiteral("SELECT text FROM list_note WHERE edition_id = ? AND deleted_at IS NULL "
                                        "ORDER BY position"),
                         {editionId});
    if (!notes)
        return notes.error();
    while (notes->next())
        list.notes << notes->value(0).toString();
    return success();
}

} // namespace

Result<QList<SupervisionSystem>> EditionParts::systems(const Database &db, qint64 editionId, const QString &domain)
{
    auto rows = db.exec(
        QStringLiteral("SELECT id, number, title, domain, intro FROM supervision_system "
                       "WHERE edition_id = ? AND deleted_at IS NULL AND (? = '' OR domain = ?) ORDER BY position"),
        {editionId, domain, domain});
    if (!rows)
        return rows.error();
    QList<SupervisionSystem> list;
    while (rows->next()) {
        SupervisionSystem sys;
        sys.number = rows->value(1).toString();
        sys.title = rows->value(2).toString();
        sys.domain = rows->value(3).toString();
        sys.intro = rows->value(4).toString();
        auto parts = db.exec(QStringLiteral("SELECT kind, heading, body FROM system_part "
                                            "WHERE system_id = ? AND deleted_at IS NULL ORDER BY position"),
                             {rows->value(0)});
        if (!parts)
            return parts.error();
        while (parts->next())
            sys.parts << SystemPart{systemPartKindFromCode(parts->value(0).toString()), parts->value(1).toString(),
                                    parts->value(2).toString()};
        auto points = db.exec(QStringLiteral("SELECT group_label, label, text FROM content_point "
                                             "WHERE system_id = ? AND deleted_at IS NULL ORDER BY position"),
                              {rows->value(0)});
        if (!points)
            return points.error();
        while (points->next())
            sys.contentPoints << ContentPoint{points->value(0).toString(), points->value(1).toString(),
                                              points->value(2).toString()};
        list << sys;
    }
    return list;
}

Result<ResponsibilityList> ResponsibilityListRepository::load(qint64 editionId) const
{
    auto edition = m_db.exec(QStringLiteral("SELECT label, department, region, published, editor, contact, "
                                            "accountability_intro FROM edition WHERE id = ? AND deleted_at IS NULL"),
                             {editionId});
    if (!edition)
        return edition.error();
    if (!edition->next())
        return refusal(Text::tr("Edition %1 does not exist.").arg(editionId));
    ResponsibilityList list;
    list.label = edition->value(0).toString();
    list.department = edition->value(1).toString();
    list.region = edition->value(2).toString();
    list.published = edition->value(3).toString();
    list.editor = edition->value(4).toString();
    list.contact = edition->value(5).toString();
    list.accountabilityIntro = edition->value(6).toString();
    for (auto loader : {loadDuties, loadBoundaries, loadSystems, loadServicesAndAccountability})
        if (auto s = loader(m_db, editionId, list); !s)
            return s.error();
    return list;
}

} // namespace casedesk
