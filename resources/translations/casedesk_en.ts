<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ListHtmlRenderer</name>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n responsibility item(s) match “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListModel</name>
    <message numerus="yes">
        <source>%1
Published: %2
%n main duties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
