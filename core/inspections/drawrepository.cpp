#include "inspections/drawrepository.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/drawpools.h"
#include "inspections/drawrows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrawRepository)
};

constexpr int kLongestSeed = 200;
constexpr int kLongestText = 500;

// Tidies the request and checks what the pools do not: the refusal names the field.
Status validate(DrawRequest &r, const QDate &today)
{
    r.seed = r.seed.trimmed();
    r.section = r.section.trimmed();
    r.purpose = r.purpose.trimmed();
    r.domain = r.domain.trimmed();
    if (!SupervisionDomain::codes().contains(r.domain))
        return refusal(Text::tr("Domain: \"%1\" is not a supervision domain; the domains are %2.")
                           .arg(r.domain, SupervisionDomain::codes().join(QStringLiteral(", "))));
    if (!r.drawnOn.isValid())
        r.drawnOn = today;
    if (r.drawnOn > today)
        return refusal(Text::tr("Day: a draw is made on the day, not on %1.").arg(r.drawnOn.toString(Qt::ISODate)));
    if (r.count < 1)
        return refusal(Text::tr("Count: draw at least one unit, not %1.").arg(r.count));
    if (r.perUnit < RandomDraw::kMinimumPerUnit)
        return refusal(Text::tr("Inspectors per unit: at least %1 inspectors take part in every inspection, not %2.")
                           .arg(RandomDraw::kMinimumPerUnit)
                           .arg(r.perUnit));
    if (r.seed.size() > kLongestSeed)
        return refusal(Text::tr("Seed: at most %1 characters.").arg(kLongestSeed));
    if (r.purpose.size() > kLongestText || r.section.size() > kLongestText)
        return refusal(Text::tr("Purpose: at most %1 characters.").arg(kLongestText));
    if (r.seed.isEmpty())
        r.seed = RandomDraw::newSeed();
    return success();
}

DrawInput inputOf(const InspectionDraw &d)
{
    DrawInput in;
    in.seed = d.request.seed;
    in.entityPool = d.entityPool;
    in.inspectorPool = d.inspectorPool;
    in.recusals = d.recusals;
    in.count = d.request.count;
    in.perUnit = d.request.perUnit;
    return in;
}

QList<DrawnPair> pairsOf(const InspectionDraw &d)
{
    QList<DrawnPair> out;
    for (const DrawPick &p : d.picks) {
        DrawnPair pair{p.entityCode, {}};
        for (const InspectionInspector &who : p.inspectors)
            pair.inspectorLogins << who.login;
        out << pair;
    }
    return out;
}
} // namespace

Result<InspectionDraw> DrawRepository::draw(const Session &session, DrawRequest request, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::PlanInspections); !s)
        return s.error();
    if (auto s = validate(request, today); !s)
        return s.error();
    auto units = DrawPools::entities(m_db, request.pool, request.domain, request.drawnOn);
    if (!units)
        return units.error();
    auto inspectors = DrawPools::inspectors(m_db, request.domain, request.drawnOn);
    if (!inspectors)
        return inspectors.error();
    auto recusals = DrawPools::recusals(m_db, inspectors->logins, units->codes);
    if (!recusals)
        return recusals.error();

    InspectionDraw d;
    d.request = request;
    d.entityPool = units->codes;
    d.inspectorPool = inspectors->logins;
    d.recusals = *recusals;
    const DrawInput input = inputOf(d);
    auto pairs = RandomDraw::run(input);
    if (!pairs)
        return pairs.error();
    for (const DrawnPair &pair : *pairs) {
        DrawPick pick;
        pick.entityId = units->idOf.value(pair.entityCode);
        pick.entityCode = pair.entityCode;
        for (const QString &login : pair.inspectorLogins) {
            InspectionInspector who;
            who.login = login;
            pick.inspectors << who;
        }
        d.picks << pick;
    }
    d.entityPoolHash = RandomDraw::poolHash(d.entityPool);
    d.inspectorPoolHash = RandomDraw::poolHash(d.inspectorPool);
    d.resultHash = RandomDraw::resultHash(input, *pairs);
    auto number = DrawRows::nextNumber(m_db, BureauSettings::load(m_db).site, request.drawnOn.year());
    if (!number)
        return number.error();
    d.drawNumber = *number;
    if (auto s = DrawRows::insert(tx, d); !s)
        return s.error();
    if (auto s = tx.record({QStringLiteral("draw.make"),
                            QStringLiteral("inspection_draw"),
                            d.uuid,
                            d.drawNumber,
                            {},
                            DrawRows::auditJson(d)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(d.id);
}

Result<InspectionDraw> DrawRepository::find(qint64 id) const
{
    return DrawRows::load(m_db, id);
}

Result<InspectionDraw> DrawRepository::findByNumber(const QString &text) const
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return find(t.toLongLong());
    if (const qint64 id = DrawRows::idOfNumber(m_db, t))
        return find(id);
    return refusal(Text::tr("There is no draw numbered %1.").arg(t));
}

QList<InspectionDraw> DrawRepository::list(int year) const
{
    QList<InspectionDraw> out;
    for (qint64 id : DrawRows::idsOfYear(m_db, year))
        if (auto d = DrawRows::load(m_db, id, false))
            out << *d;
    return out;
}

Result<DrawVerification> DrawRepository::verify(qint64 id) const
{
    auto d = find(id);
    if (!d)
        return d.error();
    DrawVerification v;
    v.poolsMatch = RandomDraw::poolHash(d->entityPool) == d->entityPoolHash &&
                   RandomDraw::poolHash(d->inspectorPool) == d->inspectorPoolHash;
    const DrawInput input = inputOf(*d);
    const auto rerun = RandomDraw::run(input);
    v.resultMatches = rerun && *rerun == pairsOf(*d) && RandomDraw::resultHash(input, *rerun) == d->resultHash;
    if (v.poolsMatch && v.resultMatches)
        v.message = Text::tr("Draw %1 checks out: its pools give the recorded hashes and re-running it from seed %2 "
                             "gives the recorded picks.")
                        .arg(d->drawNumber, d->request.seed);
    else if (!v.poolsMatch)
        v.message = Text::tr("Draw %1 does not check out: its stored pools no longer give the recorded hashes.")
                        .arg(d->drawNumber);
    else
        v.message = Text::tr("Draw %1 does not check out: re-running it from its record gives other picks or "
                             "another result hash.")
                        .arg(d->drawNumber);
    return v;
}

} // namespace casedesk
