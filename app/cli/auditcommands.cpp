// audit: reading the audit trail (all of it, or one record's history) and
// proving it untouched.
#include "audit/auditdiff.h"
#include "audit/auditqueries.h"
#include "audit/auditverifier.h"
#include "clisession.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

QJsonObject entryJson(const AuditEntry &e)
{
    auto object = [](const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); };
    return {{QStringLiteral("entry"), e.reference()},
            {QStringLiteral("id"), e.uuid},
            {QStringLiteral("site"), e.site},
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("user"), e.actor},
            {QStringLiteral("userName"), e.actorName},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("table"), e.table},
            {QStringLiteral("record"), e.recordUuid},
            {QStringLiteral("recordLabel"), e.recordLabel},
            {QStringLiteral("before"), object(e.before)},
            {QStringLiteral("after"), object(e.after)},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

void printEntry(Printer &out, const AuditEntry &e)
{
    out.line(QStringLiteral("%1  %2  %3 (%4)  %5  %6 %7 [%8]")
                 .arg(e.reference(), e.at, e.actorName, e.actor, auditActionName(e.action), e.table, e.recordLabel,
                      e.recordUuid));
    for (const FieldChange &c : AuditDiff::changes(e))
        out.line(QStringLiteral("    %1: %2 → %3").arg(c.label, c.before, c.after));
}
} // namespace

int commandAuditList(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 2)
        return refuse(Text::tr("audit list: unexpected argument \"%1\"").arg(cl.words.value(2)));
    int limit = 0;
    if (cl.has("--limit")) {
        bool ok = false;
        limit = cl.option("--limit").toInt(&ok);
        if (!ok || limit < 0)
            return refuse(Text::tr("--limit: \"%1\" is not a number of entries").arg(cl.option("--limit")));
    }
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("audit list"));
    if (!session)
        return fail(session.error());
    AuditQueries queries(**db);
    Result<QList<AuditEntry>> entries = QList<AuditEntry>();
    if (cl.has("--record")) {
        auto record = queries.resolveRecord(*session, cl.option("--record"));
        if (!record)
            return fail(record.error());
        entries = queries.recordHistory(*session, *record);
    } else {
        entries = queries.page(*session, 0, limit);
    }
    if (!entries)
        return fail(entries.error());
    if (cl.has("--record") && limit > 0 && entries->size() > limit)
        entries.value() = entries->mid(entries->size() - limit);
    if (cl.json) {
        QJsonArray array;
        for (const AuditEntry &e : *entries)
            array.append(entryJson(e));
        out.json({{QStringLiteral("entries"), array}});
    } else {
        for (const AuditEntry &e : *entries)
            printEntry(out, e);
        if (entries->isEmpty())
            out.line(Text::tr("No audit entries."));
    }
    return Done;
}

int commandAuditVerify(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 2)
        return refuse(Text::tr("audit verify: unexpected argument \"%1\"").arg(cl.words.value(2)));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("audit verify"));
    if (!session)
        return fail(session.error());
    auto result = AuditVerifier::verify(**db, *session);
    if (!result)
        return fail(result.error());
    if (cl.json) {
        QJsonArray chains;
        for (const AuditChainHead &h : result->chains)
            chains.append(QJsonObject{{QStringLiteral("site"), h.site},
                                      {QStringLiteral("entries"), h.entries},
                                      {QStringLiteral("hash"), h.hash}});
        QJsonObject o{{QStringLiteral("intact"), result->intact()},
                      {QStringLiteral("entries"), result->entries},
                      {QStringLiteral("chains"), chains}};
        if (result->problem)
            o.insert(QStringLiteral("problem"), QJsonObject{{QStringLiteral("entry"), result->problem->entry},
                                                            {QStringLiteral("reason"), result->problem->reason}});
        out.json(o);
    } else if (result->intact()) {
        out.line(Text::tr("The audit trail is intact: %1 entries checked.").arg(result->entries));
        for (const AuditChainHead &h : result->chains)
            out.line(Text::tr("  workstation %1: %2 entries, last hash %3").arg(h.site).arg(h.entries).arg(h.hash));
    }
    if (result->problem) {
        // A trail that fails verification is not a refused request but a
        // finding about the data: exit status 1.
        out.flush();
        return fail(
            failure(Text::tr("audit verify: the audit trail has been tampered with: %1").arg(result->problem->reason)));
    }
    return Done;
}

} // namespace casedesk::cli
