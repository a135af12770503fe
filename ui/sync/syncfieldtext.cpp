#include "sync/syncfieldtext.h"

#include "audit/auditdiff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace casedesk {

namespace {

// The audit trail names fields in camelCase, the schema in snake_case.
QString camelCase(const QString &column)
{
    QString out;
    bool upper = false;
    for (const QChar c : column) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

const SyncColumn *columnOf(const QList<SyncColumn> &columns, const QString &name)
{
    for (const SyncColumn &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

SyncFieldText::SyncFieldText(const Database &db)
{
    // Without the catalogue, references read as their uuids: still true.
    if (auto catalog = SyncCatalog::read(db)) {
        m_catalog = std::make_unique<SyncCatalog>(std::move(catalog).value());
        m_reader = std::make_unique<RecordReader>(db, *m_catalog);
    }
}

SyncFieldText::~SyncFieldText() = default;

QString SyncFieldText::tableLabel(const QString &table)
{
    static const struct {
        const char *table;
        const char *label;
    } labels[] = {
        {"section", QT_TR_NOOP("Section")},
        {"edition", QT_TR_NOOP("Responsibility list edition")},
        {"list_note", QT_TR_NOOP("Note of a responsibility list")},
        {"duty", QT_TR_NOOP("Main duty")},
        {"item", QT_TR_NOOP("Responsibility item")},
        {"legal_reference", QT_TR_NOOP("Legal reference")},
        {"boundary", QT_TR_NOOP("Boundary matter")},
        {"boundary_share", QT_TR_NOOP("Department's share of a boundary matter")},
        {"supervision_system", QT_TR_NOOP("Supervision system")},
        {"system_part", QT_TR_NOOP("Part of a supervision system")},
        {"content_point", QT_TR_NOOP("Check point")},
        {"public_service", QT_TR_NOOP("Public service")},
        {"accountability_body", QT_TR_NOOP("Accountability body")},
        {"staff", QT_TR_NOOP("Staff account")},
        {"entity", QT_TR_NOOP("Entity")},
        {"licence", QT_TR_NOOP("Licence")},
        {"licence_status_change", QT_TR_NOOP("Licence status change")},
        {"equipment", QT_TR_NOOP("Special equipment")},
        {"case_number_block", QT_TR_NOOP("Block of case numbers")},
        {"enforcement_case", QT_TR_NOOP("Case")},
        {"case_clock_stop", QT_TR_NOOP("Case clock stop")},
        {"case_seizure", QT_TR_NOOP("Sealing or seizure")},
        {"case_step", QT_TR_NOOP("Case step")},
        {"case_attachment", QT_TR_NOOP("Case attachment")},
        {"plan_entry", QT_TR_NOOP("Plan entry")},
        {"recusal", QT_TR_NOOP("Recusal")},
        {"inspection_draw", QT_TR_NOOP("Random draw")},
        {"inspection", QT_TR_NOOP("Inspection")},
        {"sampling_batch", QT_TR_NOOP("Sampling batch")},
        // Child tables, shown as a field of their parent.
        {"item_section", QT_TR_NOOP("Responsible sections")},
        {"case_handler", QT_TR_NOOP("Handlers")},
        {"case_item", QT_TR_NOOP("Responsibility items")},
        {"case_provision", QT_TR_NOOP("Provisions")},
        {"case_penalty", QT_TR_NOOP("Penalties")},
        {"plan_entry_target", QT_TR_NOOP("Targets")},
        {"draw_pick", QT_TR_NOOP("Units and inspectors drawn")},
        {"inspection_inspector", QT_TR_NOOP("Inspectors")},
        {"inspection_item", QT_TR_NOOP("Responsibility items")},
        {"inspection_check", QT_TR_NOOP("Checklist")},
        {"sampling_sampler", QT_TR_NOOP("Samplers")},
        {"sampling_item", QT_TR_NOOP("Responsibility items")},
    };
    for (const auto &l : labels)
        if (table == QLatin1String(l.table))
            return tr(l.label);
    return table;
}

QString SyncFieldText::fieldLabel(const QString &field)
{
    if (field.startsWith(QLatin1Char('+')))
        return tableLabel(field.mid(1));
    const QString camel = camelCase(field);
    const QString label = AuditDiff::fieldLabel(camel);
    return label == camel ? field : label;
}

QString SyncFieldText::localTime(const QString &utcIso)
{
    if (utcIso.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!at.isValid())
        return utcIso;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString SyncFieldText::emptyText()
{
    return tr("(empty)");
}

QString SyncFieldText::valueText(const QString &table, const QString &field, const QJsonValue &value)
{
    if (field.startsWith(QLatin1Char('+')))
        return rowsText(table, field.mid(1), value);
    const SyncTable *t = m_catalog ? m_catalog->table(table) : nullptr;
    return scalarText(t ? columnOf(t->columns, field) : nullptr, value);
}

QStringList SyncFieldText::fieldsOf(const QString &table) const
{
    const SyncTable *t = m_catalog ? m_catalog->table(table) : nullptr;
    if (!t)
        return {};
    QStringList out;
    for (const SyncColumn &c : t->columns)
        out << c.name;
    for (const SyncChildTable &child : t->children)
        out << QLatin1Char('+') + child.name;
    return out;
}

std::optional<RecordContent> SyncFieldText::read(const QString &table, const QString &uuid)
{
    if (!m_reader)
        return std::nullopt;
    auto found = m_reader->read(table, uuid);
    return found ? *found : std::nullopt;
}

QString SyncFieldText::scalarText(const SyncColumn *column, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return emptyText();
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        if (value.toString().isEmpty())
            return emptyText();
        if (column && !column->references.isEmpty())
            return recordLabel(column->references, value.toString());
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

QString SyncFieldText::rowsText(const QString &table, const QString &childTable, const QJsonValue &rows)
{
    const QJsonArray list = rows.toArray();
    if (list.isEmpty())
        return tr("(no rows)");
    const SyncChildTable *child = nullptr;
    if (const SyncTable *t = m_catalog ? m_catalog->table(table) : nullptr)
        for (const SyncChildTable &c : t->children)
            if (c.name == childTable)
                child = &c;
    QStringList lines;
    for (const QJsonValue &row : list) {
        QJsonObject cells = row.toObject();
        // The rows come in their order: its number says nothing more.
        cells.remove(QStringLiteral("position"));
        QStringList parts;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const SyncColumn *column = child ? columnOf(child->columns, it.key()) : nullptr;
            const QString text = scalarText(column, it.value());
            // A row with one column needs no name before its value.
            parts << (cells.size() == 1 ? text : QStringLiteral("%1: %2").arg(fieldLabel(it.key()), text));
        }
        lines << QStringLiteral("• ") + parts.join(QStringLiteral("; "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SyncFieldText::recordLabel(const QString &table, const QString &uuid)
{
    const QString key = table + QLatin1Char('/') + uuid;
    auto cached = m_labels.constFind(key);
    if (cached != m_labels.constEnd())
        return *cached;
    const std::optional<RecordContent> record = read(table, uuid);
    const QString label = record ? record->label() : QString();
    const QString shown = label.isEmpty() ? uuid : QStringLiteral("%1 (%2)").arg(label, uuid.left(8));
    m_labels.insert(key, shown);
    return shown;
}

} // namespace casedesk
