// cases advance, extend, suspend, resume, seize, seizure-extend and
// seizure-release: a case's stages and its statutory clocks. Each command
// reads the case (ViewCases) and leaves the permission of the step itself to
// the core (CaseWorkflow's table, CaseRepository), so the command line takes
// exactly the steps the GUI offers.
#include "caseoptions.h"
#include "cases/caserepository.h"
#include "cases/caseworkflow.h"
#include "commands.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// The common start of the commands below: the case and the day (--on).
struct FlowStart {
    CaseCommand command;
    EnforcementCase found;
    QDate on;
};

Result<FlowStart> startFlow(const CommandLine &cl, const QString &name)
{
    auto c = startCaseCommand(cl, name, 3, Action::ViewCases);
    if (!c)
        return c.error();
    auto on = dayOption(cl, "--on", c->today);
    if (!on)
        return on.error();
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return found.error();
    return FlowStart{std::move(c).value(), std::move(found).value(), *on};
}

Result<qint64> seizureOption(const CommandLine &cl)
{
    if (auto s = requireOption(cl, "--seizure", Text::tr("the seizure's ID, as cases show lists it")); !s)
        return s.error();
    return idValue(cl.option("--seizure"), QStringLiteral("--seizure"));
}

int finish(const CommandLine &cl, Printer &out, const FlowStart &f, const Result<EnforcementCase> &written,
           const QString &sentence)
{
    if (!written)
        return fail(written.error());
    return printWrittenCase(cl, out, f.command, *written, sentence);
}
} // namespace

int commandCasesAdvance(const CommandLine &cl, Printer &out)
{
    if (auto s = requireOption(cl, "--to", Text::tr("the stage to take the case to")); !s)
        return fail(s.error());
    auto to = enumValue(cl.option("--to"), QStringLiteral("--to"), caseStages());
    if (!to)
        return fail(to.error());
    auto paid = moneyOption(cl, "--paid");
    if (!paid)
        return fail(paid.error());
    auto f = startFlow(cl, QStringLiteral("cases advance"));
    if (!f)
        return fail(f.error());
    TransitionInput input;
    input.to = *to;
    input.on = f->on;
    input.opinion = cl.option("--opinion").trimmed();
    input.transferredTo = cl.option("--transferred-to").trimmed();
    input.partyWaived = cl.flag("--party-waived");
    input.serviceMethod = cl.option("--service-method").trimmed();
    input.paid = *paid;
    input.receiptNumber = cl.option("--receipt").trimmed();
    input.archiveNumber = cl.option("--archive-number").trimmed();
    auto written = CaseRepository(*f->command.db).advance(*f->command.session, f->found.id, input, f->command.today);
    return finish(cl, out, *f, written, Text::tr("%1 is now %2.").arg(QStringLiteral("%1"), caseStages().name(*to)));
}

int commandCasesExtend(const CommandLine &cl, Printer &out)
{
    auto f = startFlow(cl, QStringLiteral("cases extend"));
    if (!f)
        return fail(f.error());
    if (auto s = requireOption(cl, "--reason", Text::tr("why the case needs more time")); !s)
        return fail(s.error());
    auto written =
        CaseRepository(*f->command.db)
            .extend(*f->command.session, f->found.id, f->on, cl.option("--reason").trimmed(), f->command.today);
    return finish(cl, out, *f, written, Text::tr("Extended %1."));
}

int commandCasesSuspend(const CommandLine &cl, Printer &out)
{
    if (auto s = requireOption(cl, "--kind", Text::tr("hearing, testing or public-notice")); !s)
        return fail(s.error());
    auto kind = enumValue(cl.option("--kind"), QStringLiteral("--kind"), clockStopKinds());
    if (!kind)
        return fail(kind.error());
    auto f = startFlow(cl, QStringLiteral("cases suspend"));
    if (!f)
        return fail(f.error());
    if (auto s = requireOption(cl, "--reason", Text::tr("why the clock stops")); !s)
        return fail(s.error());
    auto written =
        CaseRepository(*f->command.db)
            .suspend(*f->command.session, f->found.id, *kind, f->on, cl.option("--reason").trimmed(), f->command.today);
    return finish(
        cl, out, *f, written,
        Text::tr("The clock of %1 stands still from %2.").arg(QStringLiteral("%1"), f->on.toString(Qt::ISODate)));
}

int commandCasesResume(const CommandLine &cl, Printer &out)
{
    auto f = startFlow(cl, QStringLiteral("cases resume"));
    if (!f)
        return fail(f.error());
    if (auto s = requireOption(cl, "--reason", Text::tr("why the clock runs again")); !s)
        return fail(s.error());
    auto written =
        CaseRepository(*f->command.db)
            .resume(*f->command.session, f->found.id, f->on, cl.option("--reason").trimmed(), f->command.today);
    return finish(cl, out, *f, written, Text::tr("The clock of %1 runs again.").arg(QStringLiteral("%1")));
}

int commandCasesSeize(const CommandLine &cl, Printer &out)
{
    auto f = startFlow(cl, QStringLiteral("cases seize"));
    if (!f)
        return fail(f.error());
    if (auto s = requireOption(cl, "--items", Text::tr("what was sealed or seized")); !s)
        return fail(s.error());
    Seizure seizure;
    seizure.items = cl.option("--items").trimmed();
    seizure.place = cl.option("--place").trimmed();
    seizure.from = f->on;
    auto written = CaseRepository(*f->command.db).seize(*f->command.session, f->found.id, seizure, f->command.today);
    return finish(cl, out, *f, written, Text::tr("Seizure recorded for %1."));
}

int commandCasesSeizureExtend(const CommandLine &cl, Printer &out)
{
    auto f = startFlow(cl, QStringLiteral("cases seizure-extend"));
    if (!f)
        return fail(f.error());
    auto seizure = seizureOption(cl);
    if (!seizure)
        return fail(seizure.error());
    if (auto s = requireOption(cl, "--reason", Text::tr("why the seizure lasts longer")); !s)
        return fail(s.error());
    auto written = CaseRepository(*f->command.db)
                       .extendSeizure(*f->command.session, f->found.id, *seizure, f->on,
                                      cl.option("--reason").trimmed(), f->command.today);
    return finish(cl, out, *f, written, Text::tr("Seizure %1 of %2 extended.").arg(*seizure).arg(QStringLiteral("%1")));
}

int commandCasesSeizureRelease(const CommandLine &cl, Printer &out)
{
    auto f = startFlow(cl, QStringLiteral("cases seizure-release"));
    if (!f)
        return fail(f.error());
    auto seizure = seizureOption(cl);
    if (!seizure)
        return fail(seizure.error());
    auto written = CaseRepository(*f->command.db)
                       .releaseSeizure(*f->command.session, f->found.id, *seizure, f->on, f->command.today);
    return finish(cl, out, *f, written, Text::tr("Seizure %1 of %2 released.").arg(*seizure).arg(QStringLiteral("%1")));
}

} // namespace casedesk::cli
