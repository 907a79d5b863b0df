<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="43"/>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="46"/>
        <source>Save the ballots as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61"/>
        <source>Save the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="64"/>
        <source>The ballots were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="85"/>
        <source>Open a congress record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="93"/>
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="109"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../committee_page.cpp" line="24"/>
        <source>Chair (trưởng ban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26"/>
        <source>Member (thành viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26"/>
        <source>Technician (kỹ thuật viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="33"/>
        <source>Counting committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="36"/>
        <source>Sign in at this station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38"/>
        <location filename="../committee_page.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38"/>
        <location filename="../committee_page.cpp" line="49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50"/>
        <source>Password (at least 6 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="52"/>
        <source>Add to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="57"/>
        <source>The chair of the committee confirms the new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="67"/>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="71"/>
        <source>Sign in to count: your name is recorded with every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="77"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="98"/>
        <source>Nobody is signed in at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="99"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="116"/>
        <location filename="../committee_page.cpp" line="141"/>
        <source>Open a congress record first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="19"/>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="21"/>
        <source>New record from a congress file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="22"/>
        <source>Open a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31"/>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31"/>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43"/>
        <source>Open a congress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43"/>
        <location filename="../congress_page.cpp" line="56"/>
        <source>Congress records (*.kpdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="46"/>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52"/>
        <source>Congress file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52"/>
        <source>Congress files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="56"/>
        <source>New congress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="59"/>
        <source>Cannot make the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="68"/>
        <source>No congress record is open. Make one from the congress file, or open an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75"/>
        <source>congress of all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75"/>
        <source>congress of delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="76"/>
        <source>Convened: %1, base for the majority: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="78"/>
        <source>TRAINING CONGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86"/>
        <source>strike names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86"/>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountingPage</name>
    <message>
        <location filename="../counting_page.cpp" line="29"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31"/>
        <source>to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31"/>
        <source>not a ballot of this count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="60"/>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="65"/>
        <source>Find scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="66"/>
        <source>Folder of images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="67"/>
        <source>Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="77"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="79"/>
        <source>Election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="81"/>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="108"/>
        <source>Folder of scanned ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="151"/>
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="164"/>
        <source>%n scanner(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="165"/>
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="168"/>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="199"/>
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="200"/>
        <source>Reading the ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="201"/>
        <source>Storing in the congress record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="204"/>
        <source>Scanned: %1 sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="235"/>
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="236"/>
        <source>Sheet %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="211"/>
        <source>Press Start to resume the same batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="221"/>
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="271"/>
        <source>%n sheet(s) are safely saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="273"/>
        <source>The scanner is not answering: check its cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="274"/>
        <source>Another program is using the scanner: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="275"/>
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="277"/>
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="279"/>
        <source>The scanner&apos;s cover is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="281"/>
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="282"/>
        <source>This computer may not use the scanner (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="283"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="284"/>
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="285"/>
        <source>The computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="286"/>
        <source>The disk could not save the sheet: free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="289"/>
        <source>The scanner reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="36"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="38"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="47"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="48"/>
        <source>&amp;About KiemPhieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="49"/>
        <source>About KiemPhieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="50"/>
        <source>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party&apos;s election rules exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="68"/>
        <source>1. Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="68"/>
        <source>2. Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="68"/>
        <source>3. Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="68"/>
        <source>4. Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="69"/>
        <source>5. Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="69"/>
        <source>6. Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="69"/>
        <source>7. Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="85"/>
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104"/>
        <source>No congress record open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="107"/>
        <source>Record: %1 · signed in: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="109"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="110"/>
        <source> · TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="13"/>
        <source>Results – projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="32"/>
        <source> – round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="34"/>
        <source>Base %1 · ballots collected %2 · valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="49"/>
        <source>Nobody is elected in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="53"/>
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="58"/>
        <source>%n seat(s) unfilled — the congress decides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../reports_page.cpp" line="39"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="40"/>
        <source>Make the minutes and every report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="41"/>
        <source>Open the reports folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="59"/>
        <source>Making the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="73"/>
        <source>The reports are made from the congress record into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="98"/>
        <source>No reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="106"/>
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../results_page.cpp" line="22"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25"/>
        <source>Show in the hall (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>% of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>% of valid (not official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="57"/>
        <source>The count cannot be tallied yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="64"/>
        <source>Not tallied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="71"/>
        <source> – round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="73"/>
        <source>Tallied by the party&apos;s rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="93"/>
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="99"/>
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="104"/>
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="58"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="76"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="76"/>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="80"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="81"/>
        <source>invalid: not issued by the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="82"/>
        <source>invalid: a name written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="83"/>
        <source>invalid: identifying mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="85"/>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="86"/>
        <source>Why (for the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="88"/>
        <source>Record the ruling (two members)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="99"/>
        <source>Two members of the counting committee confirm this ruling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="103"/>
        <source>The ruling was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="133"/>
        <source>%1 · sheet %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="150"/>
        <source>No ballot is waiting for the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="167"/>
        <source>The recogniser read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="189"/>
        <source>struck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="237"/>
        <source>Choose a ballot in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.cpp" line="21"/>
        <source>%1: the record&apos;s congress cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13"/>
        <source>Two members confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24"/>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="46"/>
        <source>Sign-in refused for %1: unknown name or wrong password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="34"/>
        <source>only part of a name is struck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="35"/>
        <source>a name is underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36"/>
        <source>a mark near a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37"/>
        <source>a mark beside a name (tick, circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38"/>
        <source>a fold runs through a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39"/>
        <source>a faint stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40"/>
        <source>an unclear mark in a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41"/>
        <source>no stamp found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42"/>
        <source>writing outside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43"/>
        <source>a corner is torn or folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="44"/>
        <source>the ballot&apos;s code cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45"/>
        <source>a ballot of several sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="46"/>
        <source>the image cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="47"/>
        <source>the manual entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48"/>
        <source>a second entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
