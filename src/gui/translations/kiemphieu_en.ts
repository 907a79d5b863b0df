<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kp::gui::BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="43" />
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="46" />
        <source>Save the ballots as PDF…</source>
        <translation>Save the ballots as PDF…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61" />
        <source>Save the ballots</source>
        <translation>Save the ballots</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="64" />
        <source>The ballots were not saved</source>
        <translation>The ballots were not saved</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="85" />
        <source>Open a congress record first.</source>
        <translation>Open a congress record first.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="93" />
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="109" />
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::CommitteePage</name>
    <message>
        <location filename="../committee_page.cpp" line="24" />
        <source>Chair (trưởng ban)</source>
        <translation>Chair (trưởng ban)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26" />
        <source>Member (thành viên)</source>
        <translation>Member (thành viên)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26" />
        <source>Technician (kỹ thuật viên)</source>
        <translation>Technician (kỹ thuật viên)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="33" />
        <source>Counting committee</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="36" />
        <source>Sign in at this station…</source>
        <translation>Sign in at this station…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <location filename="../committee_page.cpp" line="48" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <location filename="../committee_page.cpp" line="49" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <source>Password (at least 6 characters)</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="52" />
        <source>Add to the committee</source>
        <translation>Add to the committee</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="57" />
        <source>The chair of the committee confirms the new member.</source>
        <translation>The chair of the committee confirms the new member.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="67" />
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="71" />
        <source>Sign in to count: your name is recorded with every action.</source>
        <translation>Sign in to count: your name is recorded with every action.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="77" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="98" />
        <source>Nobody is signed in at this station.</source>
        <translation>Nobody is signed in at this station.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="99" />
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="116" />
        <location filename="../committee_page.cpp" line="141" />
        <source>Open a congress record first.</source>
        <translation>Open a congress record first.</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="19" />
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="21" />
        <source>New record from a congress file…</source>
        <translation>New record from a congress file…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="22" />
        <source>Open a record…</source>
        <translation>Open a record…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43" />
        <source>Open a congress record</source>
        <translation>Open a congress record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43" />
        <location filename="../congress_page.cpp" line="56" />
        <source>Congress records (*.kpdb)</source>
        <translation>Congress records (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="46" />
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52" />
        <source>Congress file</source>
        <translation>Congress file</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52" />
        <source>Congress files (*.json)</source>
        <translation>Congress files (*.json)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="56" />
        <source>New congress record</source>
        <translation>New congress record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="59" />
        <source>Cannot make the record</source>
        <translation>Cannot make the record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="68" />
        <source>No congress record is open. Make one from the congress file, or open an existing one.</source>
        <translation>No congress record is open. Make one from the congress file, or open an existing one.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75" />
        <source>congress of all members</source>
        <translation>congress of all members</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75" />
        <source>congress of delegates</source>
        <translation>congress of delegates</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="76" />
        <source>Convened: %1, base for the majority: %2</source>
        <translation>Convened: %1, base for the majority: %2</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="78" />
        <source>TRAINING CONGRESS</source>
        <translation>TRAINING CONGRESS</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86" />
        <source>strike names</source>
        <translation>strike names</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86" />
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
</context>
<context>
    <name>kp::gui::CountingPage</name>
    <message>
        <location filename="../counting_page.cpp" line="29" />
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31" />
        <source>to the committee</source>
        <translation>to the committee</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31" />
        <source>not a ballot of this count</source>
        <translation>not a ballot of this count</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="60" />
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="65" />
        <source>Find scanners</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="66" />
        <source>Folder of images…</source>
        <translation>Folder of images…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="67" />
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="77" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="79" />
        <source>Election:</source>
        <translation>Election:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="81" />
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="108" />
        <source>Folder of scanned ballots</source>
        <translation>Folder of scanned ballots</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="151" />
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation>Sign in (Counting committee) so that the batch is recorded in your name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="164" />
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n scanner(s) found.</numerusform><numerusform>%n scanner(s) found.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="165" />
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation>No scanner found: check the cable and the power, or use a folder of images.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="168" />
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="199" />
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation>Scanning: every sheet is saved before the next is fed…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="200" />
        <source>Reading the ballots…</source>
        <translation>Reading the ballots…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="201" />
        <source>Storing in the congress record…</source>
        <translation>Storing in the congress record…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="204" />
        <source>Scanned: %1 sheet(s)</source>
        <translation>Scanned: %1 sheet(s)</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="211" />
        <source>Press Start to resume the same batch.</source>
        <translation>Press Start to resume the same batch.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="221" />
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation>Done: %1 sheet(s) counted, %2 for the committee to review.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="235" />
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="236" />
        <source>Sheet %1 — %2</source>
        <translation>Sheet %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="271" />
        <source>%n sheet(s) are safely saved.</source>
        <translation>
            <numerusform>%n sheet(s) are safely saved.</numerusform><numerusform>%n sheet(s) are safely saved.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="273" />
        <source>The scanner is not answering: check its cable and power.</source>
        <translation>The scanner is not answering: check its cable and power.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="274" />
        <source>Another program is using the scanner: close it.</source>
        <translation>Another program is using the scanner: close it.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="275" />
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation>The feeder is empty: put the ballots in the feeder.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="277" />
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="279" />
        <source>The scanner's cover is open: close it.</source>
        <translation>The scanner's cover is open: close it.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="281" />
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation>Two sheets went through together: put the last sheets back on top of the stack.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="282" />
        <source>This computer may not use the scanner (permissions).</source>
        <translation>This computer may not use the scanner (permissions).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="283" />
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="284" />
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation>The scanner cannot scan this way (source, resolution or mode).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="285" />
        <source>The computer ran out of memory.</source>
        <translation>The computer ran out of memory.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="286" />
        <source>The disk could not save the sheet: free some space.</source>
        <translation>The disk could not save the sheet: free some space.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="289" />
        <source>The scanner reported an error.</source>
        <translation>The scanner reported an error.</translation>
    </message>
</context>
<context>
    <name>kp::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="41" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="42" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="43" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="52" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="53" />
        <source>&amp;About KiemPhieu</source>
        <translation>&amp;About KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="54" />
        <source>About KiemPhieu</source>
        <translation>About KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="55" />
        <source>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</source>
        <translation>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>1. Congress</source>
        <translation>1. Congress</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>2. Ballots</source>
        <translation>2. Ballots</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>3. Committee</source>
        <translation>3. Committee</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>4. Counting</source>
        <translation>4. Counting</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>5. Manual entry</source>
        <translation>5. Manual entry</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>6. Review</source>
        <translation>6. Review</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>7. Results</source>
        <translation>7. Results</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>8. Reports</source>
        <translation>8. Reports</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="93" />
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation>KiemPhieu – counting the ballots of Party congresses</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114" />
        <source>No congress record open</source>
        <translation>No congress record open</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="117" />
        <source>Record: %1 · signed in: %2%3</source>
        <translation>Record: %1 · signed in: %2%3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="119" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="120" />
        <source> · TRAINING</source>
        <translation> · TRAINING</translation>
    </message>
</context>
<context>
    <name>kp::gui::ManualEntryPage</name>
    <message>
        <location filename="../manual_entry_page.cpp" line="37" />
        <source>Type one letter for each of the %1 persons: d, k, h or -.</source>
        <translation>Type one letter for each of the %1 persons: d, k, h or -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="44" />
        <source>"%1" is not d, k, h or -.</source>
        <translation>"%1" is not d, k, h or -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="55" />
        <source>"%1" is not a name's number (1 to %2).</source>
        <translation>"%1" is not a name's number (1 to %2).</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="66" />
        <source>Manual entry</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="75" />
        <source>e.g. 2 5  (Enter saves and goes to the next ballot)</source>
        <translation>e.g. 2 5  (Enter saves and goes to the next ballot)</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="80" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="81" />
        <source>invalid: not issued by the committee</source>
        <translation>invalid: not issued by the committee</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="82" />
        <source>invalid: a name written in</source>
        <translation>invalid: a name written in</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="83" />
        <source>invalid: identifying mark</source>
        <translation>invalid: identifying mark</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="84" />
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="85" />
        <source>Ballot number</source>
        <translation>Ballot number</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="86" />
        <source>Struck names</source>
        <translation>Struck names</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="87" />
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="99" />
        <source>Ballot %1 saved.</source>
        <translation>Ballot %1 saved.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="113" />
        <location filename="../manual_entry_page.cpp" line="137" />
        <source>Sign in first (Counting committee): each entry is recorded in the operator's name.</source>
        <translation>Sign in first (Counting committee): each entry is recorded in the operator's name.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="114" />
        <source>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</source>
        <translation>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="125" />
        <source>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</source>
        <translation>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="126" />
        <source>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</source>
        <translation>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="141" />
        <source>Choose an election.</source>
        <translation>Choose an election.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>Ballot %1: %2</source>
        <translation>Ballot %1: %2</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>nothing struck</source>
        <translation>nothing struck</translation>
    </message>
</context>
<context>
    <name>kp::gui::ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="13" />
        <source>Results – projection</source>
        <translation>Results – projection</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="32" />
        <source> – round %1</source>
        <translation> – round %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="34" />
        <source>Base %1 · ballots collected %2 · valid %3</source>
        <translation>Base %1 · ballots collected %2 · valid %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="49" />
        <source>Nobody is elected in this round.</source>
        <translation>Nobody is elected in this round.</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="53" />
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation>Tie: %1 for %2 seat(s) — the congress votes again among them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="58" />
        <source>%n seat(s) unfilled — the congress decides.</source>
        <translation>
            <numerusform>%n seat(s) unfilled — the congress decides.</numerusform><numerusform>%n seat(s) unfilled — the congress decides.</numerusform></translation>
    </message>
</context>
<context>
    <name>kp::gui::ReportsPage</name>
    <message>
        <location filename="../reports_page.cpp" line="43" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="44" />
        <source>Make the minutes and every report</source>
        <translation>Make the minutes and every report</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="45" />
        <source>Open the reports folder</source>
        <translation>Open the reports folder</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="53" />
        <source>Export the signed audit bundle…</source>
        <translation>Export the signed audit bundle…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="56" />
        <source>The congress key (congress.key)</source>
        <translation>The congress key (congress.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="56" />
        <source>Keys (*.key)</source>
        <translation>Keys (*.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="60" />
        <source>An empty folder for the audit bundle</source>
        <translation>An empty folder for the audit bundle</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="65" />
        <source>The bundle was not exported</source>
        <translation>The bundle was not exported</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="78" />
        <source>Making the reports…</source>
        <translation>Making the reports…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="92" />
        <source>The reports are made from the congress record into %1.</source>
        <translation>The reports are made from the congress record into %1.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="115" />
        <source>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="135" />
        <source>No reports: %1</source>
        <translation>No reports: %1</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="143" />
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation>Every page names the SHA-256 of the result: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ResultsPage</name>
    <message>
        <location filename="../results_page.cpp" line="22" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25" />
        <source>Show in the hall (projector)</source>
        <translation>Show in the hall (projector)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>% of base</source>
        <translation>% of base</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>% of valid (not official)</source>
        <translation>% of valid (not official)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="57" />
        <source>The count cannot be tallied yet: %1</source>
        <translation>The count cannot be tallied yet: %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="64" />
        <source>Not tallied: %1</source>
        <translation>Not tallied: %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="71" />
        <source> – round %1</source>
        <translation> – round %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="73" />
        <source>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="93" />
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation>Base %1 · collected %2 · valid %3 · invalid %4.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="99" />
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="104" />
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation>%1 seat(s) unfilled: the congress decides whether to vote again.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="58" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="81" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="82" />
        <source>invalid: not issued by the committee</source>
        <translation>invalid: not issued by the committee</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="83" />
        <source>invalid: a name written in</source>
        <translation>invalid: a name written in</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="84" />
        <source>invalid: identifying mark</source>
        <translation>invalid: identifying mark</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="86" />
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="87" />
        <source>Why (for the minutes)</source>
        <translation>Why (for the minutes)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="89" />
        <source>Record the ruling (two members)…</source>
        <translation>Record the ruling (two members)…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="100" />
        <source>Two members of the counting committee confirm this ruling.</source>
        <translation>Two members of the counting committee confirm this ruling.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="104" />
        <source>The ruling was not recorded</source>
        <translation>The ruling was not recorded</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="135" />
        <source>%1 · sheet %2 · %3</source>
        <translation>%1 · sheet %2 · %3</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="172" />
        <source>No ballot is waiting for the committee.</source>
        <translation>No ballot is waiting for the committee.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="189" />
        <source>Entered by hand:</source>
        <translation>Entered by hand:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="208" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="210" />
        <source>The recogniser read as struck: %1&lt;br&gt;Not sure about: %2</source>
        <translation>The recogniser read as struck: %1&lt;br&gt;Not sure about: %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="234" />
        <source>struck</source>
        <translation>struck</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="286" />
        <source>Choose a ballot in the queue first.</source>
        <translation>Choose a ballot in the queue first.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Session</name>
    <message>
        <location filename="../session.cpp" line="21" />
        <source>%1: the record's congress cannot be read</source>
        <translation>%1: the record's congress cannot be read</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInDialog</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13" />
        <source>Two members confirm</source>
        <translation>Two members confirm</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24" />
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="46" />
        <source>Sign-in refused for %1: unknown name or wrong password</source>
        <translation>Sign-in refused for %1: unknown name or wrong password</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="34" />
        <source>only part of a name is struck</source>
        <translation>only part of a name is struck</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="35" />
        <source>a name is underlined</source>
        <translation>a name is underlined</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36" />
        <source>a mark near a name</source>
        <translation>a mark near a name</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37" />
        <source>a mark beside a name (tick, circle)</source>
        <translation>a mark beside a name (tick, circle)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38" />
        <source>a fold runs through a name</source>
        <translation>a fold runs through a name</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39" />
        <source>a faint stroke</source>
        <translation>a faint stroke</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40" />
        <source>an unclear mark in a box</source>
        <translation>an unclear mark in a box</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41" />
        <source>no stamp found</source>
        <translation>no stamp found</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42" />
        <source>writing outside the list</source>
        <translation>writing outside the list</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43" />
        <source>a corner is torn or folded</source>
        <translation>a corner is torn or folded</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="44" />
        <source>the ballot's code cannot be read</source>
        <translation>the ballot's code cannot be read</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45" />
        <source>a ballot of several sides</source>
        <translation>a ballot of several sides</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="46" />
        <source>the image cannot be read</source>
        <translation>the image cannot be read</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="47" />
        <source>the manual entries differ</source>
        <translation>the manual entries differ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>a second entry is missing</source>
        <translation>a second entry is missing</translation>
    </message>
</context>
</TS>