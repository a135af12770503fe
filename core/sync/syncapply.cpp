#include "sync/syncapply.h"

#include "dutylist/itemsearchindex.h"
#include "recordwriter.h"
#include "sync/derivedcolumns.h"
#include "sync/syncconflicts.h"
#include "sync/syncmerge.h"

#include <QCoreApplication>
#include <csignal>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncApply)
};

RecordVersion versionOf(const QJsonObject &r)
{
    RecordVersion v;
    v.table = r.value(QLatin1String("t")).toString();
    v.uuid = r.value(QLatin1String("u")).toString();
    v.vv = VersionVector::fromJson(r.value(QLatin1String("vv")).toObject());
    v.dots = r.value(QLatin1String("dots")).toObject();
    v.content.fields = r.value(QLatin1String("f")).toObject();
    v.content.meta = r.value(QLatin1String("meta")).toObject();
    return v;
}

// The crash test (tests/core/test_synccrash.cpp) kills the process in the
// middle of an import to prove that nothing of it stays.
void dieForTheCrashTest(int applied)
{
    static const int after = qEnvironmentVariableIntValue("CASEDESK_TEST_KILL_IMPORT_AFTER");
    if (after > 0 && applied == after)
        std::raise(SIGKILL);
}

} // namespace

SyncApply::SyncApply(const Database &db, const SyncCatalog &catalog, QString site, QString file)
    : m_db(db), m_catalog(catalog), m_site(std::move(site)), m_file(std::move(file)), m_store(db, catalog),
      m_applier(db, catalog)
{
}

Status SyncApply::records(const SyncPayload &payload, ImportReport &report, const SyncProgress &progress)
{
    QList<RecordVersion> versions;
    versions.reserve(payload.records.size());
    for (const QJsonObject &r : payload.records) {
        versions << versionOf(r);
        const RecordVersion &v = versions.last();
        if (!m_catalog.table(v.table) || v.uuid.isEmpty())
            return refusal(Text::tr("%1: a record of \"%2\" that this CaseDesk does not know; nothing was imported.")
                               .arg(m_file, v.table));
        // Every new record gets its id first, so records may point at each
        // other in any order.
        if (auto s = m_applier.reserve(v.table, v.uuid); !s)
            return s;
    }
    int done = 0;
    for (const RecordVersion &v : versions) {
        if (auto s = applyOne(v, payload.blobs, report); !s)
            return s;
        ++done;
        dieForTheCrashTest(done);
        if (progress && done % 250 == 0 && !progress(done, int(versions.size())))
            return refusal(Text::tr("%1: the import was cancelled; nothing was changed.").arg(m_file));
    }
    return success();
}

Status SyncApply::applyOne(const RecordVersion &incoming, const QHash<QString, QByteArray> &blobs, ImportReport &report)
{
    auto local = m_store.current(incoming.table, incoming.uuid);
    if (!local)
        return local.error();
    RecordVersion result = incoming;
    QList<FieldConflict> conflicts;
    if (*local) {
        const RecordVersion &mine = **local;
        if (incoming.vv.within(mine.vv)) {
            ++report.unchanged;
            return success();
        }
        if (!mine.vv.within(incoming.vv)) {
            MergeResult merged = SyncMerge::merge(mine, incoming);
            result = merged.merged;
            conflicts = merged.conflicts;
            ++report.merged;
        } else {
            ++report.updated;
        }
    } else {
        ++report.added;
    }
    if (incoming.table == QLatin1String("enforcement_case"))
        if (auto s = checkCaseNumber(result); !s)
            return s;
    if (auto s = m_applier.write(result.table, result.uuid, result.content, blobs); !s)
        return refusal(QStringLiteral("%1: %2").arg(m_file, s.error().message));
    if (!conflicts.isEmpty() || (*local && !(**local).vv.within(incoming.vv))) {
        // Fields of two versions met: what is derived from them is computed
        // afresh, and the version holds what the row now holds.
        auto id = m_applier.idOf(result.table, result.uuid);
        if (!id)
            return id.error();
        if (auto s = DerivedColumns::refresh(m_db, result.table, *id); !s)
            return s;
        auto reread = m_store.reader().read(result.table, result.uuid);
        if (!reread)
            return reread.error();
        if (*reread)
            result.content.fields = (**reread).fields;
    }
    if (auto s = m_store.save(result, local->has_value()); !s)
        return s;
    if (!conflicts.isEmpty()) {
        auto past = m_store.ancestor(result.table, result.uuid, incoming.vv);
        if (!past)
            return past.error();
        const QString label = result.content.label();
        for (const FieldConflict &c : conflicts) {
            if (auto s = SyncConflicts::raise(m_db, result.table, result.uuid, label, c, past->value(c.field), m_site,
                                              utcNowIso());
                !s)
                return s;
            ++report.conflicts;
        }
    }
    m_touchedTables.insert(result.table);
    m_touched << result.table + QLatin1Char('/') + result.uuid;
    return success();
}

Status SyncApply::checkCaseNumber(const RecordVersion &v)
{
    const qint64 year = v.content.fields.value(QLatin1String("case_year")).toInteger();
    const qint64 sequence = v.content.fields.value(QLatin1String("case_sequence")).toInteger();
    if (year <= 0)
        return success();
    auto q = m_db.exec(QStringLiteral("SELECT case_uuid, given_site FROM case_number WHERE year = ? AND sequence = ? "
                                      "UNION ALL SELECT uuid, site FROM enforcement_case WHERE case_year = ? AND "
                                      "case_sequence = ?"),
                       {year, sequence, year, sequence});
    if (!q)
        return q.error();
    while (q->next())
        if (q->value(0).toString() != v.uuid)
            return refusal(Text::tr("%1: case number %2-%3 of case %4 (workstation %5) was already given here to "
                                    "another case (workstation %6). The two workstations' blocks of case numbers "
                                    "overlap: an administrator gives them separate blocks (cases numbering). Nothing "
                                    "was imported.")
                               .arg(m_file)
                               .arg(year)
                               .arg(sequence, 3, 10, QLatin1Char('0'))
                               .arg(v.content.label(), v.content.meta.value(QLatin1String("site")).toString(),
                                    q->value(1).toString()));
    return success();
}

Status SyncApply::finish()
{
    // Only records with open conflicts can settle one.
    auto open = SyncConflicts::list(m_db, true);
    if (!open)
        return open.error();
    QSet<QString> withOpenConflicts;
    for (const SyncConflict &c : *open)
        withOpenConflicts.insert(c.table + QLatin1Char('/') + c.recordUuid);
    for (const QString &key : m_touched) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString table = key.left(slash), uuid = key.mid(slash + 1);
        if (withOpenConflicts.contains(key))
            if (auto s = SyncConflicts::settleSuperseded(m_db, table, uuid); !s)
                return s;
        if (table != QLatin1String("enforcement_case"))
            continue;
        auto q = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO case_number(year, sequence, case_uuid, given_site, "
                                          "given_at) SELECT case_year, case_sequence, uuid, site, modified_at FROM "
                                          "enforcement_case WHERE uuid = ? AND case_year > 0"),
                           {uuid});
        if (!q)
            return q.error();
    }
    // The search text is derived here, never carried.
    const QStringList listTables = {QStringLiteral("edition"), QStringLiteral("duty"), QStringLiteral("item"),
                                    QStringLiteral("legal_reference"), QStringLiteral("section")};
    if (std::any_of(listTables.begin(), listTables.end(),
                    [this](const QString &t) { return m_touchedTables.contains(t); })) {
        auto editions = m_db.exec(QStringLiteral("SELECT id FROM edition"));
        if (!editions)
            return editions.error();
        QList<qint64> ids;
        while (editions->next())
            ids << editions->value(0).toLongLong();
        for (qint64 id : ids)
            if (auto s = ItemSearchIndex::refreshEdition(m_db, id); !s)
                return s;
    }
    return success();
}

} // namespace casedesk
