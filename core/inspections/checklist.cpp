#include "inspections/checklist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk::Checklist {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

const QString kQuestion = QStringLiteral("是否");

// The questions of one published point: its clauses split at '；' when
// every clause asks its own question (contains 是否); otherwise the point
// as one question. Empty clauses (a trailing '；') are dropped.
QStringList questions(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[；;]"));
    QStringList clauses;
    for (const QString &clause : text.split(separator)) {
        const QString trimmed = clause.trimmed();
        if (!trimmed.isEmpty())
            clauses << trimmed;
    }
    if (clauses.size() < 2)
        return {text.trimmed()};
    for (const QString &clause : clauses)
        if (!clause.contains(kQuestion))
            return {text.trimmed()};
    return clauses;
}

// "2" → "2.1"; "（三）" → "（三）1": a dot only after a digit.
QString subLabel(const QString &label, int n)
{
    const bool dotted = !label.isEmpty() && label.back().isDigit();
    return label + (dotted ? QStringLiteral(".") : QString()) + QString::number(n);
}

CheckPoint checkPoint(const QString &group, const QString &label, const QString &text)
{
    CheckPoint p;
    p.group = group;
    p.label = label;
    p.text = text;
    return p;
}

// The content part's body, for a system that publishes no numbered points.
QString contentBody(const SupervisionSystem &system)
{
    for (const SystemPart &part : system.parts)
        if (part.kind == SystemPartKind::Content)
            return part.body.trimmed();
    return {};
}
} // namespace

QList<CheckPoint> forSystem(const SupervisionSystem &system)
{
    QList<ContentPoint> points = system.contentPoints;
    if (points.isEmpty()) {
        const QString body = contentBody(system);
        if (body.isEmpty())
            return {};
        points << ContentPoint{{}, {}, body};
    }
    QList<CheckPoint> out;
    for (int i = 0; i < points.size(); ++i) {
        const ContentPoint &point = points.at(i);
        // An unlabelled point (a one-paragraph content part) is known by its place.
        const QString label = point.label.trimmed().isEmpty() ? QString::number(i + 1) : point.label.trimmed();
        const QStringList asked = questions(point.text);
        if (asked.size() == 1) {
            out << checkPoint(point.group, label, asked.first());
            continue;
        }
        for (int n = 0; n < asked.size(); ++n)
            out << checkPoint(point.group, subLabel(label, n + 1), asked.at(n));
    }
    return out;
}

Result<QList<CheckPoint>> forSystem(const Database &db, qint64 systemId)
{
    auto row = db.exec(QStringLiteral("SELECT edition_id, domain FROM supervision_system "
                                      "WHERE id = ? AND deleted_at IS NULL"),
                       {systemId});
    if (!row)
        return row.error();
    if (!row->next())
        return refusal(Text::tr("Supervision system: there is no system %1 in the responsibility list.").arg(systemId));
    SupervisionSystem system;
    auto parts = db.exec(QStringLiteral("SELECT kind, heading, body FROM system_part "
                                        "WHERE system_id = ? AND deleted_at IS NULL ORDER BY position"),
                         {systemId});
    if (!parts)
        return parts.error();
    while (parts->next())
        system.parts << SystemPart{systemPartKindFromCode(parts->value(0).toString()), parts->value(1).toString(),
                                   parts->value(2).toString()};
    auto points = db.exec(QStringLiteral("SELECT group_label, label, text FROM content_point "
                                         "WHERE system_id = ? AND deleted_at IS NULL ORDER BY position"),
                          {systemId});
    if (!points)
        return points.error();
    while (points->next())
        system.contentPoints << ContentPoint{points->value(0).toString(), points->value(1).toString(),
                                             points->value(2).toString()};
    return forSystem(system);
}

QList<SystemChoice> systems(const Database &db, const QString &domain)
{
    // The edition in force: the newest live edition (the one stored last),
    // as ResponsibilityListQueries::findEdition takes it.
    auto q = db.exec(QStringLiteral("SELECT s.id, e.id, e.label, s.number, s.title, s.domain "
                                    "FROM supervision_system s JOIN edition e ON e.id = s.edition_id "
                                    "WHERE e.id = (SELECT max(id) FROM edition WHERE deleted_at IS NULL) "
                                    "AND s.deleted_at IS NULL AND (? = '' OR s.domain = ?) ORDER BY s.position"),
                     {domain, domain});
    QList<SystemChoice> out;
    while (q && q->next())
        out << SystemChoice{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                            q->value(3).toString(),   q->value(4).toString(),   q->value(5).toString()};
    return out;
}

qint64 defaultSystem(const Database &db, const QString &domain)
{
    if (domain.isEmpty())
        return 0;
    const QList<SystemChoice> choices = systems(db, domain);
    return choices.isEmpty() ? 0 : choices.first().systemId;
}

} // namespace casedesk::Checklist
