#include "clicommands.h"

#include "commandline.h"
#include "commands.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace casedesk::cli {

namespace {

// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

const char *const kUsage =
    QT_TRANSLATE_NOOP("CaseDeskCli",
                      R"(Usage: casedesk-cli [--db PATH] [--json] [--user NAME [--password-file FILE]] COMMAND [ARGS...]

Who acts: --user NAME signs in; the password comes from the environment
variable CASEDESK_PASSWORD or the first line of --password-file FILE.
Commands marked * need a signed-in user who is allowed to run them.
New passwords (users add, users passwd) come from CASEDESK_NEW_PASSWORD or
--new-password-file FILE.

Commands:
  init                     create the database (or show its state)
  init --bureau NAME --abbrev ABBR --site CODE --admin LOGIN [--name NAME]
       [--idle-lock MINUTES] [--sync-key-file FILE]
                           set a new database up: the bureau, its case-number
                           abbreviation, this workstation and the first
                           administrator (password as for --user)
  init --site CODE --sync-key-file FILE
                           a new workstation of a bureau that already runs
                           CaseDesk; it joins with its first sync import
  settings show            the bureau's settings
  settings set [--bureau NAME] [--abbrev ABBR] [--idle-lock MINUTES]  *
  duties import FILE [--edition LABEL] [--dry-run]                    *
                           import a responsibility list (published text layout
                           or the CSV template); --dry-run checks only and
                           needs no sign-in
  duties list [--json]     editions, duties with items, sections, references,
                           and counts of boundaries, systems, public services
  duties export -o FILE.csv [--edition ID|LABEL]
                           write an edition (default: the newest) as the CSV
                           template (UTF-8 with BOM)
  duties remove ID|LABEL   withdraw an edition (kept as tombstones)       *
  users list               staff accounts                                 *
  users add LOGIN --name NAME --roles ROLES [--section S] [--phone P]
       [--cert NO --cert-from DATE --cert-until DATE]
       [--se-cert NO --se-cert-from DATE --se-cert-until DATE]            *
                           ROLES: clerk, inspector, section-chief,
                           bureau-head, administrator (comma-separated)
  users edit LOGIN [the options of users add]                         *
  users deactivate LOGIN | users activate LOGIN                       *
  users passwd [LOGIN]     change your own password, or (administrators)
                           reset LOGIN's                                  *
  entities list [--search TEXT] [--kind KINDS] [--risk FLAGS] [--township T]
       [--limit N]         the register, by name; TEXT finds words (also of
                           two Chinese characters) in name, code, address,
                           legal representative, contact or phone          *
  entities show ID|CODE    one entity with its risk flags, licences,
                           equipment and similar names                    *
  entities add --name NAME --code CODE --kinds KINDS [--address A]
       [--township T] [--legal-rep P] [--contact C] [--phone X] [--notes N] *
                           KINDS: producer, equipment-user,
                           equipment-producer, testing-lab, metrology,
                           distributor, other (or their names; comma-separated)
  entities remove ID|CODE  remove an entity with its licences and equipment *
  equipment list [--due-before DATE]
                           special equipment in use by inspection due date,
                           with the days left (negative: overdue)         *
  licences list [--expiring-within DAYS]
                           valid licences by expiry date (with those already
                           expired), with the days left                   *
  licences status ID --to STATUS --reason TEXT [--on DATE]
                           withdraw, revoke, cancel or deregister a licence
                           (STATUS: withdrawn, revoked, cancelled,
                           deregistered); final                           *
  entities import FILE [--dry-run]                                    *
  licences import FILE [--dry-run]                                    *
  equipment import FILE [--dry-run]                                   *
                           load the register from CSV (UTF-8 with or without
                           BOM, or GB18030; CaseDesk's headings or the usual
                           ones such as 单位名称, 住所); every bad row is
                           listed as FILE:LINE and nothing is written;
                           licences and equipment name their holder by code
  entities export -o FILE.csv|FILE.xlsx                               *
  licences export -o FILE.csv | equipment export -o FILE.csv          *
                           the register as the CSV template (UTF-8 with
                           BOM); .xlsx: all three tables in one workbook
  cases add --source S --title T --facts F (--entity ID|CODE | --person NAME
       --id-number N) [--address A] [--phone P] [--received DATE]
       [--source-detail X] [--section S] [--handlers LOGIN,LOGIN]
       [--items ID,ID] [--violated "LAW ARTICLE"]... [--applied "LAW ARTICLE"
       (--fine-range MIN-MAX | --fine-multiple 1-3x --fine-basis income|goods)]
                           register a lead; prints its lead number. S:
                           inspection, sampling, complaint, hotline-12365,
                           assigned, transferred-in. Provisions: "产品质量法
                           第四十九条" or ref:ID (cases items); repeat the
                           option or separate them with ';'           *
  cases edit NUMBER [the options of cases add] [--findings TEXT]      *
                           change the details the stage still allows
  cases penalty NUMBER [--clear] [--add KIND [--amount YUAN] [--provision N]
       [--basis YUAN] [--tier T --reasons R] [--details D] [--deadline DATE]
       [--licence ID]]     propose penalties (KIND: warning, order-to-correct,
                           fine, confiscate-income, confiscate-goods,
                           suspension, revoke-licence, transfer; N: the
                           provision's number in cases show)          *
  cases list [--overdue] [--due-within DAYS] [--stage S] [--source S]
       [--section S] [--handler LOGIN] [--year Y] [--search T] [--limit N]
                           leads and cases; --overdue and --due-within
                           keep decisions and seizures due            *
  cases show NUMBER        everything about a case: party, basis,
                           penalties, the clock, seizures, timeline,
                           attachments (NUMBER: id, lead number, case
                           number or its short form 2026-007)         *
  cases items [--search TEXT]
                           responsibility items with their legal
                           references (IDs for --items and ref:ID)    *
  cases advance NUMBER --to STAGE [--on DATE] [--opinion TEXT]
       [--transferred-to X] [--party-waived] [--service-method M]
       [--paid YUAN] [--receipt R] [--archive-number A]
                           take the case to its next stage (filed,
                           investigating, under-review, notified, decided,
                           served, executed, closed, archived, not-filed,
                           transferred, withdrawn)                    *
  cases extend NUMBER --reason TEXT [--on DATE]
                           the bureau head's one 30-day extension     *
  cases suspend NUMBER --kind hearing|testing|public-notice --reason TEXT
       [--on DATE]         stop the clock from DATE                   *
  cases resume NUMBER --reason TEXT [--on DATE]
                           the clock runs again after DATE            *
  cases seize NUMBER --items TEXT [--place P] [--on DATE]             *
  cases seizure-extend NUMBER --seizure ID --reason R [--on DATE]     *
  cases seizure-release NUMBER --seizure ID [--on DATE]               *
                           sealing or seizure: 30 days, one 30-day
                           extension
  cases attach NUMBER FILE [--note N]                                 *
  cases attachment ID -o FILE
                           evidence files in, and out after their SHA-256
                           is checked                                 *
  cases print NUMBER --document NAME -o FILE.pdf [--html]
                           a case document as PDF (or its HTML): NAME is
                           filing-approval, correction-order,
                           penalty-notice, penalty-decision or
                           closing-approval (or the Chinese title)    *
  cases numbering [--site S --from A --to B [--year Y]]
                           the blocks of case numbers of each
                           workstation; with --site, an administrator
                           assigns one (year 0 or none: every year)   *
  inspections plan [--year Y] [--domain D] [--outstanding] [--search T]
       [--limit N]         the year's plan: progress per domain and
                           campaign, then each unit due and why; STILL DUE
                           marks those not inspected yet              *
  inspections campaign add --kind campaign|key-period --title T --domain D
       --from DATE --to DATE [--year Y] [--section S]
       [--entities ID|CODE,...] [--notes N]
                           plan a special campaign or key-period check *
  inspections campaign list [--year Y]                                *
  inspections campaign remove ID                                      *
  inspections draw --count N [--pool FILTER] [--seed S] [--domain D]
       [--per-unit K] [--on DATE] [--section S] [--purpose P]
                           draw N units, each with at least two inspectors
                           certified for D (双随机); FILTER: e.g.
                           "kind=producer;township=城关镇;risk=crowded-place;
                           search=电梯;due=1" (empty: every live entity) *
  inspections draw show ID|NUMBER                                     *
  inspections draw verify ID|NUMBER
                           re-run a draw from its record; exit status 1
                           when it does not verify                    *
  inspections draw print ID|NUMBER -o FILE.pdf                        *
  inspections recusal add --entity ID|CODE --reason R [--inspector LOGIN]
       [--on DATE]         a conflict of interest draws respect (one's own;
                           a section chief records anyone's)          *
  inspections recusal list [--inspector LOGIN] [--entity ID|CODE]     *
  inspections recusal remove ID                                       *
  inspections add --entity ID|CODE --on DATE --kind K --domain D
       --inspectors LOGIN,LOGIN [--section S] [--system ID] [--place P]
       [--campaign NAME] [--plan-entry ID] [--draw ID|NUMBER]
       [--follow-up-of NUMBER] [--items ID,...] [--all-conform]
       [--check LABEL=RESULT[:NOTE]]... [--findings T] [--outcome O]...
       [--correct-by DATE] [--directive-demands T] [--oral-on DATE]
       [--seal-note T] [--reported-to T] [--signatory NAME | --refused NOTE]
       [--finish]          record an inspection with the checklist of the
                           domain's supervision system; a draft unless
                           --finish. K: routine, campaign, key-period,
                           complaint, follow-up. RESULT: conforms,
                           does-not-conform, not-applicable. O:
                           nothing-found, order-to-correct, directive,
                           seal-seize, report-upward, open-case      *
  inspections edit NUMBER [the options of inspections add]            *
  inspections finish NUMBER                                           *
  inspections correct NUMBER --reason R [the options of inspections add]
                           a finished record's next version           *
  inspections discard NUMBER                                          *
  inspections show NUMBER  a record with its checklist and versions   *
  inspections checklist --domain D | --system ID
                           the points an inspector gets               *
  inspections list [--section S] [--from DATE --to DATE] [--mine] [--kind K]
       [--domain D] [--status draft|finished] [--outcome O]
       [--entity ID|CODE] [--follow-up-open] [--search T] [--limit N]  *
  inspections follow-ups [--within DAYS]
                           follow-up checks of orders and directives due
                           (default 30 days, overdue included)        *
  inspections print NUMBER -o FILE.pdf [--directive] [--html]
  inspections print --section S --from DATE --to DATE -o FILE.pdf
                           the inspection report (监督检查记录) or the
                           directive; a section's finished records in one
                           PDF, each from a new page                  *
  sampling add --entity ID|CODE --product P --on DATE --samplers LOGIN,LOGIN
       --lab L --from-stock PLACE [--section S] [--plan NAME] [--spec X]
       [--batch X] [--trademark X] [--quantity X] [--standard X]
       [--items ID,...] [--notes N] [--kind plan|objection|recheck
       --parent NUMBER]    record a sampling batch; an objection re-test or
                           re-check copies the enterprise and product of
                           the batch it follows                       *
  sampling edit NUMBER [the options of sampling add]                  *
  sampling result NUMBER --result pass|fail --report NO --report-on DATE
       [--failed-items T]                                             *
  sampling deliver NUMBER [--on DATE]                                 *
  sampling object NUMBER [--on DATE]                                  *
  sampling rectified NUMBER [--on DATE]                               *
  sampling recheck-request NUMBER [--on DATE]                         *
                           the report reached the enterprise; it objected;
                           it rectified; it asked for the re-check
  sampling open-case NUMBER                                           *
  sampling discard NUMBER                                             *
  sampling show NUMBER     a batch with its deadlines and next step   *
  sampling list [--section S] [--from DATE --to DATE] [--result R]
       [--kind K] [--entity ID|CODE] [--sampler LOGIN] [--mine]
       [--search T] [--limit N]                                       *
  sampling deadlines [--within DAYS]
                           objection, rectification and re-check deadlines
                           due (default 30 days, overdue included)    *
  sampling print NUMBER -o FILE.pdf [--html]
                           the sampling notice                        *
  summary --quarter 2026Q3 [--section S] [-o FILE.xlsx|.csv|.pdf|.json]
  summary --from DATE --to DATE [--section S] [-o FILE]              *
                           the quarterly statistics (季度统计) and the duties
                           performed; the file's extension sets the format;
                           without -o the tables on stdout (--json: one
                           JSON document)
  sync export -o FILE (--to SITE | --all)
                           an exchange file for another workstation: what
                           it does not hold yet, or everything           *
  sync import FILE         applies an exchange file in one transaction;
                           without --user only on a workstation that
                           waits to join (init --site)                   *
  sync status              changes not yet exchanged, open conflicts and
                           duplicates, the last exchange with each
                           workstation                                   *
  sync conflicts [--all]   fields changed on two workstations            *
  sync resolve ID --take mine|theirs|a|b|ancestor                     *
  sync duplicates [--all]  records made twice on two workstations        *
  sync merge ID --keep first|second|UUID / sync dismiss ID            *
  sync key --key-file FILE change this workstation's sync key           *
  audit list [--record ID] [--limit N]                                *
                           the audit trail, newest first, or one record's
                           history (ID: at least its first 8 characters)
  audit verify             prove the audit trail untouched, or name the
                           first entry that is not (exit status 1)        *
  backup -o FILE           a checked copy of the database, written while
                           it stays in use                                *
  restore FILE [--yes]     replace the data with a checked backup; asks
                           to type yes unless --yes; the replaced data is
                           kept in an automatic backup beside it          *
  check                    the database's structure, its references and
                           the audit trail (exit status 1 when something
                           is wrong)                                      *

Exit status: 0 done, 2 refused (bad input or request, no or wrong sign-in,
not permitted; nothing changed), 1 any other failure.
)");

using Handler = std::function<int(const CommandLine &, Printer &)>;

const std::map<QString, Handler> &commands()
{
    static const std::map<QString, Handler> table = {
        {QStringLiteral("init"), commandInit},
        {QStringLiteral("settings show"), commandSettingsShow},
        {QStringLiteral("settings set"), commandSettingsSet},
        {QStringLiteral("duties import"), commandDutiesImport},
        {QStringLiteral("duties list"), commandDutiesList},
        {QStringLiteral("duties export"), commandDutiesExport},
        {QStringLiteral("duties remove"), commandDutiesRemove},
        {QStringLiteral("users list"), commandUsersList},
        {QStringLiteral("users add"), commandUsersAdd},
        {QStringLiteral("users edit"), commandUsersEdit},
        {QStringLiteral("users deactivate"), commandUsersDeactivate},
        {QStringLiteral("users activate"), commandUsersActivate},
        {QStringLiteral("users passwd"), commandUsersPasswd},
        {QStringLiteral("entities list"), commandEntitiesList},
        {QStringLiteral("entities show"), commandEntitiesShow},
        {QStringLiteral("entities add"), commandEntitiesAdd},
        {QStringLiteral("entities remove"), commandEntitiesRemove},
        {QStringLiteral("equipment list"), commandEquipmentList},
        {QStringLiteral("licences list"), commandLicencesList},
        {QStringLiteral("licences status"), commandLicencesStatus},
        {QStringLiteral("entities import"), commandEntitiesImport},
        {QStringLiteral("entities export"), commandEntitiesExport},
        {QStringLiteral("licences import"), commandLicencesImport},
        {QStringLiteral("licences export"), commandLicencesExport},
        {QStringLiteral("equipment import"), commandEquipmentImport},
        {QStringLiteral("equipment export"), commandEquipmentExport},
        {QStringLiteral("cases add"), commandCasesAdd},
        {QStringLiteral("cases edit"), commandCasesEdit},
        {QStringLiteral("cases penalty"), commandCasesPenalty},
        {QStringLiteral("cases list"), commandCasesList},
        {QStringLiteral("cases show"), commandCasesShow},
        {QStringLiteral("cases items"), commandCasesItems},
        {QStringLiteral("cases advance"), commandCasesAdvance},
        {QStringLiteral("cases extend"), commandCasesExtend},
        {QStringLiteral("cases suspend"), commandCasesSuspend},
        {QStringLiteral("cases resume"), commandCasesResume},
        {QStringLiteral("cases seize"), commandCasesSeize},
        {QStringLiteral("cases seizure-extend"), commandCasesSeizureExtend},
        {QStringLiteral("cases seizure-release"), commandCasesSeizureRelease},
        {QStringLiteral("cases print"), commandCasesPrint},
        {QStringLiteral("cases attach"), commandCasesAttach},
        {QStringLiteral("cases attachment"), commandCasesAttachment},
        {QStringLiteral("cases numbering"), commandCasesNumbering},
        {QStringLiteral("inspections plan"), commandInspectionsPlan},
        {QStringLiteral("inspections campaign add"), commandCampaignAdd},
        {QStringLiteral("inspections campaign list"), commandCampaignList},
        {QStringLiteral("inspections campaign remove"), commandCampaignRemove},
        {QStringLiteral("inspections draw"), commandInspectionsDraw},
        {QStringLiteral("inspections draw show"), commandDrawShow},
        {QStringLiteral("inspections draw verify"), commandDrawVerify},
        {QStringLiteral("inspections draw print"), commandDrawPrint},
        {QStringLiteral("inspections recusal add"), commandRecusalAdd},
        {QStringLiteral("inspections recusal list"), commandRecusalList},
        {QStringLiteral("inspections recusal remove"), commandRecusalRemove},
        {QStringLiteral("inspections add"), commandInspectionsAdd},
        {QStringLiteral("inspections edit"), commandInspectionsEdit},
        {QStringLiteral("inspections finish"), commandInspectionsFinish},
        {QStringLiteral("inspections correct"), commandInspectionsCorrect},
        {QStringLiteral("inspections discard"), commandInspectionsDiscard},
        {QStringLiteral("inspections show"), commandInspectionsShow},
        {QStringLiteral("inspections checklist"), commandInspectionsChecklist},
        {QStringLiteral("inspections list"), commandInspectionsList},
        {QStringLiteral("inspections follow-ups"), commandInspectionsFollowUps},
        {QStringLiteral("inspections print"), commandInspectionsPrint},
        {QStringLiteral("sampling add"), commandSamplingAdd},
        {QStringLiteral("sampling edit"), commandSamplingEdit},
        {QStringLiteral("sampling result"), commandSamplingResult},
        {QStringLiteral("sampling deliver"), commandSamplingDeliver},
        {QStringLiteral("sampling object"), commandSamplingObject},
        {QStringLiteral("sampling rectified"), commandSamplingRectified},
        {QStringLiteral("sampling recheck-request"), commandSamplingRecheckRequest},
        {QStringLiteral("sampling open-case"), commandSamplingOpenCase},
        {QStringLiteral("sampling discard"), commandSamplingDiscard},
        {QStringLiteral("sampling show"), commandSamplingShow},
        {QStringLiteral("sampling list"), commandSamplingList},
        {QStringLiteral("sampling deadlines"), commandSamplingDeadlines},
        {QStringLiteral("sampling print"), commandSamplingPrint},
        {QStringLiteral("audit list"), commandAuditList},
        {QStringLiteral("audit verify"), commandAuditVerify},
        {QStringLiteral("summary"), commandSummary},
        {QStringLiteral("sync export"), commandSyncExport},
        {QStringLiteral("sync import"), commandSyncImport},
        {QStringLiteral("sync status"), commandSyncStatus},
        {QStringLiteral("sync conflicts"), commandSyncConflicts},
        {QStringLiteral("sync resolve"), commandSyncResolve},
        {QStringLiteral("sync duplicates"), commandSyncDuplicates},
        {QStringLiteral("sync merge"), commandSyncMerge},
        {QStringLiteral("sync dismiss"), commandSyncDismiss},
        {QStringLiteral("sync key"), commandSyncKey},
        {QStringLiteral("backup"), commandBackup},
        {QStringLiteral("restore"), commandRestore},
        {QStringLiteral("check"), commandCheck},
    };
    return table;
}

} // namespace

int run(const QStringList &args)
{
    const CommandLine cl = CommandLine::parse(args);
    if (!cl.error.isEmpty())
        return refuse(cl.error);
    Printer out;
    if (cl.flag("--version")) {
        out.line(QStringLiteral("casedesk-cli ") + QCoreApplication::applicationVersion());
        return Done;
    }
    if (cl.words.isEmpty() || cl.flag("--help") || cl.flag("-h") || cl.words.first() == QLatin1String("help")) {
        out.line(Text::tr(kUsage));
        return cl.words.isEmpty() && !cl.flag("--help") && !cl.flag("-h") ? Refused : Done;
    }
    const QString one = cl.words.first();
    const QString two = cl.words.size() > 1 ? one + QLatin1Char(' ') + cl.words[1] : one;
    // Three command words first (inspections draw show), then two, then one.
    const QString three = cl.words.size() > 2 ? two + QLatin1Char(' ') + cl.words[2] : two;
    auto it = commands().find(three);
    if (it == commands().end())
        it = commands().find(two);
    if (it == commands().end())
        it = commands().find(one);
    // Commands of one word; other groups need a second. restore takes its
    // file as an argument.
    static const QStringList oneWordCommands = {QStringLiteral("init"), QStringLiteral("summary"),
                                                QStringLiteral("backup"), QStringLiteral("restore"),
                                                QStringLiteral("check")};
    const bool oneWord = oneWordCommands.contains(one);
    if (it == commands().end() || (it->first == one && !oneWord))
        return refuse(Text::tr("unknown command \"%1\"; see casedesk-cli --help").arg(two));
    if (it->first == one && cl.words.size() > 1 && one != QLatin1String("restore"))
        return refuse(Text::tr("%1: unexpected argument \"%2\"").arg(one, cl.words[1]));
    const int status = it->second(cl, out);
    out.flush();
    return status;
}

} // namespace casedesk::cli
