// DrawPoolFilter (declared in drawrepository.h): the text form of a draw's
// pool, as typed on the command line and printed on the draw record.
#include "inspections/drawrepository.h"
#include "register/entity.h"
#include "register/entityrisk.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrawRepository)
};

const char *const kKeys = "kind, township, risk, search, due";

QStringList values(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、]"));
    QStringList out;
    for (const QString &v : text.split(separators, Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

Result<bool> flag(const QString &key, const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("no") || v == QLatin1String("false"))
        return false;
    return refusal(Text::tr("Pool, %1: \"%2\" is neither 1 nor 0.").arg(key, value));
}
} // namespace

Result<DrawPoolFilter> DrawPoolFilter::parse(const QString &text)
{
    DrawPoolFilter f;
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0)
            return refusal(Text::tr("Pool: \"%1\" is not key=value; the keys are %2.").arg(item, QLatin1String(kKeys)));
        QString key = item.left(equals).trimmed().toLower();
        const QString value = item.mid(equals + 1).trimmed();
        if (key == QLatin1String("kinds"))
            key = QStringLiteral("kind");
        if (key == QLatin1String("risks"))
            key = QStringLiteral("risk");
        if (seen.contains(key))
            return refusal(Text::tr("Pool: the key %1 is given twice.").arg(key));
        seen.insert(key);
        if (key == QLatin1String("kind")) {
            if (values(value).isEmpty())
                return refusal(Text::tr("Pool, kind: name at least one kind of entity."));
            for (const QString &v : values(value)) {
                auto kinds = EntityKinds::parse(v);
                if (!kinds)
                    return refusal(Text::tr("Pool, kind: %1").arg(kinds.error().message));
                f.kinds |= kinds->bits();
            }
        } else if (key == QLatin1String("risk")) {
            if (values(value).isEmpty())
                return refusal(Text::tr("Pool, risk: name at least one risk flag."));
            for (const QString &v : values(value)) {
                auto risk = EntityRisk::parse(v);
                if (!risk)
                    return refusal(Text::tr("Pool, risk: %1").arg(risk.error().message));
                f.risks |= int(*risk);
            }
        } else if (key == QLatin1String("township")) {
            if (value.isEmpty())
                return refusal(Text::tr("Pool, township: name the township."));
            f.township = value;
        } else if (key == QLatin1String("search")) {
            f.search = value;
        } else if (key == QLatin1String("due")) {
            auto due = flag(key, value);
            if (!due)
                return due.error();
            f.dueOnly = *due;
        } else {
            return refusal(
                Text::tr("Pool: \"%1\" is not a key of a pool; the keys are %2.").arg(key, QLatin1String(kKeys)));
        }
    }
    return f;
}

QString DrawPoolFilter::toText() const
{
    QStringList parts;
    if (kinds)
        parts << QStringLiteral("kind=") + EntityKinds::fromBits(kinds).codes().join(QLatin1Char(','));
    if (!township.isEmpty())
        parts << QStringLiteral("township=") + township;
    if (risks)
        parts << QStringLiteral("risk=") + RiskFlags::fromBits(risks).codes().join(QLatin1Char(','));
    if (!search.isEmpty())
        parts << QStringLiteral("search=") + search;
    if (dueOnly)
        parts << QStringLiteral("due=1");
    return parts.join(QLatin1Char(';'));
}

} // namespace casedesk
