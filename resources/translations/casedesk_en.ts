<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseDeskCli</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entities</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licences</source>
        <translation>
            <numerusform>%n licences</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units of special equipment</source>
        <translation>
            <numerusform>%n units of special equipment</numerusform>
            <numerusform>%n units of special equipment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was written.</numerusform>
            <numerusform>%1: %n problems; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) overdue</source>
        <translation>
            <numerusform>due %1, %n day overdue</numerusform>
            <numerusform>due %1, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) left</source>
        <translation>
            <numerusform>due %1, %n day left</numerusform>
            <numerusform>due %1, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recusal(s)</source>
        <translation>
            <numerusform>%n recusal</numerusform>
            <numerusform>%n recusals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s) not conforming</source>
        <translation>
            <numerusform>, %n point not conforming</numerusform>
            <numerusform>, %n points not conforming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up check(s) due</source>
        <translation>
            <numerusform>%n follow-up check due</numerusform>
            <numerusform>%n follow-up checks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n record(s)) to %2.</source>
        <translation>
            <numerusform>Wrote %1 (%n record) to %2.</numerusform>
            <numerusform>Wrote %1 (%n records) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>	%n unit(s)</source>
        <translation>
            <numerusform>	%n unit</numerusform>
            <numerusform>	%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done (%n inspection(s), last %1)</source>
        <translation>
            <numerusform>done (%n inspection, last %1)</numerusform>
            <numerusform>done (%n inspections, last %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %1 (id %2) with %n unit(s).</source>
        <translation>
            <numerusform>Planned %1 (id %2) with %n unit.</numerusform>
            <numerusform>Planned %1 (id %2) with %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) and key period(s)</source>
        <translation>
            <numerusform>%n campaign and key period</numerusform>
            <numerusform>%n campaigns and key periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message numerus="yes">
        <source>A case needs at least two different handlers holding enforcement certificates; it has %n.</source>
        <translation>
            <numerusform>A case needs at least two different handlers holding enforcement certificates; it has %n.</numerusform>
            <numerusform>A case needs at least two different handlers holding enforcement certificates; it has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the party has %n day(s) from the notice of %1 to state their case or ask for a hearing: decide on %2 or later, unless the party waives it</source>
        <translation>
            <numerusform>the party has %n day from the notice of %1 to state their case or ask for a hearing: decide on %2 or later, unless the party waives it</numerusform>
            <numerusform>the party has %n days from the notice of %1 to state their case or ask for a hearing: decide on %2 or later, unless the party waives it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the party has %n day(s) from the notice of %1 to state their case: decide on %2 or later, unless the party waives it</source>
        <translation>
            <numerusform>the party has %n day from the notice of %1 to state their case: decide on %2 or later, unless the party waives it</numerusform>
            <numerusform>the party has %n days from the notice of %1 to state their case: decide on %2 or later, unless the party waives it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityNumbers</name>
    <message numerus="yes">
        <source>The ID number %1 has %n character(s); a resident ID number has 18.</source>
        <translation>
            <numerusform>The ID number %1 has %n character; a resident ID number has 18.</numerusform>
            <numerusform>The ID number %1 has %n characters; a resident ID number has 18.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message numerus="yes">
        <source>Checklist: %n point(s) not checked yet (%1).</source>
        <translation>
            <numerusform>Checklist: %n point not checked yet (%1).</numerusform>
            <numerusform>Checklist: %n points not checked yet (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome: &quot;nothing found&quot; while %n point(s) do not conform.</source>
        <translation>
            <numerusform>Outcome: &quot;nothing found&quot; while %n point does not conform.</numerusform>
            <numerusform>Outcome: &quot;nothing found&quot; while %n points do not conform.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListHtmlRenderer</name>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Responsibility items (%n)</source>
        <translation>
            <numerusform>Responsibility items (%n)</numerusform>
            <numerusform>Responsibility items (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s)</source>
        <translation>
            <numerusform>%n check point</numerusform>
            <numerusform>%n check points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported. Correct the file and read it again.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported. Correct the file and read it again.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported. Correct the file and read it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give no kind; they are stored as %1. Fill in the column %2 or set the kinds afterwards.</source>
        <translation>
            <numerusform>%n row give no kind; they are stored as %1. Fill in the column %2 or set the kinds afterwards.</numerusform>
            <numerusform>%n rows give no kind; they are stored as %1. Fill in the column %2 or set the kinds afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationCodes</name>
    <message numerus="yes">
        <source>The registration code has %n character(s); a unified social credit code has 18, an organisation code 9.</source>
        <translation>
            <numerusform>The registration code has %n character; a unified social credit code has 18, an organisation code 9.</numerusform>
            <numerusform>The registration code has %n characters; a unified social credit code has 18, an organisation code 9.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message numerus="yes">
        <source>%1 of %2 was already sampled %n time(s) in %3: %4. The same product of an enterprise is sampled at most twice a year.</source>
        <translation>
            <numerusform>%1 of %2 was already sampled %n time in %3: %4. The same product of an enterprise is sampled at most twice a year.</numerusform>
            <numerusform>%1 of %2 was already sampled %n times in %3: %4. The same product of an enterprise is sampled at most twice a year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many wrong passwords for &quot;%1&quot;: wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Too many wrong passwords for &quot;%1&quot;: wait %n second before the next attempt.</numerusform>
            <numerusform>Too many wrong passwords for &quot;%1&quot;: wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Too many wrong attempts: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Wrong login or password. Too many wrong attempts: wait %n second before the next one.</numerusform>
            <numerusform>Wrong login or password. Too many wrong attempts: wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatutoryClock</name>
    <message numerus="yes">
        <source>Due %1, %n day(s) left</source>
        <translation>
            <numerusform>Due %1, %n day left</numerusform>
            <numerusform>Due %1, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>Overdue by %n day (due %1)</numerusform>
            <numerusform>Overdue by %n days (due %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) before the deadline</source>
        <translation>
            <numerusform>%1, %n day before the deadline</numerusform>
            <numerusform>%1, %n days before the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) after the deadline (due %2)</source>
        <translation>
            <numerusform>%1, %n day after the deadline (due %2)</numerusform>
            <numerusform>%1, %n days after the deadline (due %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) left when it resumes</source>
        <translation>
            <numerusform>%1; %n day left when it resumes</numerusform>
            <numerusform>%1; %n days left when it resumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; overdue by %n day(s) (due %2)</source>
        <translation>
            <numerusform>%1; overdue by %n day (due %2)</numerusform>
            <numerusform>%1; overdue by %n days (due %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 to %3 (%n day(s))</source>
        <translation>
            <numerusform>%1 %2 to %3 (%n day)</numerusform>
            <numerusform>%1 %2 to %3 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, still running (%n day(s) so far)</source>
        <translation>
            <numerusform>%1 since %2, still running (%n day so far)</numerusform>
            <numerusform>%1 since %2, still running (%n days so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision due within %n month(s) of filing; the case is not filed.</source>
        <translation>
            <numerusform>Decision due within %n month of filing; the case is not filed.</numerusform>
            <numerusform>Decision due within %n months of filing; the case is not filed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision due within %n month(s) of filing (filed %1): %2</source>
        <translation>
            <numerusform>Decision due within %n month of filing (filed %1): %2</numerusform>
            <numerusform>Decision due within %n months of filing (filed %1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s) (approved %1): %2</source>
        <translation>
            <numerusform>extended by %n day (approved %1): %2</numerusform>
            <numerusform>extended by %n days (approved %1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in all (overlaps counted once)</source>
        <translation>
            <numerusform>%n day in all (overlaps counted once)</numerusform>
            <numerusform>%n days in all (overlaps counted once)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::BatchPrintDialog</name>
    <message numerus="yes">
        <source>%n finished record(s) will print.</source>
        <translation>
            <numerusform>%n finished record will print.</numerusform>
            <numerusform>%n finished records will print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseFilterBar</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <comment>count of the leads and cases shown</comment>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ClockDialog</name>
    <message numerus="yes">
        <source>The bureau head may extend the decision&apos;s deadline once, by %n days.</source>
        <translation>
            <numerusform>The bureau head may extend the decision&apos;s deadline once, by %n day.</numerusform>
            <numerusform>The bureau head may extend the decision&apos;s deadline once, by %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sealing or seizure lasts at most %n days, with one extension of as many days.</source>
        <translation>
            <numerusform>A sealing or seizure lasts at most %n day, with one extension of as many days.</numerusform>
            <numerusform>A sealing or seizure lasts at most %n days, with one extension of as many days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DrawDialog</name>
    <message numerus="yes">
        <source>Draw %1, seed %2.
Unit pool: %n unit(s), SHA-256 %3</source>
        <translation>
            <numerusform>Draw %1, seed %2.
Unit pool: %n unit, SHA-256 %3</numerusform>
            <numerusform>Draw %1, seed %2.
Unit pool: %n units, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspector pool: %n inspector(s), SHA-256 %1</source>
        <translation>
            <numerusform>Inspector pool: %n inspector, SHA-256 %1</numerusform>
            <numerusform>Inspector pool: %n inspectors, SHA-256 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DueMarking</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::EntityFilterBar</name>
    <message numerus="yes">
        <source>%Ln entity(s)</source>
        <comment>count of the entities shown</comment>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::EntityListModel</name>
    <message numerus="yes">
        <source>%n valid licence(s)</source>
        <translation>
            <numerusform>%n valid licence</numerusform>
            <numerusform>%n valid licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of special equipment not scrapped</source>
        <translation>
            <numerusform>%n unit of special equipment not scrapped</numerusform>
            <numerusform>%n units of special equipment not scrapped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionDetailsHtml</name>
    <message numerus="yes">
        <source>%n point(s) did not conform.</source>
        <translation>
            <numerusform>%n point did not conform.</numerusform>
            <numerusform>%n points did not conform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not checked yet.</source>
        <translation>
            <numerusform>%n point not checked yet.</numerusform>
            <numerusform>%n points not checked yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionFilterBar</name>
    <message numerus="yes">
        <source>%Ln inspection(s)</source>
        <comment>count of the inspection records shown</comment>
        <translation>
            <numerusform>%Ln inspection</numerusform>
            <numerusform>%Ln inspections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionFormDialog</name>
    <message numerus="yes">
        <source>The checklist of the system chosen replaces the one in the form: the %n result(s) entered will be lost. Replace it?</source>
        <translation>
            <numerusform>The checklist of the system chosen replaces the one in the form: the %n result entered will be lost. Replace it?</numerusform>
            <numerusform>The checklist of the system chosen replaces the one in the form: the %n results entered will be lost. Replace it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionListModel</name>
    <message numerus="yes">
        <source>%n point(s) did not conform</source>
        <translation>
            <numerusform>%n point did not conform</numerusform>
            <numerusform>%n points did not conform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionPrinter</name>
    <message numerus="yes">
        <source>Preparing %n record(s) for printing…</source>
        <translation>
            <numerusform>Preparing %n record for printing…</numerusform>
            <numerusform>Preparing %n records for printing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionView</name>
    <message numerus="yes">
        <source>History (%n version(s))</source>
        <translation>
            <numerusform>History (%n version)</numerusform>
            <numerusform>History (%n versions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ListTreeNodes</name>
    <message numerus="yes">
        <source>%1
Published: %2
%n main duties</source>
        <translation>
            <numerusform>%1
Published: %2
%n main duty</numerusform>
            <numerusform>%1
Published: %2
%n main duties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n responsibility item(s) match “%1”.</source>
        <translation>
            <numerusform>%n responsibility item matches “%1”.</numerusform>
            <numerusform>%n responsibility items match “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::PlanPage</name>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <comment>rows of the plan shown</comment>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::PlanRowModel</name>
    <message numerus="yes">
        <source>%1: inspected %n time(s) this year</source>
        <translation>
            <numerusform>%1: inspected %n time this year</numerusform>
            <numerusform>%1: inspected %n times this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterImportDialog</name>
    <message numerus="yes">
        <source>%1, %n data row(s)</source>
        <comment>encoding, rows</comment>
        <translation>
            <numerusform>%1, %n data row</numerusform>
            <numerusform>%1, %n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are put right.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until they are put right.</numerusform>
            <numerusform>%n problems: nothing can be imported until they are put right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n record(s) can be imported.</source>
        <translation>
            <numerusform>No problems: %n record can be imported.</numerusform>
            <numerusform>No problems: %n records can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>%n warning to look at.</numerusform>
            <numerusform>%n warnings to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingFilterBar</name>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <comment>count of the sampling batches shown</comment>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::StartPage</name>
    <message numerus="yes">
        <source>licence(s) expiring within %n day(s)</source>
        <translation>
            <numerusform>licence expiring within %n day</numerusform>
            <numerusform>licences expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inspection(s) due within %n day(s)</source>
        <translation>
            <numerusform>inspection due within %n day</numerusform>
            <numerusform>inspections due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case deadline(s) within %n day(s)</source>
        <translation>
            <numerusform>case deadline within %n day</numerusform>
            <numerusform>case deadlines within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryDrillDownDialog</name>
    <message numerus="yes">
        <source>%1 — %2: %n record(s). Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%1 — %2: %n record. Double-click or press Enter to open it.</numerusform>
            <numerusform>%1 — %2: %n records. Double-click or press Enter to open one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n record(s); the newest %3 are listed. Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%1 — %2: %n record; the newest %3 are listed. Double-click or press Enter to open one.</numerusform>
            <numerusform>%1 — %2: %n records; the newest %3 are listed. Double-click or press Enter to open one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SyncKeyField</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::TransitionDialog</name>
    <message numerus="yes">
        <source>The penalties are large enough for a hearing: the notice must tell the party of the right to ask for one within %n days.</source>
        <translation>
            <numerusform>The penalties are large enough for a hearing: the notice must tell the party of the right to ask for one within %n day.</numerusform>
            <numerusform>The penalties are large enough for a hearing: the notice must tell the party of the right to ask for one within %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
