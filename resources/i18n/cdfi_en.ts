<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English singular and plural forms of the counted texts (%n); every other English text is its source.
     Add a message here for each %n text in the code (tests/gui/test_translations.py checks it). -->
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ContractsScreen</name>
    <message numerus="yes">
        <source>%n households (target at least %1)</source>
        <translation>
            <numerusform>%n household (target at least %1)</numerusform>
            <numerusform>%n households (target at least %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Saved %n files in %1</source>
        <translation>
            <numerusform>Saved %n file in %1</numerusform>
            <numerusform>Saved %n files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>%n debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht</source>
        <translation>
            <numerusform>%n debt: owed %2 = new principal %3 + waived %4 + down-payment %5 baht</numerusform>
            <numerusform>%n debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht</numerusform>
        </translation>
    </message>
</context>
</TS>
