<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English singular and plural forms of the counted texts (%n); every other English text is its source.
     Add a message here for each %n text in the code (tests/gui/test_translations.py checks it). -->
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>ActivitiesTab</name>
        <message numerus="yes">
            <source>Copied %n activities: paste them into BPM or Excel</source>
            <translation>
                <numerusform>Copied %n activity: paste it into BPM or Excel</numerusform>
                <numerusform>Copied %n activities: paste them into BPM or Excel</numerusform>
            </translation>
        </message>
    </context>
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
        <name>DashboardTab</name>
        <message numerus="yes">
            <source>baht in arrears, %n contracts</source>
            <translation>
                <numerusform>baht in arrears, %n contract</numerusform>
                <numerusform>baht in arrears, %n contracts</numerusform>
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
        <name>RoundsTab</name>
        <message numerus="yes">
            <source>%n contracts</source>
            <translation>
                <numerusform>%n contract</numerusform>
                <numerusform>%n contracts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n household</numerusform>
                <numerusform>%n households</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Arrears changed for %n households</source>
            <translation>
                <numerusform>Arrears changed for %n household</numerusform>
                <numerusform>Arrears changed for %n households</numerusform>
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
    <context>
        <name>TrainingScreen</name>
        <message numerus="yes">
            <source>%n people added from the target households.</source>
            <translation>
                <numerusform>%n person added from the target households.</numerusform>
                <numerusform>%n people added from the target households.</numerusform>
            </translation>
        </message>
    </context>
</TS>
