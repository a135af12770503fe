#include "commandline.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {QStringLiteral("--db"),
                                   QStringLiteral("--take"),
                                   QStringLiteral("--keep"),
                                   QStringLiteral("--key-file"),
                                   QStringLiteral("--sync-key-file"),
                                   QStringLiteral("--user"),
                                   QStringLiteral("--password-file"),
                                   QStringLiteral("--bureau"),
                                   QStringLiteral("--abbrev"),
                                   QStringLiteral("--site"),
                                   QStringLiteral("--admin"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("--idle-lock"),
                                   QStringLiteral("--edition"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("--output"),
                                   QStringLiteral("--section"),
                                   QStringLiteral("--phone"),
                                   QStringLiteral("--roles"),
                                   QStringLiteral("--cert"),
                                   QStringLiteral("--cert-from"),
                                   QStringLiteral("--cert-until"),
                                   QStringLiteral("--se-cert"),
                                   QStringLiteral("--se-cert-from"),
                                   QStringLiteral("--se-cert-until"),
                                   QStringLiteral("--new-password-file"),
                                   QStringLiteral("--record"),
                                   QStringLiteral("--limit"),
                                   QStringLiteral("--search"),
                                   QStringLiteral("--kind"),
                                   QStringLiteral("--kinds"),
                                   QStringLiteral("--risk"),
                                   QStringLiteral("--township"),
                                   QStringLiteral("--code"),
                                   QStringLiteral("--address"),
                                   QStringLiteral("--legal-rep"),
                                   QStringLiteral("--contact"),
                                   QStringLiteral("--notes"),
                                   QStringLiteral("--due-before"),
                                   QStringLiteral("--expiring-within"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("--on"),
                                   QStringLiteral("--reason"),
                                   QStringLiteral("--source"),
                                   QStringLiteral("--title"),
                                   QStringLiteral("--facts"),
                                   QStringLiteral("--entity"),
                                   QStringLiteral("--person"),
                                   QStringLiteral("--id-number"),
                                   QStringLiteral("--received"),
                                   QStringLiteral("--source-detail"),
                                   QStringLiteral("--handlers"),
                                   QStringLiteral("--items"),
                                   QStringLiteral("--violated"),
                                   QStringLiteral("--applied"),
                                   QStringLiteral("--fine-range"),
                                   QStringLiteral("--fine-multiple"),
                                   QStringLiteral("--fine-basis"),
                                   QStringLiteral("--findings"),
                                   QStringLiteral("--add"),
                                   QStringLiteral("--amount"),
                                   QStringLiteral("--provision"),
                                   QStringLiteral("--basis"),
                                   QStringLiteral("--tier"),
                                   QStringLiteral("--reasons"),
                                   QStringLiteral("--details"),
                                   QStringLiteral("--deadline"),
                                   QStringLiteral("--licence"),
                                   QStringLiteral("--due-within"),
                                   QStringLiteral("--stage"),
                                   QStringLiteral("--handler"),
                                   QStringLiteral("--year"),
                                   QStringLiteral("--opinion"),
                                   QStringLiteral("--transferred-to"),
                                   QStringLiteral("--service-method"),
                                   QStringLiteral("--paid"),
                                   QStringLiteral("--receipt"),
                                   QStringLiteral("--archive-number"),
                                   QStringLiteral("--seizure"),
                                   QStringLiteral("--place"),
                                   QStringLiteral("--note"),
                                   QStringLiteral("--document"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("--quarter"),
                                   QStringLiteral("--domain"),
                                   QStringLiteral("--pool"),
                                   QStringLiteral("--count"),
                                   QStringLiteral("--seed"),
                                   QStringLiteral("--per-unit"),
                                   QStringLiteral("--purpose"),
                                   QStringLiteral("--entities"),
                                   QStringLiteral("--inspector"),
                                   QStringLiteral("--plan-entry"),
                                   QStringLiteral("--draw"),
                                   QStringLiteral("--follow-up-of"),
                                   QStringLiteral("--system"),
                                   QStringLiteral("--inspectors"),
                                   QStringLiteral("--check"),
                                   QStringLiteral("--outcome"),
                                   QStringLiteral("--correct-by"),
                                   QStringLiteral("--directive-demands"),
                                   QStringLiteral("--oral-on"),
                                   QStringLiteral("--seal-note"),
                                   QStringLiteral("--reported-to"),
                                   QStringLiteral("--signatory"),
                                   QStringLiteral("--refused"),
                                   QStringLiteral("--campaign"),
                                   QStringLiteral("--status"),
                                   QStringLiteral("--within"),
                                   QStringLiteral("--product"),
                                   QStringLiteral("--samplers"),
                                   QStringLiteral("--sampler"),
                                   QStringLiteral("--lab"),
                                   QStringLiteral("--from-stock"),
                                   QStringLiteral("--plan"),
                                   QStringLiteral("--spec"),
                                   QStringLiteral("--batch"),
                                   QStringLiteral("--trademark"),
                                   QStringLiteral("--quantity"),
                                   QStringLiteral("--standard"),
                                   QStringLiteral("--parent"),
                                   QStringLiteral("--result"),
                                   QStringLiteral("--report"),
                                   QStringLiteral("--report-on"),
                                   QStringLiteral("--failed-items")};
const QStringList kFlags = {
    QStringLiteral("--json"),      QStringLiteral("--dry-run"),      QStringLiteral("--help"),
    QStringLiteral("-h"),          QStringLiteral("--version"),      QStringLiteral("--all"),
    QStringLiteral("--overdue"),   QStringLiteral("--party-waived"), QStringLiteral("--clear"),
    QStringLiteral("--html"),      QStringLiteral("--outstanding"),  QStringLiteral("--all-conform"),
    QStringLiteral("--finish"),    QStringLiteral("--mine"),         QStringLiteral("--follow-up-open"),
    QStringLiteral("--directive"), QStringLiteral("--yes")};
} // namespace

QString CommandLine::option(const char *name) const
{
    auto it = options.find(QString::fromLatin1(name));
    return it == options.end() ? QString() : it->second;
}

QStringList CommandLine::values(const char *name) const
{
    auto it = repeated.find(QString::fromLatin1(name));
    return it == repeated.end() ? QStringList() : it->second;
}

bool CommandLine::has(const char *name) const
{
    return options.count(QString::fromLatin1(name)) > 0;
}

bool CommandLine::flag(const char *name) const
{
    return flags.contains(QString::fromLatin1(name));
}

CommandLine CommandLine::parse(const QStringList &args)
{
    CommandLine cl;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (kValueOptions.contains(a)) {
            if (i + 1 >= args.size()) {
                cl.error = Text::tr("option %1 needs a value").arg(a);
                return cl;
            }
            const QString name = a == QLatin1String("-o") ? QStringLiteral("--output") : a;
            cl.options[name] = args[++i];
            cl.repeated[name] << cl.options[name];
        } else if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            const QString name = a.section(QLatin1Char('='), 0, 0);
            if (!kValueOptions.contains(name)) {
                cl.error = Text::tr("unknown option %1").arg(name);
                return cl;
            }
            cl.options[name] = a.section(QLatin1Char('='), 1);
            cl.repeated[name] << cl.options[name];
        } else if (kFlags.contains(a)) {
            cl.flags << a;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            cl.error = Text::tr("unknown option %1").arg(a);
            return cl;
        } else {
            cl.words << a;
        }
    }
    cl.dbPath = cl.option("--db");
    cl.user = cl.option("--user");
    cl.json = cl.flag("--json");
    return cl;
}

void Printer::json(const QJsonObject &o)
{
    m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int refuse(const QString &reason)
{
    QTextStream err(stderr);
    err << "casedesk-cli: " << reason << '\n';
    return Refused;
}

int fail(const Error &e)
{
    QTextStream err(stderr);
    err << "casedesk-cli: " << e.message << '\n';
    return e.refusal ? Refused : Failed;
}

Result<QDate> dateOption(const CommandLine &cl, const char *name)
{
    const QString text = cl.option(name).trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return refusal(QCoreApplication::translate("CaseDeskCli", "%1: \"%2\" is not a date; write it as YYYY-MM-DD")
                           .arg(QString::fromLatin1(name), text));
    return date;
}

Result<DateRange> dateRangeOptions(const CommandLine &cl)
{
    auto from = dateOption(cl, "--from");
    if (!from)
        return from.error();
    auto to = dateOption(cl, "--to");
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *to < *from)
        return refusal(QCoreApplication::translate("CaseDeskCli", "--to: %1 is before --from %2")
                           .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    return DateRange{*from, *to};
}

} // namespace casedesk::cli
