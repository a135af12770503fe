<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Database</name>
    <message>
        <source>Cannot configure the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseDesk (schema version %2; this program knows up to %3). It has not been modified; please update CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListHtmlRenderer</name>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>edition label (department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system lists no check points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list names no responsible section for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis for accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list gives no legal basis for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (supervision system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision system of this edition covers the item&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This duty lists no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition lists no duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Departments and their shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department shares are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition lists no boundary matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition lists no supervision systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition lists no public services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition describes no accountability mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedListReader</name>
    <message>
        <source>main duty %1 has no text in the column of main duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a responsibility item comes before the first main duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no table of main duties was found (a header row with the columns %2 and %3 is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table of main duties lists no duties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Cannot store a record in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDomain</name>
    <message>
        <source>Special equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food-related products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing and inspection bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product quality and sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition label: the edition needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: the list does not name its department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties: the list has no main duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duty %1: the duty has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duty %1: an item has no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BureauSettings</name>
    <message>
        <source>Bureau name: give the bureau&apos;s name (1 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation: give the case-number abbreviation, e.g. 永质监 (1 to 12 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation code: use 1 to 16 letters, digits or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the bureau settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::Csv</name>
    <message>
        <source>%1, line %2: text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; the file looks truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DatabaseOpener</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ListCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility-list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ListDetailPane</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no responsibility list yet. Use File → Import… to read a published list (.txt) or a list saved from the CSV template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an edition, a main duty or a responsibility item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This duty is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ListImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Responsibility List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>edition label (department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition “%1” is already in the database with the same content; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the edition “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public services: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk — Responsibility List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a published responsibility list (.txt) or a CSV template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected edition as a CSV file for Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on another CaseDesk database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the responsibility items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened; CaseDesk keeps working on %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition was already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Responsibility List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility lists (*.txt *.csv);;Published text (*.txt);;CSV template (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsibility item matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility item(s) match “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for county quality and technical supervision bureaus: the responsibility list, and the inspections and cases that carry it out.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::Migrations</name>
    <message>
        <source>Schema upgrade failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2); it has not been modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program; it has not been modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListCsv</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListCsv::ListBuilder</name>
    <message>
        <source>unknown column &quot;%1&quot;; the template&apos;s columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row needs at least the columns %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot; in column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 row gives the %2; the department is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no %1 rows; a list needs at least one main duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 row needs a value in column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main duty %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 does not belong to main duty %2 above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item number %1 needs the form duty.item, e.g. %2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item number %1 is out of order or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item comes before any main duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item number %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal reference comes before any main duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department&apos;s share comes before any boundary matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system part comes before any supervision system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part kind &quot;%1&quot; in column %2; use targets, content, methods, measures, procedure, handling or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check point comes before any supervision system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListImporter</name>
    <message>
        <source>CaseDesk CSV template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published responsibility list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a responsibility list. Expected the CaseDesk CSV template (header row starting with %2) or a published list with a table of main duties (序号, 主要职责).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing %1 main duties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListModel</name>
    <message>
        <source>Responsibility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>edition label (department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Published: %2
%n main duties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility boundaries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision systems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListRepository</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition label: %1 already has an edition labelled &quot;%2&quot; with different content. A stored edition is never rewritten; import the new list under another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the edition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SearchField</name>
    <message>
        <source>Search responsibility items (Ctrl+F), e.g. 电梯 or 计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the items whose text, duty, sections, legal basis or supervision system contain every word typed. Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::TextDecoding</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; the largest file accepted is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, the largest accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: binary data (byte 0x%3 at offset %4); this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file ends in the middle of a character; it looks truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: invalid UTF-8 (byte 0x%3 at offset %4); the file is damaged or mixes encodings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk: case management for quality and technical supervision bureaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open (same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
