<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
