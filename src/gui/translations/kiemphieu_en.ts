<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kp::gui::BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="34" />
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="37" />
        <source>Save the ballots as PDF…</source>
        <translation>Save the ballots as PDF…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="52" />
        <source>Save the ballots</source>
        <translation>Save the ballots</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="52" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="55" />
        <source>The ballots were not saved</source>
        <translation>The ballots were not saved</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="59" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="66" />
        <source>The ballots were not printed</source>
        <translation>The ballots were not printed</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="70" />
        <source>Printed elsewhere: learn from a scanned blank…</source>
        <translation>Printed elsewhere: learn from a scanned blank…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="71" />
        <source>For ballots typed in a word processor: scan one blank, stamped ballot; the recogniser finds the names on it and the committee confirms.</source>
        <translation>For ballots typed in a word processor: scan one blank, stamped ballot; the recogniser finds the names on it and the committee confirms.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="75" />
        <source>Scanned blank ballot</source>
        <translation>Scanned blank ballot</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="76" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="87" />
        <source>The blank was not learned</source>
        <translation>The blank was not learned</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="93" />
        <source>The blank was not kept</source>
        <translation>The blank was not kept</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="108" />
        <location filename="../ballots_page.cpp" line="218" />
        <source>Open a congress record first.</source>
        <translation>Open a congress record first.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="120" />
        <source>Reading the blank (Tesseract, Vietnamese)…</source>
        <translation>Reading the blank (Tesseract, Vietnamese)…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="142" />
        <source>No blank has been learned.</source>
        <translation>No blank has been learned.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="145" />
        <source>Sign in first (Counting committee): the confirmation is recorded in your name.</source>
        <translation>Sign in first (Counting committee): the confirmation is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="186" />
        <source>This round's ballots were printed elsewhere: they are read against the blank %1 confirmed (%2 dpi). </source>
        <translation>This round's ballots were printed elsewhere: they are read against the blank %1 confirmed (%2 dpi). </translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="226" />
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="252" />
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::BlankDialog</name>
    <message>
        <location filename="../blank_dialog.cpp" line="35" />
        <source>Confirm the ballot printed elsewhere</source>
        <translation>Confirm the ballot printed elsewhere</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="37" />
        <source>The recogniser found every name of the list on the scanned blank, in ballot order (%1 dpi%2). Check that each frame is around the right name before confirming: the ballots of this round will be read against this blank.</source>
        <translation>The recogniser found every name of the list on the scanned blank, in ballot order (%1 dpi%2). Check that each frame is around the right name before confirming: the ballots of this round will be read against this blank.</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="41" />
        <source>, turned %1°</source>
        <translation>, turned %1°</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Read on the blank</source>
        <translation>Read on the blank</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Alike</source>
        <translation>Alike</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="63" />
        <source>Confirm: read this round's ballots against this blank</source>
        <translation>Confirm: read this round's ballots against this blank</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="64" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kp::gui::CommitteePage</name>
    <message>
        <location filename="../committee_page.cpp" line="28" />
        <source>Chair (trưởng ban)</source>
        <translation>Chair (trưởng ban)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="30" />
        <source>Member (thành viên)</source>
        <translation>Member (thành viên)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="31" />
        <source>Technician (kỹ thuật viên)</source>
        <translation>Technician (kỹ thuật viên)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <source>Counting committee</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="42" />
        <location filename="../committee_page.cpp" line="132" />
        <source>Sign in at this station…</source>
        <translation>Sign in at this station…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="44" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <location filename="../committee_page.cpp" line="85" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="56" />
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="61" />
        <source>From the congress's setup (click a name to fill it in):</source>
        <translation>From the congress's setup (click a name to fill it in):</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="74" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="84" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="86" />
        <source>Password (at least 6 characters)</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="87" />
        <source>The password again</source>
        <translation>The password again</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="89" />
        <source>Add to the committee</source>
        <translation>Add to the committee</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="130" />
        <source>Signed in at this station: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Signed in at this station: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="132" />
        <source>Another member signs in…</source>
        <translation>Another member signs in…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="150" />
        <source>The first member added is the chair of the counting committee (trưởng ban): only the chair adds the other members, confirming each with their password.</source>
        <translation>The first member added is the chair of the counting committee (trưởng ban): only the chair adds the other members, confirming each with their password.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="152" />
        <source>The chair confirms each new member with their password.</source>
        <translation>The chair confirms each new member with their password.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="159" />
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="159" />
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="186" />
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="190" />
        <source>Choose the member's role.</source>
        <translation>Choose the member's role.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="195" />
        <source>The chair of the committee confirms the new member.</source>
        <translation>The chair of the committee confirms the new member.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="221" />
        <source>The first member must be the chair of the counting committee: only the chair adds the others.</source>
        <translation>The first member must be the chair of the counting committee: only the chair adds the others.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="186" />
        <location filename="../committee_page.cpp" line="190" />
        <location filename="../committee_page.cpp" line="205" />
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="101" />
        <source>Sign in to count: your name is recorded with every action.</source>
        <translation>Sign in to count: your name is recorded with every action.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="106" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="131" />
        <source>Nobody is signed in at this station.</source>
        <translation>Nobody is signed in at this station.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="213" />
        <location filename="../committee_page.cpp" line="246" />
        <source>Open a congress record first.</source>
        <translation>Open a congress record first.</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressEditor</name>
    <message>
        <location filename="../congress_editor.cpp" line="48" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="49" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="70" />
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="94" />
        <source>Set up the congress</source>
        <translation>Set up the congress</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="108" />
        <source>Grassroots (cơ sở)</source>
        <translation>Grassroots (cơ sở)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="109" />
        <source>District (huyện)</source>
        <translation>District (huyện)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="110" />
        <source>Province (tỉnh)</source>
        <translation>Province (tỉnh)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="112" />
        <source>Congress of all members</source>
        <translation>Congress of all members</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="113" />
        <source>Congress of delegates</source>
        <translation>Congress of delegates</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="116" />
        <source>Training (dry run): every report is marked, nothing counts</source>
        <translation>Training (dry run): every report is marked, nothing counts</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="117" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="117" />
        <source>Reason (election rules §4)</source>
        <translation>Reason (election rules §4)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="118" />
        <source>Counting committee member</source>
        <translation>Counting committee member</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="118" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="122" />
        <source>Congress:</source>
        <translation>Congress:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="123" />
        <source>Party organisation:</source>
        <translation>Party organisation:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="124" />
        <source>Organisation above (first header line):</source>
        <translation>Organisation above (first header line):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="125" />
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="126" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="127" />
        <source>Place name, date:</source>
        <translation>Place name, date:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="133" />
        <source>Hall where ballots are counted:</source>
        <translation>Hall where ballots are counted:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="134" />
        <source>Convened:</source>
        <translation>Convened:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="135" />
        <source>Not counted in the base:</source>
        <translation>Not counted in the base:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="137" />
        <source>Counting committee (for the minutes):</source>
        <translation>Counting committee (for the minutes):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="142" />
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="149" />
        <source>Add an election</source>
        <translation>Add an election</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="150" />
        <source>Remove the election</source>
        <translation>Remove the election</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="157" />
        <source>Elections and candidates</source>
        <translation>Elections and candidates</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="177" />
        <source>Open a congress file…</source>
        <translation>Open a congress file…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="178" />
        <source>Save the congress file…</source>
        <translation>Save the congress file…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="179" />
        <source>Make the record and lock the lists…</source>
        <translation>Make the record and lock the lists…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="180" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="196" />
        <source>New election</source>
        <translation>New election</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="284" />
        <source>Deduction %1: a number and its reason are both needed.</source>
        <translation>Deduction %1: a number and its reason are both needed.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="288" />
        <source>Add at least one election.</source>
        <translation>Add at least one election.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="349" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="363" />
        <source>Congress file</source>
        <translation>Congress file</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="363" />
        <location filename="../congress_editor.cpp" line="375" />
        <source>Congress files (*.json)</source>
        <translation>Congress files (*.json)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="370" />
        <source>Cannot open the congress file</source>
        <translation>Cannot open the congress file</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="375" />
        <source>Save the congress file</source>
        <translation>Save the congress file</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="378" />
        <source>Cannot save the congress file</source>
        <translation>Cannot save the congress file</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="385" />
        <source>The congress is not complete</source>
        <translation>The congress is not complete</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="388" />
        <source>New congress record</source>
        <translation>New congress record</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="388" />
        <source>Congress records (*.kpdb)</source>
        <translation>Congress records (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="393" />
        <source>Lock the lists?</source>
        <translation>Lock the lists?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="394" />
        <source>Once the record is made, the candidate lists cannot be changed: ballots are printed from them. A change then needs a new round or a new record. Make the record?</source>
        <translation>Once the record is made, the candidate lists cannot be changed: ballots are printed from them. A change then needs a new round or a new record. Make the record?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="400" />
        <source>Cannot make the record</source>
        <translation>Cannot make the record</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="22" />
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="24" />
        <source>Set up a new congress…</source>
        <translation>Set up a new congress…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="25" />
        <source>New congress from this one…</source>
        <translation>New congress from this one…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="27" />
        <source>Open a record…</source>
        <translation>Open a record…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="37" />
        <source>Records opened lately (double-click to open):</source>
        <translation>Records opened lately (double-click to open):</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="71" />
        <source>Open a congress record</source>
        <translation>Open a congress record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="72" />
        <source>Congress records (*.kpdb)</source>
        <translation>Congress records (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="45" />
        <location filename="../congress_page.cpp" line="75" />
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="72" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="100" />
        <source>No congress record is open. Set up a new congress (typed, or from a congress file), or open an existing record.</source>
        <translation>No congress record is open. Set up a new congress (typed, or from a congress file), or open an existing record.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="107" />
        <source>congress of all members</source>
        <translation>congress of all members</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="107" />
        <source>congress of delegates</source>
        <translation>congress of delegates</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="108" />
        <source>Convened: %1, base for the majority: %2</source>
        <translation>Convened: %1, base for the majority: %2</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="109" />
        <source>lists locked (a change needs a new round or a new record)</source>
        <translation>lists locked (a change needs a new round or a new record)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="111" />
        <source>TRAINING CONGRESS</source>
        <translation>TRAINING CONGRESS</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="119" />
        <source>strike names</source>
        <translation>strike names</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="119" />
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
</context>
<context>
    <name>kp::gui::CountingPage</name>
    <message>
        <source>Folder: %1 — each file is named in the list with what became of it.</source>
        <translation>Folder: %1 — each file is named in the list with what became of it.</translation>
    </message>
    <message>
        <source>Folder: %1; every file of the folder is a sheet.</source>
        <translation>Folder: %1; every file of the folder is a sheet.</translation>
    </message>
    <message>
        <source>%1 file(s) not counted</source>
        <translation>%1 file(s) not counted</translation>
    </message>
    <message>
        <source>%1 file(s) not scanned yet</source>
        <translation>%1 file(s) not scanned yet</translation>
    </message>
    <message>
        <source>%1 sheet(s) taken in</source>
        <translation>%1 sheet(s) taken in</translation>
    </message>
    <message>
        <source>Paused: %1 sheet(s) safely saved.</source>
        <translation>Paused: %1 sheet(s) safely saved.</translation>
    </message>
    <message>
        <source>The folder holds what cannot be read as a sheet: %1. Remove or repair it, then press Start to go on; no sheet is lost.</source>
        <translation>The folder holds what cannot be read as a sheet: %1. Remove or repair it, then press Start to go on; no sheet is lost.</translation>
    </message>
    <message>
        <source>%1 — not scanned: the count stopped before this file</source>
        <translation>%1 — not scanned: the count stopped before this file</translation>
    </message>
    <message>
        <source>%1 — not an ordinary file (a pipe or a device): remove it, then press Start</source>
        <translation>%1 — not an ordinary file (a pipe or a device): remove it, then press Start</translation>
    </message>
    <message>
        <source>%1 — a broken link (the file it points to is gone): remove or repair it, then press Start</source>
        <translation>%1 — a broken link (the file it points to is gone): remove or repair it, then press Start</translation>
    </message>
    <message>
        <source>%1 — a folder inside this one: its files are not counted</source>
        <translation>%1 — a folder inside this one: its files are not counted</translation>
    </message>
    <message>
        <source>%1 — a hidden name (it starts with a dot; a scanner's program may still be writing it): not counted</source>
        <translation>%1 — a hidden name (it starts with a dot; a scanner's program may still be writing it): not counted</translation>
    </message>
    <message>
        <source>%1 — not an image file: not counted</source>
        <translation>%1 — not an image file: not counted</translation>
    </message>
    <message>
        <source>%1 — the same image as sheet %2, already in the record: not counted again</source>
        <translation>%1 — the same image as sheet %2, already in the record: not counted again</translation>
    </message>
    <message>
        <source>%1 — the same image as %2 in this folder: counted once, as sheet %3</source>
        <translation>%1 — the same image as %2 in this folder: counted once, as sheet %3</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — maybe the same paper as %3, fed again: waits for the committee beside it</source>
        <translation>Sheet %1 · %2 — maybe the same paper as %3, fed again: waits for the committee beside it</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — the image cannot be read (a damaged file, or not an image): waits for the committee, who set it aside if it is no ballot</source>
        <translation>Sheet %1 · %2 — the image cannot be read (a damaged file, or not an image): waits for the committee, who set it aside if it is no ballot</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — %3: %4</source>
        <translation>Sheet %1 · %2 — %3: %4</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — %3</source>
        <translation>Sheet %1 · %2 — %3</translation>
    </message>
    <message>
        <source>waiting to be read</source>
        <translation>waiting to be read</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>The %1 sheet(s) an interrupted count had left unread were read first.</source>
        <translation>The %1 sheet(s) an interrupted count had left unread were read first.</translation>
    </message>
    <message>
        <source>Reading first the %1 sheet(s) an interrupted count stored but did not read.</source>
        <translation>Reading first the %1 sheet(s) an interrupted count stored but did not read.</translation>
    </message>
    <message>
        <source>An earlier count was interrupted: %1 sheet(s) are stored but not yet read (%2). The next count of that round reads them first: press Start.</source>
        <translation>An earlier count was interrupted: %1 sheet(s) are stored but not yet read (%2). The next count of that round reads them first: press Start.</translation>
    </message>
    <message>
        <source>%1: %2 sheet(s)</source>
        <translation>%1: %2 sheet(s)</translation>
    </message>
    <message>
        <source>Stopping after the sheets in hand…</source>
        <translation>Stopping after the sheets in hand…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="33" />
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="35" />
        <source>to the committee</source>
        <translation>to the committee</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="35" />
        <source>not a ballot of this count</source>
        <translation>not a ballot of this count</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="64" />
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="70" />
        <source>Find scanners</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="71" />
        <source>Folder of images…</source>
        <translation>Folder of images…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="72" />
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76" />
        <source>Rehearsal ballots…</source>
        <translation>Rehearsal ballots…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="77" />
        <source>Training congress: simulated voters mark and scan ballots for the committee to count.</source>
        <translation>Training congress: simulated voters mark and scan ballots for the committee to count.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="82" />
        <source>Feeder</source>
        <translation>Feeder</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="83" />
        <source>Feeder, both sides</source>
        <translation>Feeder, both sides</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="84" />
        <source>Flatbed</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="87" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="98" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="99" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="101" />
        <source>Election:</source>
        <translation>Election:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="103" />
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="130" />
        <source>Folder of scanned ballots</source>
        <translation>Folder of scanned ballots</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="137" />
        <source>Rehearsal ballots</source>
        <translation>Rehearsal ballots</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="137" />
        <source>How many voters?</source>
        <translation>How many voters?</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="145" />
        <source>Choose where the ballots come from first: Find scanners, or Folder of images…</source>
        <translation>Choose where the ballots come from first: Find scanners, or Folder of images…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="189" />
        <source>Open a congress record (step 1) to count its ballots.</source>
        <translation>Open a congress record (step 1) to count its ballots.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="191" />
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation>Sign in (Counting committee) so that the batch is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="192" />
        <source>Signed in: %1. Choose the scanner or a folder, the election and the round, then Start.</source>
        <translation>Signed in: %1. Choose the scanner or a folder, the election and the round, then Start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="234" />
        <source>Simulated voters are marking %n ballot(s)…</source>
        <translation>
            <numerusform>Simulated voters are marking %n ballot(s)…</numerusform><numerusform>Simulated voters are marking %n ballot(s)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="246" />
        <source>%n rehearsal ballot(s) ready: press Start to count them.</source>
        <translation>
            <numerusform>%n rehearsal ballot(s) ready: press Start to count them.</numerusform><numerusform>%n rehearsal ballot(s) ready: press Start to count them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="264" />
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n scanner(s) found.</numerusform><numerusform>%n scanner(s) found.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="265" />
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation>No scanner found: check the cable and the power, or use a folder of images.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="268" />
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="298" />
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation>Scanning: every sheet is saved before the next is fed…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="299" />
        <source>Reading the ballots…</source>
        <translation>Reading the ballots…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="300" />
        <source>Storing in the congress record…</source>
        <translation>Storing in the congress record…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="303" />
        <source>Scanned: %1 sheet(s)</source>
        <translation>Scanned: %1 sheet(s)</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="310" />
        <source>Press Start to resume the same batch.</source>
        <translation>Press Start to resume the same batch.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="320" />
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation>Done: %1 sheet(s) counted, %2 for the committee to review.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="351" />
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="346" />
        <source>Sheet %1 — %2</source>
        <translation>Sheet %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="384" />
        <source>%n sheet(s) are safely saved.</source>
        <translation>
            <numerusform>%n sheet(s) are safely saved.</numerusform><numerusform>%n sheet(s) are safely saved.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="386" />
        <source>The scanner is not answering: check its cable and power.</source>
        <translation>The scanner is not answering: check its cable and power.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="387" />
        <source>Another program is using the scanner: close it.</source>
        <translation>Another program is using the scanner: close it.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="388" />
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation>The feeder is empty: put the ballots in the feeder.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="390" />
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="392" />
        <source>The scanner's cover is open: close it.</source>
        <translation>The scanner's cover is open: close it.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="394" />
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation>Two sheets went through together: put the last sheets back on top of the stack.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="395" />
        <source>This computer may not use the scanner (permissions).</source>
        <translation>This computer may not use the scanner (permissions).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="396" />
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="397" />
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation>The scanner cannot scan this way (source, resolution or mode).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="398" />
        <source>The computer ran out of memory.</source>
        <translation>The computer ran out of memory.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="399" />
        <source>The disk could not save the sheet: free some space.</source>
        <translation>The disk could not save the sheet: free some space.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="402" />
        <source>The scanner reported an error.</source>
        <translation>The scanner reported an error.</translation>
    </message>
</context>
<context>
    <name>kp::gui::DecisionPanel</name>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;A BALLOT OF ANOTHER ROUND&lt;/b&gt;: it is set aside and not counted in this round (neither collected nor invalid).</source>
        <translation>The committee rules that this sheet is &lt;b&gt;A BALLOT OF ANOTHER ROUND&lt;/b&gt;: it is set aside and not counted in this round (neither collected nor invalid).</translation>
    </message>
    <message>
        <source>A ballot of another round: not in this count</source>
        <translation>A ballot of another round: not in this count</translation>
    </message>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;NOT A BALLOT&lt;/b&gt;: it is set aside and not counted (neither collected nor invalid).</source>
        <translation>The committee rules that this sheet is &lt;b&gt;NOT A BALLOT&lt;/b&gt;: it is set aside and not counted (neither collected nor invalid).</translation>
    </message>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;the same paper as sheet %1, fed again&lt;/b&gt;: it is set aside and counted once, as sheet %1.</source>
        <translation>The committee rules that this sheet is &lt;b&gt;the same paper as sheet %1, fed again&lt;/b&gt;: it is set aside and counted once, as sheet %1.</translation>
    </message>
    <message>
        <source>The same paper as sheet %1, fed again</source>
        <translation>The same paper as sheet %1, fed again</translation>
    </message>
    <message>
        <source>Not a ballot: remove from the count</source>
        <translation>Not a ballot: remove from the count</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="27" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="28" />
        <source>Struck</source>
        <translation>Struck</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="30" />
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="31" />
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="32" />
        <source>Both boxes</source>
        <translation>Both boxes</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="33" />
        <source>No box</source>
        <translation>No box</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="40" />
        <source>Invalid: a name written in</source>
        <translation>Invalid: a name written in</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="38" />
        <source>Valid, as the names above</source>
        <translation>Valid, as the names above</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="39" />
        <source>Invalid: not the committee's ballot</source>
        <translation>Invalid: not the committee's ballot</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="41" />
        <source>Invalid: an identifying mark</source>
        <translation>Invalid: an identifying mark</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="57" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>The committee decides</source>
        <translation>The committee decides</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="78" />
        <source>&lt;b&gt;The ballot&lt;/b&gt; (nothing is chosen until you choose):</source>
        <translation>&lt;b&gt;The ballot&lt;/b&gt; (nothing is chosen until you choose):</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="93" />
        <source>Why (for the minutes):</source>
        <translation>Why (for the minutes):</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="96" />
        <source>e.g. checked against the paper ballot</source>
        <translation>e.g. checked against the paper ballot</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="103" />
        <source>Next: two members confirm…</source>
        <translation>Next: two members confirm…</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="225" />
        <source>The committee decides otherwise than the reading.</source>
        <translation>The committee decides otherwise than the reading.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="231" />
        <source>Choose a ballot in the list.</source>
        <translation>Choose a ballot in the list.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="236" />
        <source>whether the ballot is valid</source>
        <translation>whether the ballot is valid</translation>
    </message>
    <message numerus="yes">
        <location filename="../decision_panel.cpp" line="240" />
        <source>%n name(s) still undecided: %1</source>
        <translation>
            <numerusform>%n name(s) still undecided: %1</numerusform><numerusform>%n name(s) still undecided: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="244" />
        <source>why (for the minutes)</source>
        <translation>why (for the minutes)</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="247" />
        <source>Still to decide: %1.</source>
        <translation>Still to decide: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="292" />
        <source>The committee rules the ballot &lt;b&gt;INVALID&lt;/b&gt;: %1.</source>
        <translation>The committee rules the ballot &lt;b&gt;INVALID&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="296" />
        <source>The committee rules the ballot &lt;b&gt;VALID&lt;/b&gt;, read as follows:</source>
        <translation>The committee rules the ballot &lt;b&gt;VALID&lt;/b&gt;, read as follows:</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="299" />
        <source>Kept (%1): %2</source>
        <translation>Kept (%1): %2</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="300" />
        <source>Struck (%1): %2</source>
        <translation>Struck (%1): %2</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="311" />
        <source>By the election rules this ballot then counts as &lt;b&gt;invalid&lt;/b&gt;: %1 (%2 place(s) to fill).</source>
        <translation>By the election rules this ballot then counts as &lt;b&gt;invalid&lt;/b&gt;: %1 (%2 place(s) to fill).</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="325" />
        <source>Decided otherwise than the recogniser read: %1.</source>
        <translation>Decided otherwise than the recogniser read: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="328" />
        <source>Why (for the minutes): %1</source>
        <translation>Why (for the minutes): %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ElectionEditor</name>
    <message>
        <location filename="../election_editor.cpp" line="63" />
        <location filename="../election_editor.cpp" line="65" />
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="66" />
        <source>Title on the ballot and minutes:</source>
        <translation>Title on the ballot and minutes:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="67" />
        <source>Short id (in files):</source>
        <translation>Short id (in files):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="68" />
        <source>Body elected:</source>
        <translation>Body elected:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="69" />
        <source>Seats:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="70" />
        <source>Alternates after the seats (combined delegate list):</source>
        <translation>Alternates after the seats (combined delegate list):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="71" />
        <source>Ballots issued:</source>
        <translation>Ballots issued:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="72" />
        <source>Present at the vote:</source>
        <translation>Present at the vote:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="86" />
        <source>Full name (ballot order)</source>
        <translation>Full name (ballot order)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="97" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="98" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="99" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="100" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="101" />
        <source>Paste names…</source>
        <translation>Paste names…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="102" />
        <source>Import CSV/XLSX…</source>
        <translation>Import CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="103" />
        <source>Party order</source>
        <translation>Party order</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="178" />
        <source>Present at the vote (%1) cannot be more than the base for the majority (%2).</source>
        <translation>Present at the vote (%1) cannot be more than the base for the majority (%2).</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="181" />
        <source>Ballots issued (%1) cannot be more than the base for the majority (%2).</source>
        <translation>Ballots issued (%1) cannot be more than the base for the majority (%2).</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="184" />
        <source>More ballots issued (%1) than people present (%2): check both figures.</source>
        <translation>More ballots issued (%1) than people present (%2): check both figures.</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="202" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="232" />
        <source>Paste names</source>
        <translation>Paste names</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="232" />
        <source>One name a line, or a table copied from a word processor or spreadsheet:</source>
        <translation>One name a line, or a table copied from a word processor or spreadsheet:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="239" />
        <source>No names found</source>
        <translation>No names found</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="246" />
        <source>Candidate list</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="247" />
        <source>Lists (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>Lists (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="250" />
        <source>Cannot import the list</source>
        <translation>Cannot import the list</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="29" />
        <source>Executive committee</source>
        <translation>Executive committee</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="30" />
        <source>Standing committee</source>
        <translation>Standing committee</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="31" />
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="32" />
        <source>Deputy secretary</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="33" />
        <source>Inspection committee</source>
        <translation>Inspection committee</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="34" />
        <source>Chair of the inspection committee</source>
        <translation>Chair of the inspection committee</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="35" />
        <source>Delegates to the congress above</source>
        <translation>Delegates to the congress above</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="36" />
        <source>Alternate delegates</source>
        <translation>Alternate delegates</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="37" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>kp::gui::ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="25" />
        <source>Sign-in refused for %1: unknown name or wrong password.</source>
        <translation>Sign-in refused for %1: unknown name or wrong password.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27" />
        <source>A ruling needs two different members of the committee: %1 cannot confirm their own ruling.</source>
        <translation>A ruling needs two different members of the committee: %1 cannot confirm their own ruling.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30" />
        <source>%1 is a technician: rulings are made by the chair and the members of the counting committee.</source>
        <translation>%1 is a technician: rulings are made by the chair and the members of the counting committee.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="33" />
        <source>A ruling must say why: the reason goes into the minutes.</source>
        <translation>A ruling must say why: the reason goes into the minutes.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="35" />
        <source>Only the chair of the committee, with their password, adds members.</source>
        <translation>Only the chair of the committee, with their password, adds members.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="36" />
        <source>Type the member's full name.</source>
        <translation>Type the member's full name.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="38" />
        <source>A password needs at least 6 characters.</source>
        <translation>A password needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40" />
        <source>%1 is already a member of the committee.</source>
        <translation>%1 is already a member of the committee.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42" />
        <source>%1 has already entered ballot %2. An entry is never changed: a mistake is settled by a ruling of the committee.</source>
        <translation>%1 has already entered ballot %2. An entry is never changed: a mistake is settled by a ruling of the committee.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46" />
        <source>%1 already exists: a record is never overwritten. Choose another name.</source>
        <translation>%1 already exists: a record is never overwritten. Choose another name.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47" />
        <source>There is no congress record at %1.</source>
        <translation>There is no congress record at %1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49" />
        <source>Sheet %1 is the same paper as sheet %2, fed again: it is not ruled on.</source>
        <translation>Sheet %1 is the same paper as sheet %2, fed again: it is not ruled on.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51" />
        <source>Sheet %1 has not been read yet: count it first.</source>
        <translation>Sheet %1 has not been read yet: count it first.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53" />
        <source>There is no sheet %1 in the record.</source>
        <translation>There is no sheet %1 in the record.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="61" />
        <source>The congress record could not be read or written (the file may be locked by another program, damaged, or the disk full). Nothing was changed by this action.</source>
        <translation>The congress record could not be read or written (the file may be locked by another program, damaged, or the disk full). Nothing was changed by this action.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="76" />
        <source>The congress record refused this action.</source>
        <translation>The congress record refused this action.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="87" />
        <source>Add at least one election.</source>
        <translation>Add at least one election.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89" />
        <source>Each election needs its own short id (not empty, not used twice).</source>
        <translation>Each election needs its own short id (not empty, not used twice).</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="91" />
        <source>The number convened cannot be negative.</source>
        <translation>The number convened cannot be negative.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="93" />
        <source>A number not counted in the base cannot be negative.</source>
        <translation>A number not counted in the base cannot be negative.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="96" />
        <source>The base for the majority (convened %1 minus those not counted) is %2: it must be at least 1.</source>
        <translation>The base for the majority (convened %1 minus those not counted) is %2: it must be at least 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="100" />
        <source>At least 1 seat is to be filled.</source>
        <translation>At least 1 seat is to be filled.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="102" />
        <source>%1 seat(s) to fill but only %2 name(s) on the list: add the candidates, or lower the seats.</source>
        <translation>%1 seat(s) to fill but only %2 name(s) on the list: add the candidates, or lower the seats.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="107" />
        <source>The number of alternates cannot be negative.</source>
        <translation>The number of alternates cannot be negative.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="110" />
        <source>The number of ballots issued cannot be negative.</source>
        <translation>The number of ballots issued cannot be negative.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="112" />
        <source>A candidate has no id.</source>
        <translation>A candidate has no id.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="114" />
        <source>The candidate id "%1" appears twice on the list.</source>
        <translation>The candidate id "%1" appears twice on the list.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="117" />
        <source>Later rounds are numbered 2, 3, … and each appears once.</source>
        <translation>Later rounds are numbered 2, 3, … and each appears once.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="120" />
        <source>Round %1: at least 1 seat is to be filled.</source>
        <translation>Round %1: at least 1 seat is to be filled.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="123" />
        <source>Round %1: the candidate id "%2" names another person than in round 1.</source>
        <translation>Round %1: the candidate id "%2" names another person than in round 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="128" />
        <source>Present at the vote: %1, more than the base for the majority (%2: those convened minus those not counted). Those present are at most the base: check both figures.</source>
        <translation>Present at the vote: %1, more than the base for the majority (%2: those convened minus those not counted). Those present are at most the base: check both figures.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="135" />
        <source>Ballots issued: %1, more than the base for the majority (%2). Check both figures.</source>
        <translation>Ballots issued: %1, more than the base for the majority (%2). Check both figures.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="141" />
        <source>The congress file is not in the expected form (kiemphieu.congress/1); the details say where.</source>
        <translation>The congress file is not in the expected form (kiemphieu.congress/1); the details say where.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="148" />
        <source>election %1</source>
        <translation>election %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="149" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159" />
        <source>Election %1, round %2: %3 ballots collected but only %4 issued. The counting committee must find and settle the difference before there is a result.</source>
        <translation>Election %1, round %2: %3 ballots collected but only %4 issued. The counting committee must find and settle the difference before there is a result.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="167" />
        <source>Ballots are still waiting for the counting committee (step 6, Review): the result and the minutes come once every one of them is ruled on.</source>
        <translation>Ballots are still waiting for the counting committee (step 6, Review): the result and the minutes come once every one of them is ruled on.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="172" />
        <source>No ballot has been counted yet: there are no minutes to make.</source>
        <translation>No ballot has been counted yet: there are no minutes to make.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="174" />
        <source>The count cannot be tallied from the record; the details say why.</source>
        <translation>The count cannot be tallied from the record; the details say why.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="187" />
        <location filename="../error_text.cpp" line="195" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kp::gui::MainWindow</name>
    <message>
        <source>Stopping the count after the sheet in hand; the window closes when it has stopped.</source>
        <translation>Stopping the count after the sheet in hand; the window closes when it has stopped.</translation>
    </message>
    <message>
        <source>A count is running. Stop it and quit?

The sheet in hand is finished and recorded. Sheets already scanned but not yet read stay in the record: the next count reads them first.</source>
        <translation>A count is running. Stop it and quit?

The sheet in hand is finished and recorded. Sheets already scanned but not yet read stay in the record: the next count reads them first.</translation>
    </message>
    <message>
        <source>A count is running</source>
        <translation>A count is running</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="46" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="47" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="48" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="57" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="58" />
        <source>&amp;About KiemPhieu</source>
        <translation>&amp;About KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="59" />
        <source>About KiemPhieu</source>
        <translation>About KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="60" />
        <source>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</source>
        <translation>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>1. Congress</source>
        <translation>1. Congress</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>2. Ballots</source>
        <translation>2. Ballots</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>3. Committee</source>
        <translation>3. Committee</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>4. Counting</source>
        <translation>4. Counting</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>5. Manual entry</source>
        <translation>5. Manual entry</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>6. Review</source>
        <translation>6. Review</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>7. Results</source>
        <translation>7. Results</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>8. Reports</source>
        <translation>8. Reports</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104" />
        <source>Round %1 is set up: print its ballots here, then count them at step 4 (the round is already chosen there).</source>
        <translation>Round %1 is set up: print its ballots here, then count them at step 4 (the round is already chosen there).</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="108" />
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation>KiemPhieu – counting the ballots of Party congresses</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="137" />
        <source>No congress record open</source>
        <translation>No congress record open</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="140" />
        <source>Record: %1 · signed in: %2%3</source>
        <translation>Record: %1 · signed in: %2%3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="143" />
        <source> · TRAINING</source>
        <translation> · TRAINING</translation>
    </message>
</context>
<context>
    <name>kp::gui::ManualEntryPage</name>
    <message>
        <location filename="../manual_entry_page.cpp" line="28" />
        <source>Type one letter for each of the %1 persons: d, k, h or -.</source>
        <translation>Type one letter for each of the %1 persons: d, k, h or -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="35" />
        <source>"%1" is not d, k, h or -.</source>
        <translation>"%1" is not d, k, h or -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="46" />
        <source>"%1" is not a name's number (1 to %2).</source>
        <translation>"%1" is not a name's number (1 to %2).</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="57" />
        <source>Manual entry</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="66" />
        <source>e.g. 2 5  (Enter saves and goes to the next ballot)</source>
        <translation>e.g. 2 5  (Enter saves and goes to the next ballot)</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="71" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="72" />
        <source>invalid: not issued by the committee</source>
        <translation>invalid: not issued by the committee</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="73" />
        <source>invalid: a name written in</source>
        <translation>invalid: a name written in</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="74" />
        <source>invalid: identifying mark</source>
        <translation>invalid: identifying mark</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="75" />
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="76" />
        <source>Ballot number</source>
        <translation>Ballot number</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="77" />
        <source>Struck names</source>
        <translation>Struck names</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="78" />
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="95" />
        <source>Ballot %1 saved.</source>
        <translation>Ballot %1 saved.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="114" />
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>Sign in first (Counting committee): each entry is recorded in the operator's name.</source>
        <translation>Sign in first (Counting committee): each entry is recorded in the operator's name.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="115" />
        <source>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</source>
        <translation>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="142" />
        <source>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</source>
        <translation>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="143" />
        <source>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</source>
        <translation>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="159" />
        <source>Choose an election.</source>
        <translation>Choose an election.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="173" />
        <source>Ballot %1: %2</source>
        <translation>Ballot %1: %2</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="173" />
        <source>nothing struck</source>
        <translation>nothing struck</translation>
    </message>
</context>
<context>
    <name>kp::gui::PdfPrint</name>
    <message>
        <location filename="../pdf_print.cpp" line="33" />
        <source>%1 cannot be opened as a PDF</source>
        <translation>%1 cannot be opened as a PDF</translation>
    </message>
    <message>
        <location filename="../pdf_print.cpp" line="45" />
        <source>The printer cannot be started</source>
        <translation>The printer cannot be started</translation>
    </message>
    <message>
        <location filename="../pdf_print.cpp" line="53" />
        <source>Page %1 of %2 cannot be rendered: %3</source>
        <translation>Page %1 of %2 cannot be rendered: %3</translation>
    </message>
</context>
<context>
    <name>kp::gui::ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="16" />
        <source>Results – projection</source>
        <translation>Results – projection</translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="70" />
        <source>%n ballot(s) to count, one at a time.</source>
        <translation>
            <numerusform>%n ballot(s) to count, one at a time.</numerusform><numerusform>%n ballot(s) to count, one at a time.</numerusform></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>agree</source>
        <translation>agree</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>disagree</source>
        <translation>disagree</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>both boxes</source>
        <translation>both boxes</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>no mark</source>
        <translation>no mark</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="96" />
        <source>no name struck</source>
        <translation>no name struck</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="96" />
        <source>struck: %1</source>
        <translation>struck: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="100" />
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="101" />
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="105" />
        <source>Ballot %1 (%2 of %3)</source>
        <translation>Ballot %1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="119" />
        <source>Collected %1 · valid %2 · invalid %3</source>
        <translation>Collected %1 · valid %2 · invalid %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="121" />
        <source>Every ballot is counted: these are the round's votes.</source>
        <translation>Every ballot is counted: these are the round's votes.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReportsPage</name>
    <message>
        <source>The audit bundle in %1 is already this record's: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>The audit bundle in %1 is already this record's: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="49" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="50" />
        <source>Make the minutes and every report</source>
        <translation>Make the minutes and every report</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="51" />
        <source>Open the reports folder</source>
        <translation>Open the reports folder</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="66" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="81" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="81" />
        <source>Choose a PDF in the list: the minutes and reports print from their PDF.</source>
        <translation>Choose a PDF in the list: the minutes and reports print from their PDF.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="88" />
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="93" />
        <source>Make the congress key…</source>
        <translation>Make the congress key…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="94" />
        <source>Once per congress: the secret key signs the audit bundle; its public key is printed on the signed minutes.</source>
        <translation>Once per congress: the secret key signs the audit bundle; its public key is printed on the signed minutes.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="95" />
        <source>Export the signed audit bundle…</source>
        <translation>Export the signed audit bundle…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="101" />
        <source>A folder for the congress key (a USB stick kept by the chair)</source>
        <translation>A folder for the congress key (a USB stick kept by the chair)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="107" />
        <source>No key was made</source>
        <translation>No key was made</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="110" />
        <source>The congress key</source>
        <translation>The congress key</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="111" />
        <source>Secret key: %1/congress.key — keep it secret; it signs the audit bundle.
Public key (write it on the signed minutes):
%2</source>
        <translation>Secret key: %1/congress.key — keep it secret; it signs the audit bundle.
Public key (write it on the signed minutes):
%2</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="116" />
        <source>The congress key (congress.key)</source>
        <translation>The congress key (congress.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="116" />
        <source>Keys (*.key)</source>
        <translation>Keys (*.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="120" />
        <source>An empty folder for the audit bundle</source>
        <translation>An empty folder for the audit bundle</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="125" />
        <source>The bundle was not exported</source>
        <translation>The bundle was not exported</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="136" />
        <source>Making the reports…</source>
        <translation>Making the reports…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="150" />
        <source>The reports are made from the congress record into %1.</source>
        <translation>The reports are made from the congress record into %1.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="171" />
        <source>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="191" />
        <source>No reports: </source>
        <translation>No reports: </translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="207" />
        <source>No minutes for %1: no ballot has been counted there yet.</source>
        <translation>No minutes for %1: no ballot has been counted there yet.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="200" />
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation>Every page names the SHA-256 of the result: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ResultsPage</name>
    <message>
        <source>Reconciliation of the figures</source>
        <translation>Reconciliation of the figures</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="28" />
        <source>Show in the hall (projector)</source>
        <translation>Show in the hall (projector)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="29" />
        <source>Replay ballot by ballot</source>
        <translation>Replay ballot by ballot</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="30" />
        <source>On the projector: each ballot's struck names and the running votes, so observers can follow the count.</source>
        <translation>On the projector: each ballot's struck names and the running votes, so observers can follow the count.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>% of base</source>
        <translation>% of base</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>% of valid (not official)</source>
        <translation>% of valid (not official)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="199" />
        <source>A further round cannot be set up from the record as it is.</source>
        <translation>A further round cannot be set up from the record as it is.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="218" />
        <source>No ballot has been counted yet.</source>
        <translation>No ballot has been counted yet.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="231" />
        <location filename="../results_page.cpp" line="237" />
        <source>The replay cannot start: </source>
        <translation>The replay cannot start: </translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="232" />
        <source>no round has ballots counted yet.</source>
        <translation>no round has ballots counted yet.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="110" />
        <source>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</translation>
    </message>
    <message numerus="yes">
        <location filename="../results_page.cpp" line="119" />
        <source>The count is still open: %n ballot(s) wait for the counting committee (step 6). The figures below are running counts, not the result.</source>
        <translation>
            <numerusform>The count is still open: %n ballot(s) wait for the counting committee (step 6). The figures below are running counts, not the result.</numerusform><numerusform>The count is still open: %n ballot(s) wait for the counting committee (step 6). The figures below are running counts, not the result.</numerusform></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="125" />
        <source>No result yet: </source>
        <translation>No result yet: </translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="163" />
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation>Base %1 · collected %2 · valid %3 · invalid %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../results_page.cpp" line="170" />
        <source>%n ballot(s) of this round wait for the committee: no one is elected yet.</source>
        <translation>
            <numerusform>%n ballot(s) of this round wait for the committee: no one is elected yet.</numerusform><numerusform>%n ballot(s) of this round wait for the committee: no one is elected yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="177" />
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="182" />
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation>%1 seat(s) unfilled: the congress decides whether to vote again.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="194" />
        <source>Set up round %1: %2 seat(s) among %3…</source>
        <translation>Set up round %1: %2 seat(s) among %3…</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <source>Maybe the same paper as sheet %1, fed again: this sheet is on the left, sheet %1 on the right. The same paper: choose &quot;the same paper as sheet %1, fed again&quot;. Another voter's ballot: rule on what it holds.</source>
        <translation>Maybe the same paper as sheet %1, fed again: this sheet is on the left, sheet %1 on the right. The same paper: choose &quot;the same paper as sheet %1, fed again&quot;. Another voter's ballot: rule on what it holds.</translation>
    </message>
    <message>
        <source>Sheet %1, which it resembles</source>
        <translation>Sheet %1, which it resembles</translation>
    </message>
    <message>
        <source>This sheet (%1)</source>
        <translation>This sheet (%1)</translation>
    </message>
    <message>
        <source>No ballot read so far waits for the committee; %1 sheet(s) are not yet read.</source>
        <translation>No ballot read so far waits for the committee; %1 sheet(s) are not yet read.</translation>
    </message>
    <message>
        <source>The record cannot be read: no ballot can be ruled now.</source>
        <translation>The record cannot be read: no ballot can be ruled now.</translation>
    </message>
    <message>
        <source>%1 sheet(s) are stored but not yet read: they are not ruled here. Count again (step 4): the next count reads them first.</source>
        <translation>%1 sheet(s) are stored but not yet read: they are not ruled here. Count again (step 4): the next count reads them first.</translation>
    </message>
    <message>
        <source>The record cannot be read: nothing can be ruled until it is read again (nothing is lost). Call the technician; point here for the details.</source>
        <translation>The record cannot be read: nothing can be ruled until it is read again (nothing is lost). Call the technician; point here for the details.</translation>
    </message>
    <message>
        <source>the record cannot be opened</source>
        <translation>the record cannot be opened</translation>
    </message>
    <message>
        <source>maybe the same paper as an earlier sheet, fed again</source>
        <translation>maybe the same paper as an earlier sheet, fed again</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="80" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="109" />
        <location filename="../review_page.cpp" line="363" />
        <source>Click the sheet where a name is to see it closer.</source>
        <translation>Click the sheet where a name is to see it closer.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="367" />
        <source>No ballot is waiting for the committee.</source>
        <translation>No ballot is waiting for the committee.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="291" />
        <location filename="../review_page.cpp" line="299" />
        <source>struck</source>
        <translation>struck</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="291" />
        <location filename="../review_page.cpp" line="299" />
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="297" />
        <source>not sure</source>
        <translation>not sure</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="303" />
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="377" />
        <source>Keyed by hand: take paper ballot %1 of the stack and compare.</source>
        <translation>Keyed by hand: take paper ballot %1 of the stack and compare.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="379" />
        <source>The image cannot be shown.</source>
        <translation>The image cannot be shown.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="385" />
        <source>The list of this election round cannot be read from the record: this ballot cannot be ruled on here.</source>
        <translation>The list of this election round cannot be read from the record: this ballot cannot be ruled on here.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="447" />
        <source>Ruling recorded: %1</source>
        <translation>Ruling recorded: %1</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="455" />
        <source>Choose a ballot in the queue first.</source>
        <translation>Choose a ballot in the queue first.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="33" />
        <source>only part of a name is struck</source>
        <translation>only part of a name is struck</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="34" />
        <source>a name is underlined</source>
        <translation>a name is underlined</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="35" />
        <source>a mark near a name</source>
        <translation>a mark near a name</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36" />
        <source>a mark beside a name (tick, circle)</source>
        <translation>a mark beside a name (tick, circle)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37" />
        <source>a fold runs through a name</source>
        <translation>a fold runs through a name</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38" />
        <source>a faint stroke</source>
        <translation>a faint stroke</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39" />
        <source>an unclear mark in a box</source>
        <translation>an unclear mark in a box</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40" />
        <source>no stamp found</source>
        <translation>no stamp found</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41" />
        <source>writing outside the list</source>
        <translation>writing outside the list</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42" />
        <source>a corner is torn or folded</source>
        <translation>a corner is torn or folded</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43" />
        <source>the ballot's code cannot be read</source>
        <translation>the ballot's code cannot be read</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45" />
        <source>a ballot of several sides, not scanned as one sheet: rule on every side from the paper</source>
        <translation>a ballot of several sides, not scanned as one sheet: rule on every side from the paper</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>the letters of a name leave too little paper to see a stroke</source>
        <translation>the letters of a name leave too little paper to see a stroke</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="49" />
        <source>the image cannot be read</source>
        <translation>the image cannot be read</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="50" />
        <source>the manual entries differ</source>
        <translation>the manual entries differ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="51" />
        <source>a second entry is missing</source>
        <translation>a second entry is missing</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="57" />
        <source>agree</source>
        <translation>agree</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="58" />
        <source>disagree</source>
        <translation>disagree</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="59" />
        <source>both boxes</source>
        <translation>both boxes</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="60" />
        <source>no box</source>
        <translation>no box</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="123" />
        <source>Read the ruling aloud. Two members of the committee then confirm it with their passwords.</source>
        <translation>Read the ruling aloud. Two members of the committee then confirm it with their passwords.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="140" />
        <source>Back to the ballot</source>
        <translation>Back to the ballot</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="142" />
        <source>Record the ruling</source>
        <translation>Record the ruling</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="210" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="236" />
        <source>%1 · ballot %2 keyed by hand</source>
        <translation>%1 · ballot %2 keyed by hand</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="237" />
        <source>%1 · sheet %2</source>
        <translation>%1 · sheet %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="290" />
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="459" />
        <source>Nothing is recorded until the committee has chosen whether the ballot is valid and decided every doubtful name.</source>
        <translation>Nothing is recorded until the committee has chosen whether the ballot is valid and decided every doubtful name.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="464" />
        <source>Write why (for the minutes) before confirming.</source>
        <translation>Write why (for the minutes) before confirming.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Session</name>
    <message>
        <location filename="../session.cpp" line="54" />
        <source>%1: the record's congress cannot be read</source>
        <translation>%1: the record's congress cannot be read</translation>
    </message>
    <message>
        <location filename="../session.cpp" line="70" />
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInDialog</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="90" />
        <location filename="../sign_in_dialog.cpp" line="103" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="90" />
        <source>Two members confirm</source>
        <translation>Two members confirm</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="103" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="104" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInFields</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="20" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="26" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="67" />
        <source>Choose your name in the list.</source>
        <translation>Choose your name in the list.</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="68" />
        <source>Choose member %1 in the list.</source>
        <translation>Choose member %1 in the list.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Standings</name>
    <message>
        <location filename="../standings.cpp" line="41" />
        <location filename="../standings.cpp" line="156" />
        <source>over half</source>
        <translation>over half</translation>
    </message>
    <message numerus="yes">
        <location filename="../standings.cpp" line="46" />
        <source>COUNT STILL OPEN: %n ballot(s) wait for the counting committee. These are running counts, not the result.</source>
        <translation>
            <numerusform>COUNT STILL OPEN: %n ballot(s) wait for the counting committee. These are running counts, not the result.</numerusform><numerusform>COUNT STILL OPEN: %n ballot(s) wait for the counting committee. These are running counts, not the result.</numerusform></translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="50" />
        <source>Base %1 · elected with more than half: at least %2 votes · collected %3 · valid %4 · invalid %5</source>
        <translation>Base %1 · elected with more than half: at least %2 votes · collected %3 · valid %4 · invalid %5</translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="58" />
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation>Tie: %1 for %2 seat(s) — the congress votes again among them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../standings.cpp" line="63" />
        <source>%n seat(s) unfilled — the congress decides whether to vote again.</source>
        <translation>
            <numerusform>%n seat(s) unfilled — the congress decides whether to vote again.</numerusform><numerusform>%n seat(s) unfilled — the congress decides whether to vote again.</numerusform></translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="67" />
        <source>Nobody is elected in this round.</source>
        <translation>Nobody is elected in this round.</translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="117" />
        <location filename="../standings.cpp" line="191" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>kp::gui::Widgets</name>
    <message>
        <location filename="../widgets.cpp" line="42" />
        <source>%1 – round %2</source>
        <translation>%1 – round %2</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="47" />
        <source>elected</source>
        <translation>elected</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="48" />
        <source>alternate</source>
        <translation>alternate</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="49" />
        <source>tied</source>
        <translation>tied</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="57" />
        <source>not issued by the counting committee</source>
        <translation>not issued by the counting committee</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="58" />
        <source>a name written in</source>
        <translation>a name written in</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="59" />
        <source>an identifying mark</source>
        <translation>an identifying mark</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="60" />
        <source>more names kept than places to fill</source>
        <translation>more names kept than places to fill</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="61" />
        <source>every name struck</source>
        <translation>every name struck</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="62" />
        <source>no box marked for anyone</source>
        <translation>no box marked for anyone</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReconciliationPanel</name>
    <message>
        <source>Write why (for the minutes) before confirming.</source>
        <translation>Write why (for the minutes) before confirming.</translation>
    </message>
    <message>
        <source>Why (for the minutes):</source>
        <translation>Why (for the minutes):</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>%1 (the committee's; congress: %2)</source>
        <translation>%1 (the committee's; congress: %2)</translation>
    </message>
    <message>
        <source>The record cannot be read: the figures cannot be reconciled now (nothing is lost). Call the technician; point here for the details.</source>
        <translation>The record cannot be read: the figures cannot be reconciled now (nothing is lost). Call the technician; point here for the details.</translation>
    </message>
    <message>
        <source>Ballots issued, as recounted:</source>
        <translation>Ballots issued, as recounted:</translation>
    </message>
    <message>
        <source>Record the ballots issued</source>
        <translation>Record the ballots issued</translation>
    </message>
    <message>
        <source>e.g. the counterfoils recounted</source>
        <translation>e.g. the counterfoils recounted</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Keyed by hand</source>
        <translation>Keyed by hand</translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation>Not yet read</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Sheets scanned</source>
        <translation>Sheets scanned</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>More ballots collected (%1) than issued (%2): the committee recounts the ballots issued and records the number below (two members).</source>
        <translation>More ballots collected (%1) than issued (%2): the committee recounts the ballots issued and records the number below (two members).</translation>
    </message>
    <message>
        <source>%1 sheet(s) not read: count again at step 4; they are read first.</source>
        <translation>%1 sheet(s) not read: count again at step 4; they are read first.</translation>
    </message>
    <message>
        <source>%1 ballot(s) wait: rule on them at step 6 (Review).</source>
        <translation>%1 ballot(s) wait: rule on them at step 6 (Review).</translation>
    </message>
    <message>
        <source>%1 not a ballot</source>
        <translation>%1 not a ballot</translation>
    </message>
    <message>
        <source>%1 of another round</source>
        <translation>%1 of another round</translation>
    </message>
    <message>
        <source>%1 fed again</source>
        <translation>%1 fed again</translation>
    </message>
</context>
</TS>