<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English singular and plural forms of the counted texts (%n), and the few headings whose English reads better
     than their source ("Target households, Fiscal year 2017" rather than "… of Fiscal year 2017"); every other
     English text is its source. Add a message here for each %n text in the code (tests/gui/test_translations.py
     checks it, and that every message here is still used). -->
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
        <message>
            <source>Activities of %1 · as of %2</source>
            <translation>Activities, %1 · as of %2</translation>
        </message>
    </context>
    <context>
        <name>AnalysisScreen</name>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n households analysed on %2 · %3 in class C or D</source>
            <translation>
                <numerusform>%1 · %n household analysed on %2 · %3 in class C or D</numerusform>
                <numerusform>%1 · %n households analysed on %2 · %3 in class C or D</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n households (%2)</source>
            <translation>
                <numerusform>%1: %n household (%2)</numerusform>
                <numerusform>%1: %n households (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>DSR %1%: %n households</source>
            <translation>
                <numerusform>DSR %1%: %n household</numerusform>
                <numerusform>DSR %1%: %n households</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n households</source>
            <translation>
                <numerusform>%1: %n household</numerusform>
                <numerusform>%1: %n households</numerusform>
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
            <source>%1 of %n households</source>
            <translation>
                <numerusform>%1 of %n household</numerusform>
                <numerusform>%1 of %n households</numerusform>
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
        <name>EvidenceTab</name>
        <message>
            <source>Evidence of %1</source>
            <translation>Evidence, %1</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPanel</name>
        <message numerus="yes">
            <source>Outstanding %1 baht · installment %2 · %n days overdue</source>
            <translation>
                <numerusform>Outstanding %1 baht · installment %2 · %n day overdue</numerusform>
                <numerusform>Outstanding %1 baht · installment %2 · %n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InstituteScreen</name>
        <message numerus="yes">
            <source>%n committee members</source>
            <translation>
                <numerusform>%n committee member</numerusform>
                <numerusform>%n committee members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member funds</source>
            <translation>
                <numerusform>%n member fund</numerusform>
                <numerusform>%n member funds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LifePlansScreen</name>
        <message>
            <source>Life-development plans of %1</source>
            <translation>Life-development plans, %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewScreen</name>
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
    </context>
    <context>
        <name>PlanScreen</name>
        <message>
            <source>Debt-management plan of %1</source>
            <translation>Debt-management plan, %1</translation>
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
        <name>RegistersScreen</name>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
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
        <name>SyncScreen</name>
        <message numerus="yes">
            <source>%n records in all</source>
            <translation>
                <numerusform>%n record in all</numerusform>
                <numerusform>%n records in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TargetsScreen</name>
        <message numerus="yes">
            <source>%n households on the list (the fiscal year's target: %1)</source>
            <translation>
                <numerusform>%n household on the list (the fiscal year's target: %1)</numerusform>
                <numerusform>%n households on the list (the fiscal year's target: %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replace the list of %n households by a new proposal?</source>
            <translation>
                <numerusform>Replace the list of %n household by a new proposal?</numerusform>
                <numerusform>Replace the list of %n households by a new proposal?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The list has %n households, fewer than the %2 the guideline asks: give the reason it is short.</source>
            <translation>
                <numerusform>The list has %n household, fewer than the %2 the guideline asks: give the reason it is short.</numerusform>
                <numerusform>The list has %n households, fewer than the %2 the guideline asks: give the reason it is short.</numerusform>
            </translation>
        </message>
        <message>
            <source>Target households of %1</source>
            <translation>Target households, %1</translation>
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
        <message numerus="yes">
            <source>Completed: %1 of %n participants (at least %2 of %3 days)</source>
            <translation>
                <numerusform>Completed: %1 of %n participant (at least %2 of %3 days)</numerusform>
                <numerusform>Completed: %1 of %n participants (at least %2 of %3 days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProvinceRollup</name>
        <message numerus="yes">
            <source>%n submitted snapshots no longer match their hash: ask the officer.</source>
            <translation>
                <numerusform>%n submitted snapshot no longer matches its hash: ask the officer.</numerusform>
                <numerusform>%n submitted snapshots no longer match their hash: ask the officer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n institutes</source>
            <translation>
                <numerusform>%n institute</numerusform>
                <numerusform>%n institutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n activities: paste them into BPM or Excel</source>
            <translation>
                <numerusform>Copied %n activity: paste it into BPM or Excel</numerusform>
                <numerusform>Copied %n activities: paste them into BPM or Excel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Province</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProvinceReview</name>
        <message numerus="yes">
            <source>%n fields differ (highlighted).</source>
            <translation>
                <numerusform>%n field differs (highlighted).</numerusform>
                <numerusform>%n fields differ (highlighted).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message numerus="yes">
            <source>You can try again in %n seconds.</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message numerus="yes">
            <source>You can try again in %n seconds.</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
</TS>
