#include "cases/casedetails.h"

#include "cases/caserows.h"
#include "cases/caseworkflow.h"
#include "register/entityregister.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace casedesk::CaseDetails {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

template <class T, class Key> QList<qint64> keys(const QList<T> &list, Key key)
{
    QList<qint64> out;
    for (const T &t : list)
        out << key(t);
    return out;
}

bool same(const QString &key, const EnforcementCase &a, const EnforcementCase &b)
{
    if (key == QLatin1String("party"))
        return a.party == b.party;
    if (key == QLatin1String("source"))
        return a.source == b.source && a.sourceDetail == b.sourceDetail;
    if (key == QLatin1String("receivedOn"))
        return a.receivedOn == b.receivedOn;
    if (key == QLatin1String("title"))
        return a.title == b.title;
    if (key == QLatin1String("facts"))
        return a.facts == b.facts;
    if (key == QLatin1String("section"))
        return a.section == b.section;
    if (key == QLatin1String("handlers")) {
        auto id = [](const CaseHandler &h) { return h.staffId; };
        return keys(a.handlers, id) == keys(b.handlers, id);
    }
    if (key == QLatin1String("items")) {
        auto id = [](const CaseItem &i) { return i.itemId; };
        return keys(a.items, id) == keys(b.items, id);
    }
    if (key == QLatin1String("provisions"))
        return a.provisions == b.provisions;
    if (key == QLatin1String("penalties"))
        return a.penalties == b.penalties;
    return a.findings == b.findings;
}

// The field a problem is about: "party.code" and "partyCode" belong to
// the party, "handlers[1]" to the handlers.
bool about(const FieldProblem &problem, const Field &field)
{
    QString base = problem.field;
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    if (cut >= 0)
        base.truncate(cut);
    const QLatin1String key(field.key);
    if (key == QLatin1String("party") || key == QLatin1String("source"))
        return base.startsWith(key);
    return base == key;
}

// The fields a lead must have right: who, what and where it came from.
bool neededByLead(const Field &field)
{
    for (const char *key : {"party", "title", "source", "receivedOn"})
        if (QLatin1String(field.key) == QLatin1String(key))
            return true;
    return false;
}

Status completeParty(Database &db, CaseParty &p)
{
    if (p.kind == PartyKind::Entity) {
        if (p.entityId <= 0)
            return refusal(Text::tr("Party: choose the entity from the register."));
        auto entity = EntityRegister(db).find(p.entityId);
        if (!entity)
            return refusal(Text::tr("Party: entity %1 is not in the register (unknown or removed).").arg(p.entityId));
        p.name = entity->name;
        p.code = entity->code;
        p.address = entity->address;
        p.representative = entity->legalRepresentative;
        p.phone = entity->phone;
        return success();
    }
    p.entityId = 0;
    p.name = p.name.trimmed();
    p.code = p.code.trimmed();
    if (auto normal = IdentityNumbers::check(p.code))
        p.code = *normal;
    p.address = p.address.trimmed();
    p.representative.clear();
    p.phone = p.phone.trimmed();
    return success();
}

// What CaseWorkflow::problems does not check: the date received, a person
// named twice (the store keeps each handler once), and at lead time the
// handlers given so far (problems() wants two, a lead may have fewer).
FieldProblems ownProblems(const EnforcementCase &c, const QDate &today)
{
    FieldProblems out;
    if (!c.receivedOn.isValid())
        out.append({QStringLiteral("receivedOn"), Text::tr("Date received: give the day the lead came in.")});
    else if (c.receivedOn > today)
        out.append({QStringLiteral("receivedOn"),
                    Text::tr("Date received: %1 lies in the future.").arg(c.receivedOn.toString(Qt::ISODate))});
    QSet<qint64> seen;
    for (const CaseHandler &h : c.handlers) {
        if (seen.contains(h.staffId))
            out.append({QStringLiteral("handlers"), Text::tr("Handlers: %1 is named twice.").arg(h.name)});
        seen.insert(h.staffId);
        const bool valid = !h.certificateNumber.isEmpty() && h.certificateValidUntil.isValid() &&
                           today <= h.certificateValidUntil &&
                           (!h.certificateValidFrom.isValid() || h.certificateValidFrom <= today);
        if (c.stage == CaseStage::Lead && !valid)
            out.append(
                {QStringLiteral("handlers"), Text::tr("Handlers: %1 (%2) holds no enforcement certificate valid on %3.")
                                                 .arg(h.name, h.login, today.toString(Qt::ISODate))});
    }
    return out;
}
} // namespace

const QList<Field> &fields()
{
    static const QList<Field> list = {
        {"party", QT_TRANSLATE_NOOP("Cases", "Party"), false},
        {"source", QT_TRANSLATE_NOOP("Cases", "Source"), false},
        {"receivedOn", QT_TRANSLATE_NOOP("Cases", "Date received"), false},
        {"title", QT_TRANSLATE_NOOP("Cases", "Title"), false},
        {"facts", QT_TRANSLATE_NOOP("Cases", "Facts"), false},
        {"section", QT_TRANSLATE_NOOP("Cases", "Section"), false},
        {"handlers", QT_TRANSLATE_NOOP("Cases", "Handlers"), false},
        {"items", QT_TRANSLATE_NOOP("Cases", "Responsibility items"), false},
        {"provisions", QT_TRANSLATE_NOOP("Cases", "Provisions"), false},
        {"penalties", QT_TRANSLATE_NOOP("Cases", "Penalties"), true},
        {"findings", QT_TRANSLATE_NOOP("Cases", "Findings"), true},
    };
    return list;
}

QString label(const Field &field)
{
    return Text::tr(field.label);
}

bool editable(const Field &field, CaseStage stage)
{
    if (field.outcome)
        return stage == CaseStage::Investigating || stage == CaseStage::UnderReview;
    return stage == CaseStage::Lead || stage == CaseStage::Filed || stage == CaseStage::Investigating;
}

QList<Field> changed(const EnforcementCase &before, const EnforcementCase &after)
{
    QList<Field> out;
    for (const Field &f : fields())
        if (!same(QLatin1String(f.key), before, after))
            out << f;
    return out;
}

void copy(const Field &field, const EnforcementCase &from, EnforcementCase &to)
{
    const QLatin1String key(field.key);
    if (key == QLatin1String("party")) {
        to.party = from.party;
    } else if (key == QLatin1String("source")) {
        to.source = from.source;
        to.sourceDetail = from.sourceDetail;
    } else if (key == QLatin1String("receivedOn")) {
        to.receivedOn = from.receivedOn;
    } else if (key == QLatin1String("title")) {
        to.title = from.title;
    } else if (key == QLatin1String("facts")) {
        to.facts = from.facts;
    } else if (key == QLatin1String("section")) {
        to.section = from.section;
    } else if (key == QLatin1String("handlers")) {
        to.handlers = from.handlers;
    } else if (key == QLatin1String("items")) {
        to.items = from.items;
    } else if (key == QLatin1String("provisions")) {
        to.provisions = from.provisions;
    } else if (key == QLatin1String("penalties")) {
        to.penalties = from.penalties;
    } else {
        to.findings = from.findings;
    }
}

Status complete(Database &db, EnforcementCase &c, const QList<Field> &which)
{
    for (const Field &f : which) {
        const QLatin1String key(f.key);
        if (key == QLatin1String("party")) {
            if (auto s = completeParty(db, c.party); !s)
                return s;
        } else if (key == QLatin1String("source")) {
            c.sourceDetail = c.sourceDetail.trimmed();
        } else if (key == QLatin1String("title")) {
            c.title = c.title.trimmed();
        } else if (key == QLatin1String("facts")) {
            c.facts = c.facts.trimmed();
        } else if (key == QLatin1String("section")) {
            c.section = c.section.trimmed();
        } else if (key == QLatin1String("findings")) {
            c.findings = c.findings.trimmed();
        } else if (key == QLatin1String("handlers")) {
            if (auto s = CaseRows::fillHandlers(db, c.handlers); !s)
                return s;
        } else if (key == QLatin1String("items")) {
            if (auto s = CaseRows::fillItems(db, c.items); !s)
                return s;
        } else if (key == QLatin1String("provisions")) {
            for (CaseProvision &provision : c.provisions) {
                provision.law = provision.law.trimmed();
                provision.article = provision.article.trimmed();
                provision.text = provision.text.trimmed();
            }
            if (auto s = CaseRows::checkReferences(db, c.provisions); !s)
                return s;
        } else if (key == QLatin1String("penalties")) {
            for (Penalty &penalty : c.penalties) {
                penalty.details = penalty.details.trimmed();
                penalty.tierReasons = penalty.tierReasons.trimmed();
            }
        }
    }
    return success();
}

FieldProblems problems(const EnforcementCase &c, const QDate &today)
{
    const bool lead = c.stage == CaseStage::Lead;
    FieldProblems out = ownProblems(c, today);
    for (const FieldProblem &problem : CaseWorkflow::problems(c, today)) {
        bool keep = !lead; // a problem of no known field counts after filing
        for (const Field &f : fields())
            if (about(problem, f))
                keep = editable(f, c.stage) && (!lead || neededByLead(f));
        if (keep)
            out << problem;
    }
    return out;
}

} // namespace casedesk::CaseDetails
