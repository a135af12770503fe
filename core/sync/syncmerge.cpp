#include "sync/syncmerge.h"

#include "sync/derivedcolumns.h"

#include <QSet>

namespace casedesk::SyncMerge {

namespace {

const QLatin1String kDeletedAt("deleted_at");

// Whether the version knows the stamp (a missing stamp is known to all).
bool knows(const RecordVersion &version, const Dot &dot)
{
    return dot.isNull() || version.vv.contains(dot);
}

FieldConflict conflictOf(const QString &field, const RecordVersion &x, const RecordVersion &y, bool keptX)
{
    const Dot dx = x.dotOf(field), dy = y.dotOf(field);
    const bool xFirst = dx < dy;
    const RecordVersion &a = xFirst ? x : y;
    const RecordVersion &b = xFirst ? y : x;
    return {field,
            a.content.fields.value(field),
            b.content.fields.value(field),
            a.dotOf(field),
            b.dotOf(field),
            a.content.meta,
            b.content.meta,
            xFirst ? keptX : !keptX};
}

// Changes one side made that the other has not seen, other than deleting.
bool editedUnseen(const RecordVersion &editor, const RecordVersion &other)
{
    for (auto it = editor.dots.begin(); it != editor.dots.end(); ++it)
        if (it.key() != kDeletedAt && !knows(other, Dot::parse(it.value().toString())))
            return true;
    return false;
}

} // namespace

MergeResult merge(const RecordVersion &local, const RecordVersion &incoming)
{
    MergeResult out;
    RecordVersion &m = out.merged;
    m.table = local.table;
    m.uuid = local.uuid;
    m.vv = local.vv.merged(incoming.vv);
    const QString lm = local.content.meta.value(QStringLiteral("modified_at")).toString() +
                       local.content.meta.value(QStringLiteral("site")).toString();
    const QString im = incoming.content.meta.value(QStringLiteral("modified_at")).toString() +
                       incoming.content.meta.value(QStringLiteral("site")).toString();
    m.content.meta = im > lm ? incoming.content.meta : local.content.meta;

    QSet<QString> fields;
    for (auto it = local.content.fields.begin(); it != local.content.fields.end(); ++it)
        fields.insert(it.key());
    for (auto it = incoming.content.fields.begin(); it != incoming.content.fields.end(); ++it)
        fields.insert(it.key());
    for (const QString &f : fields) {
        const Dot dl = local.dotOf(f), di = incoming.dotOf(f);
        const QJsonValue vl = local.content.fields.value(f), vi = incoming.content.fields.value(f);
        bool takeLocal;
        if (dl == di)
            takeLocal = true;
        else if (knows(local, di) && !knows(incoming, dl))
            takeLocal = true; // this side saw their write and wrote after it
        else if (knows(incoming, dl) && !knows(local, di))
            takeLocal = false;
        else {
            takeLocal = di < dl;
            // Derived columns are computed afresh from the merged record.
            if (vl != vi && !DerivedColumns::isDerived(local.table, f))
                out.conflicts << conflictOf(f, local, incoming, takeLocal);
        }
        m.content.fields.insert(f, takeLocal ? vl : vi);
        m.dots.insert(f, (takeLocal ? dl : di).toString());
    }

    // Deleted here, edited there (or the other way round): the edit is
    // not lost behind a tombstone without somebody deciding.
    const bool localDeleted =
        !local.content.fields.value(kDeletedAt).isNull() && !knows(incoming, local.dotOf(kDeletedAt));
    const bool incomingDeleted =
        !incoming.content.fields.value(kDeletedAt).isNull() && !knows(local, incoming.dotOf(kDeletedAt));
    const bool alreadyConflict = std::any_of(out.conflicts.begin(), out.conflicts.end(),
                                             [](const FieldConflict &c) { return c.field == kDeletedAt; });
    if (!alreadyConflict && localDeleted != incomingDeleted &&
        ((localDeleted && editedUnseen(incoming, local)) || (incomingDeleted && editedUnseen(local, incoming)))) {
        const bool keptLocal = m.dots.value(kDeletedAt).toString() == local.dotOf(kDeletedAt).toString();
        out.conflicts << conflictOf(kDeletedAt, local, incoming, keptLocal);
    }
    return out;
}

} // namespace casedesk::SyncMerge
