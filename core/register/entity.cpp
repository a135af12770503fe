#include "register/entity.h"

#include "translations.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Entity)
};

struct KindInfo {
    EntityKind kind;
    const char *code;
    const char *name;
};

const KindInfo kKinds[] = {
    {EntityKind::Producer, "producer", QT_TRANSLATE_NOOP("Entity", "Producer")},
    {EntityKind::EquipmentUser, "equipment-user", QT_TRANSLATE_NOOP("Entity", "Special-equipment user")},
    {EntityKind::EquipmentProducer, "equipment-producer", QT_TRANSLATE_NOOP("Entity", "Special-equipment producer")},
    {EntityKind::TestingLab, "testing-lab", QT_TRANSLATE_NOOP("Entity", "Testing laboratory")},
    {EntityKind::MetrologyInstitution, "metrology", QT_TRANSLATE_NOOP("Entity", "Metrology institution")},
    {EntityKind::Distributor, "distributor", QT_TRANSLATE_NOOP("Entity", "Distributor")},
    {EntityKind::Other, "other", QT_TRANSLATE_NOOP("Entity", "Other")},
};

const KindInfo &info(EntityKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return k;
    Q_UNREACHABLE();
}

// Limits that keep a mistyped paste (a whole row in one cell) out.
constexpr int kMaxName = 200;
constexpr int kMaxLine = 300;
constexpr int kMaxNotes = 4000;

bool looksLikePhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\-() 、,，/转]{3,60}$"));
    return pattern.match(phone).hasMatch();
}
} // namespace

EntityKinds::EntityKinds(std::initializer_list<EntityKind> kinds)
{
    for (EntityKind k : kinds)
        set(k);
}

void EntityKinds::set(EntityKind kind, bool on)
{
    m_bits = on ? (m_bits | int(kind)) : (m_bits & ~int(kind));
}

int EntityKinds::allBits()
{
    int bits = 0;
    for (const KindInfo &k : kKinds)
        bits |= int(k.kind);
    return bits;
}

QList<EntityKind> EntityKinds::list() const
{
    QList<EntityKind> out;
    for (const KindInfo &k : kKinds)
        if (has(k.kind))
            out << k.kind;
    return out;
}

QStringList EntityKinds::codes() const
{
    QStringList out;
    for (EntityKind k : list())
        out << entityKindCode(k);
    return out;
}

QString EntityKinds::names() const
{
    QStringList out;
    for (EntityKind k : list())
        out << entityKindName(k);
    return out.join(QStringLiteral("、"));
}

Result<EntityKinds> EntityKinds::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,，、;；/]\\s*"));
    EntityKinds kinds;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        bool known = false;
        for (const KindInfo &k : kKinds) {
            if (word.compare(QLatin1String(k.code), Qt::CaseInsensitive) == 0 ||
                word.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0 || word == entityKindName(k.kind) ||
                word == Translations::chinese("Entity", k.name)) {
                kinds.set(k.kind);
                known = true;
                break;
            }
        }
        if (!known) {
            QStringList names;
            for (const KindInfo &k : kKinds)
                names << entityKindName(k.kind);
            return refusal(Text::tr("'%1' is not a kind of entity; the kinds are %2.")
                               .arg(word, names.join(QStringLiteral("、"))));
        }
    }
    return kinds;
}

const QList<EntityKind> &allEntityKinds()
{
    static const QList<EntityKind> all = [] {
        QList<EntityKind> l;
        for (const KindInfo &k : kKinds)
            l << k.kind;
        return l;
    }();
    return all;
}

QString entityKindCode(EntityKind kind)
{
    return QString::fromLatin1(info(kind).code);
}

QString entityKindName(EntityKind kind)
{
    return QCoreApplication::translate("Entity", info(kind).name);
}

void Entity::normalise()
{
    name = name.simplified();
    if (auto c = RegistrationCodes::check(code)) {
        code = c->text;
        codeKind = c->kind;
    }
    for (QString *s : {&address, &township, &legalRepresentative, &contactPerson, &phone})
        *s = s->simplified();
    notes = notes.trimmed();
}

FieldProblems Entity::problems(const QDate &today) const
{
    FieldProblems out;
    auto add = [&](const char *field, const QString &message) { out.append({QString::fromLatin1(field), message}); };
    if (name.trimmed().isEmpty())
        add("name", Text::tr("The name is missing."));
    else if (name.size() > kMaxName)
        add("name", Text::tr("The name has %1 characters; at most %2 are allowed.").arg(name.size()).arg(kMaxName));
    if (code.trimmed().isEmpty())
        add("code", Text::tr("The unified social credit code (or organisation code) is missing."));
    else if (auto c = RegistrationCodes::check(code); !c)
        add("code", c.error().message);
    const std::pair<const char *, const QString *> lines[] = {{"address", &address},
                                                              {"township", &township},
                                                              {"legalRepresentative", &legalRepresentative},
                                                              {"contactPerson", &contactPerson}};
    for (const auto &[field, value] : lines)
        if (value->size() > kMaxLine)
            add(field,
                Text::tr("This field has %1 characters; at most %2 are allowed.").arg(value->size()).arg(kMaxLine));
    if (!phone.isEmpty() && !looksLikePhone(phone))
        add("phone",
            Text::tr("'%1' is not a phone number: use digits, spaces, + - ( ) and 转 for an extension.").arg(phone));
    if (kinds.isEmpty())
        add("kinds", Text::tr("Choose at least one kind (producer, special-equipment user, …)."));
    if (lastIncidentOn.isValid() && today.isValid() && lastIncidentOn > today)
        add("lastIncidentOn",
            Text::tr("The last accident or recall (%1) lies in the future.").arg(lastIncidentOn.toString(Qt::ISODate)));
    if (crowdedPlace && !kinds.has(EntityKind::EquipmentUser))
        add("crowdedPlace", Text::tr("Only a special-equipment user is marked as a crowded place: add that kind "
                                     "or clear the mark."));
    if (notes.size() > kMaxNotes)
        add("notes",
            Text::tr("The notes have %1 characters; at most %2 are allowed.").arg(notes.size()).arg(kMaxNotes));
    return out;
}

QJsonObject Entity::toAuditJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("code"), code},
        {QStringLiteral("address"), address},
        {QStringLiteral("township"), township},
        {QStringLiteral("legalRepresentative"), legalRepresentative},
        {QStringLiteral("contactPerson"), contactPerson},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("kinds"), kinds.codes().join(QLatin1Char(','))},
        {QStringLiteral("lastIncidentOn"), lastIncidentOn.toString(Qt::ISODate)},
        {QStringLiteral("complaintsConfirmed"), complaintsConfirmed},
        {QStringLiteral("crowdedPlace"), crowdedPlace},
        {QStringLiteral("notes"), notes},
    };
}

} // namespace casedesk
