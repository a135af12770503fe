#include "dutylistrepository.h"

#include "audit/auditedtransaction.h"
#include "dutylist/dutylistcsv.h"
#include "dutylist/itemsearchindex.h"
#include "dutylist/supervisiondomain.h"
#include "recordwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponsibilityListRepository)
};

// Writes one edition's rows; the caller owns the transaction.
class EditionWriter {
  public:
    EditionWriter(Database &db, RecordStamp stamp) : m_db(db), m_writer(db, std::move(stamp)) {}

    // The new edition's bureau-wide identity, once write() succeeded.
    QString editionUuid() const { return m_editionUuid; }

    Result<qint64> write(const ResponsibilityList &list, const QString &hash, const QString &sourceName)
    {
        auto edition = m_writer.insert("edition", {{"label", list.label},
                                                   {"department", list.department},
                                                   {"region", list.region},
                                                   {"published", list.published},
                                                   {"editor", list.editor},
                                                   {"contact", list.contact},
                                                   {"accountability_intro", list.accountabilityIntro},
                                                   {"source_name", sourceName},
                                                   {"content_hash", hash}});
        m_editionUuid = m_writer.lastUuid();
        if (!edition)
            return edition.error();
        const qint64 id = *edition;
        for (Status s : {writeNotes(id, list), writeDuties(id, list), writeBoundaries(id, list), writeSystems(id, list),
                         writeServices(id, list), writeAccountability(id, list)})
            if (!s)
                return s.error();
        return id;
    }

  private:
    Status writeNotes(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype i = 0; i < list.notes.size(); ++i)
            if (auto r =
                    m_writer.insert("list_note", {{"edition_id", editionId}, {"position", i}, {"text", list.notes[i]}});
                !r)
                return r.error();
        return success();
    }

    Result<qint64> sectionId(const QString &name)
    {
        if (auto it = m_sections.constFind(name); it != m_sections.constEnd())
            return *it;
        auto q = m_db.exec(QStringLiteral("SELECT id FROM section WHERE name = ? AND deleted_at IS NULL"), {name});
        if (!q)
            return q.error();
        qint64 id = 0;
        if (q->next()) {
            id = q->value(0).toLongLong();
        } else {
            auto inserted = m_writer.insert("section", {{"name", name}});
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        m_sections.insert(name, id);
        return id;
    }

    Status writeDuties(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype d = 0; d < list.duties.size(); ++d) {
            const MainDuty &duty = list.duties[d];
            auto dutyId = m_writer.insert(
                "duty", {{"edition_id", editionId}, {"position", d}, {"number", duty.number}, {"text", duty.text}});
            if (!dutyId)
                return dutyId.error();
            QList<qint64> itemIds;
            for (qsizetype i = 0; i < duty.items.size(); ++i) {
                const ResponsibilityItem &item = duty.items[i];
                auto itemId =
                    m_writer.insert("item", {{"duty_id", *dutyId},
                                             {"position", i},
                                             {"text", item.text},
                                             {"heading", item.heading},
                                             {"remarks", item.remarks},
                                             {"domain", SupervisionDomain::classifyItem(item.text, duty.text)}});
                if (!itemId)
                    return itemId.error();
                itemIds << *itemId;
                for (qsizetype s = 0; s < item.sections.size(); ++s) {
                    auto section = sectionId(item.sections[s]);
                    if (!section)
                        return section.error();
                    auto link = m_db.exec(
                        QStringLiteral(
                            "INSERT OR IGNORE INTO item_section(item_id, section_id, position) VALUES (?, ?, ?)"),
                        {*itemId, *section, s});
                    if (!link)
                        return link.error();
                }
            }
            for (qsizetype r = 0; r < duty.references.size(); ++r) {
                const LegalReference &ref = duty.references[r];
                const bool forItem = ref.itemIndex >= 0 && ref.itemIndex < itemIds.size();
                auto refId = m_writer.insert("legal_reference",
                                             {{"duty_id", *dutyId},
                                              {"item_id", forItem ? QVariant(itemIds[ref.itemIndex]) : QVariant()},
                                              {"position", r},
                                              {"law", ref.law},
                                              {"law_edition", ref.lawEdition},
                                              {"article", ref.article},
                                              {"situations", ref.situations}});
                if (!refId)
                    return refId.error();
            }
        }
        return success();
    }

    Status writeBoundaries(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype b = 0; b < list.boundaries.size(); ++b) {
            const BoundaryMatter &m = list.boundaries[b];
            auto id = m_writer.insert("boundary", {{"edition_id", editionId},
                                                   {"position", b},
                                                   {"number", m.number},
                                                   {"matter", m.matter},
                                                   {"basis", m.basis},
                                                   {"example", m.example}});
            if (!id)
                return id.error();
            for (qsizetype s = 0; s < m.shares.size(); ++s)
                if (auto r = m_writer.insert("boundary_share", {{"boundary_id", *id},
                                                                {"position", s},
                                                                {"department", m.shares[s].department},
                                                                {"share", m.shares[s].share}});
                    !r)
                    return r.error();
        }
        return success();
    }

    Status writeSystems(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype n = 0; n < list.systems.size(); ++n) {
            const SupervisionSystem &sys = list.systems[n];
            auto id = m_writer.insert("supervision_system", {{"edition_id", editionId},
                                                             {"position", n},
                                                             {"number", sys.number},
                                                             {"title", sys.title},
                                                             {"domain", sys.domain},
                                                             {"intro", sys.intro}});
            if (!id)
                return id.error();
            for (qsizetype p = 0; p < sys.parts.size(); ++p)
                if (auto r = m_writer.insert("system_part", {{"system_id", *id},
                                                             {"position", p},
                                                             {"kind", systemPartKindCode(sys.parts[p].kind)},
                                                             {"heading", sys.parts[p].heading},
                                                             {"body", sys.parts[p].body}});
                    !r)
                    return r.error();
            for (qsizetype p = 0; p < sys.contentPoints.size(); ++p)
                if (auto r = m_writer.insert("content_point", {{"system_id", *id},
                                                               {"position", p},
                                                               {"group_label", sys.contentPoints[p].group},
                                                               {"label", sys.contentPoints[p].label},
                                                               {"text", sys.contentPoints[p].text}});
                    !r)
                    return r.error();
        }
        return success();
    }

    Status writeServices(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype n = 0; n < list.services.size(); ++n) {
            const PublicService &s = list.services[n];
            if (auto r = m_writer.insert("public_service", {{"edition_id", editionId},
                                                            {"position", n},
                                                            {"number", s.number},
                                                            {"name", s.name},
                                                            {"content", s.content},
                                                            {"section", s.section},
                                                            {"phone", s.phone}});
                !r)
                return r.error();
        }
        return success();
    }

    Status writeAccountability(qint64 editionId, const ResponsibilityList &list)
    {
        for (qsizetype n = 0; n < list.accountability.size(); ++n) {
            const AccountabilityBody &a = list.accountability[n];
            if (auto r = m_writer.insert("accountability_body", {{"edition_id", editionId},
                                                                 {"position", n},
                                                                 {"name", a.name},
                                                                 {"share", a.share},
                                                                 {"procedure", a.procedure},
                                                                 {"text", a.text}});
                !r)
                return r.error();
        }
        return success();
    }

    Database &m_db;
    RecordWriter m_writer;
    QString m_editionUuid;
    QHash<QString, qint64> m_sections;
};

Status validate(const ResponsibilityList &list)
{
    if (list.label.trimmed().isEmpty())
        return refusal(Text::tr("Edition label: the edition needs a label."));
    if (list.department.trimmed().isEmpty())
        return refusal(Text::tr("Department: the list does not name its department."));
    if (list.duties.isEmpty())
        return refusal(Text::tr("Main duties: the list has no main duties."));
    for (const MainDuty &d : list.duties) {
        if (d.text.trimmed().isEmpty())
            return refusal(Text::tr("Main duty %1: the duty has no text.").arg(d.number));
        for (const ResponsibilityItem &i : d.items)
            if (i.text.trimmed().isEmpty())
                return refusal(Text::tr("Main duty %1: an item has no text.").arg(d.number));
    }
    return success();
}

// How people know an edition in the audit trail.
QString editionLabel(const ResponsibilityList &list)
{
    return QStringLiteral("%1 %2").arg(list.department, list.label);
}

// What the audit trail keeps of an edition: its identity, source and
// content hash (which pins every row of it) and its size.
QJsonObject auditSummary(const ResponsibilityList &list, const QString &hash, const QString &sourceName)
{
    return {{QStringLiteral("label"), list.label},
            {QStringLiteral("department"), list.department},
            {QStringLiteral("region"), list.region},
            {QStringLiteral("published"), list.published},
            {QStringLiteral("sourceName"), sourceName},
            {QStringLiteral("contentHash"), hash},
            {QStringLiteral("duties"), int(list.duties.size())},
            {QStringLiteral("items"), list.itemCount()},
            {QStringLiteral("references"), list.referenceCount()},
            {QStringLiteral("boundaries"), int(list.boundaries.size())},
            {QStringLiteral("supervisionSystems"), int(list.systems.size())},
            {QStringLiteral("publicServices"), int(list.services.size())}};
}

} // namespace

QString ResponsibilityListRepository::contentHash(const ResponsibilityList &list)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(ResponsibilityListCsv::write(list), QCryptographicHash::Sha256).toHex());
}

Result<SaveOutcome> ResponsibilityListRepository::save(const Session &session, const ResponsibilityList &list,
                                                       const QString &sourceName)
{
    if (auto allowed = Permissions::require(session, Action::ImportResponsibilityList); !allowed)
        return allowed.error();
    if (auto valid = validate(list); !valid)
        return valid.error();
    const QString hash = contentHash(list);

    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ImportResponsibilityList); !s)
        return s.error();

    auto existing = m_db.exec(QStringLiteral("SELECT id, content_hash FROM edition "
                                             "WHERE department = ? AND label = ? AND deleted_at IS NULL"),
                              {list.department, list.label});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        if (existing->value(1).toString() == hash)
            return SaveOutcome{existing->value(0).toLongLong(), true};
        return refusal(Text::tr("Edition label: %1 already has an edition labelled \"%2\" with different content. "
                                "A stored edition is never rewritten; import the new list under another label.")
                           .arg(list.department, list.label));
    }

    EditionWriter writer(m_db, tx.stamp());
    auto id = writer.write(list, hash, sourceName);
    if (!id)
        return id.error();
    if (auto indexed = ItemSearchIndex::refreshEdition(m_db, *id); !indexed)
        return indexed.error();
    if (auto s = tx.record({QStringLiteral("duties.import"),
                            QStringLiteral("edition"),
                            writer.editionUuid(),
                            editionLabel(list),
                            {},
                            auditSummary(list, hash, sourceName)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return SaveOutcome{*id, false};
}

Status ResponsibilityListRepository::remove(const Session &session, qint64 editionId)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::RemoveResponsibilityList); !s)
        return s;
    auto row = m_db.exec(QStringLiteral("SELECT uuid, source_name, content_hash FROM edition "
                                        "WHERE id = ? AND deleted_at IS NULL"),
                         {editionId});
    if (!row)
        return row.error();
    if (!row->next())
        return refusal(Text::tr("Edition: there is no edition %1.").arg(editionId));
    const QString uuid = row->value(0).toString();
    const QString sourceName = row->value(1).toString();
    const QString hash = row->value(2).toString();
    auto list = load(editionId);
    if (!list)
        return list.error();

    const RecordStamp &stamp = tx.stamp();
    // Children first, each through its parent's edition; the edition id is
    // bound like every other value.
    const char *const children[][2] = {
        {"item", "duty_id IN (SELECT id FROM duty WHERE edition_id = ?)"},
        {"legal_reference", "duty_id IN (SELECT id FROM duty WHERE edition_id = ?)"},
        {"system_part", "system_id IN (SELECT id FROM supervision_system WHERE edition_id = ?)"},
        {"content_point", "system_id IN (SELECT id FROM supervision_system WHERE edition_id = ?)"},
        {"boundary_share", "boundary_id IN (SELECT id FROM boundary WHERE edition_id = ?)"},
    };
    for (const auto &child : children) {
        auto r = m_db.exec(QStringLiteral("UPDATE %1 SET deleted_at = ?, modified_at = ?, modified_by = ? "
                                          "WHERE deleted_at IS NULL AND %2")
                               .arg(QString::fromLatin1(child[0]), QString::fromLatin1(child[1])),
                           {stamp.at, stamp.at, stamp.by, editionId});
        if (!r)
            return r.error();
    }
    for (const char *table :
         {"duty", "boundary", "supervision_system", "public_service", "accountability_body", "list_note"})
        if (auto s = tx.writer().markDeleted(table, "edition_id", editionId); !s)
            return s;
    if (auto s = tx.writer().markDeleted("edition", "id", editionId); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("duties.remove"),
                            QStringLiteral("edition"),
                            uuid,
                            editionLabel(*list),
                            auditSummary(*list, hash, sourceName),
                            {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
