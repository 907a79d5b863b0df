<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name>kp::gui::BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="34" />
        <source>Ballots</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="37" />
        <source>Save the ballots as PDF…</source>
        <translation>Lưu phiếu bầu thành PDF…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="52" />
        <source>Save the ballots</source>
        <translation>Lưu phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="52" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="55" />
        <source>The ballots were not saved</source>
        <translation>Chưa lưu được phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="59" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="66" />
        <source>The ballots were not printed</source>
        <translation>Chưa in được phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="70" />
        <source>Printed elsewhere: learn from a scanned blank…</source>
        <translation>Phiếu in ngoài: học từ phiếu trắng đã quét…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="71" />
        <source>For ballots typed in a word processor: scan one blank, stamped ballot; the recogniser finds the names on it and the committee confirms.</source>
        <translation>Phiếu soạn bằng trình soạn thảo văn bản: quét một phiếu trắng đã đóng dấu; máy tìm các tên trên phiếu và Ban kiểm phiếu xác nhận.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="75" />
        <source>Scanned blank ballot</source>
        <translation>Phiếu trắng đã quét</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="76" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="87" />
        <source>The blank was not learned</source>
        <translation>Không học được mẫu phiếu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="93" />
        <source>The blank was not kept</source>
        <translation>Mẫu phiếu chưa được lưu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="108" />
        <location filename="../ballots_page.cpp" line="218" />
        <source>Open a congress record first.</source>
        <translation>Hãy mở hồ sơ đại hội trước.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="120" />
        <source>Reading the blank (Tesseract, Vietnamese)…</source>
        <translation>Đang đọc phiếu trắng (Tesseract, tiếng Việt)…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="142" />
        <source>No blank has been learned.</source>
        <translation>Chưa học mẫu phiếu trắng nào.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="145" />
        <source>Sign in first (Counting committee): the confirmation is recorded in your name.</source>
        <translation>Hãy đăng nhập trước (mục Ban kiểm phiếu): việc xác nhận được ghi tên người xác nhận.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="186" />
        <source>This round's ballots were printed elsewhere: they are read against the blank %1 confirmed (%2 dpi). </source>
        <translation>Phiếu lần bầu này in ngoài: được đọc theo phiếu trắng do %1 xác nhận (%2 dpi). </translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="226" />
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation>Như khi in: dấu đóng vào ô góc trên bên trái; cử tri gạch ngang tên người mình không bầu. Trên phiếu không có gì nhận ra được người bầu.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="252" />
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::BlankDialog</name>
    <message>
        <location filename="../blank_dialog.cpp" line="35" />
        <source>Confirm the ballot printed elsewhere</source>
        <translation>Xác nhận mẫu phiếu in ngoài</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="37" />
        <source>The recogniser found every name of the list on the scanned blank, in ballot order (%1 dpi%2). Check that each frame is around the right name before confirming: the ballots of this round will be read against this blank.</source>
        <translation>Máy đã tìm thấy đủ các tên trong danh sách trên phiếu trắng, đúng thứ tự (%1 dpi%2). Kiểm tra mỗi khung bao đúng tên trước khi xác nhận: phiếu của lần bầu này sẽ được đọc theo mẫu này.</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="41" />
        <source>, turned %1°</source>
        <translation>, đã xoay %1°</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Candidate</source>
        <translation>Người ứng cử</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Read on the blank</source>
        <translation>Đọc được trên phiếu trắng</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="51" />
        <source>Alike</source>
        <translation>Độ khớp</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="63" />
        <source>Confirm: read this round's ballots against this blank</source>
        <translation>Xác nhận: đọc phiếu của lần bầu này theo mẫu này</translation>
    </message>
    <message>
        <location filename="../blank_dialog.cpp" line="64" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>kp::gui::CommitteePage</name>
    <message>
        <location filename="../committee_page.cpp" line="28" />
        <source>Chair (trưởng ban)</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="30" />
        <source>Member (thành viên)</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="31" />
        <source>Technician (kỹ thuật viên)</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <source>Counting committee</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="42" />
        <location filename="../committee_page.cpp" line="132" />
        <source>Sign in at this station…</source>
        <translation>Đăng nhập ở máy này…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="44" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <location filename="../committee_page.cpp" line="85" />
        <source>Role</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="56" />
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="61" />
        <source>From the congress's setup (click a name to fill it in):</source>
        <translation>Theo danh sách Ban kiểm phiếu khi thiết lập đại hội (bấm vào tên để điền):</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="74" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="84" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="86" />
        <source>Password (at least 6 characters)</source>
        <translation>Mật khẩu (ít nhất 6 ký tự)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="87" />
        <source>The password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="89" />
        <source>Add to the committee</source>
        <translation>Thêm vào Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="130" />
        <source>Signed in at this station: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Đang đăng nhập tại máy này: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="132" />
        <source>Another member signs in…</source>
        <translation>Người khác đăng nhập…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="150" />
        <source>The first member added is the chair of the counting committee (trưởng ban): only the chair adds the other members, confirming each with their password.</source>
        <translation>Người được thêm đầu tiên là Trưởng ban kiểm phiếu: chỉ Trưởng ban mới thêm được các thành viên khác, xác nhận mỗi người bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="152" />
        <source>The chair confirms each new member with their password.</source>
        <translation>Trưởng ban xác nhận mỗi thành viên mới bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="159" />
        <source>chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="159" />
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="186" />
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hai lần nhập mật khẩu khác nhau: hãy gõ cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="190" />
        <source>Choose the member's role.</source>
        <translation>Hãy chọn nhiệm vụ của thành viên.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="195" />
        <source>The chair of the committee confirms the new member.</source>
        <translation>Trưởng ban kiểm phiếu xác nhận người mới.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="221" />
        <source>The first member must be the chair of the counting committee: only the chair adds the others.</source>
        <translation>Người đầu tiên phải là Trưởng ban kiểm phiếu: chỉ Trưởng ban mới thêm được các thành viên khác.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="186" />
        <location filename="../committee_page.cpp" line="190" />
        <location filename="../committee_page.cpp" line="205" />
        <source>Not added</source>
        <translation>Chưa thêm được</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="101" />
        <source>Sign in to count: your name is recorded with every action.</source>
        <translation>Đăng nhập để kiểm phiếu: mọi thao tác đều được ghi tên.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="106" />
        <source>Not signed in</source>
        <translation>Chưa đăng nhập được</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="131" />
        <source>Nobody is signed in at this station.</source>
        <translation>Chưa có ai đăng nhập ở máy này.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="213" />
        <location filename="../committee_page.cpp" line="246" />
        <source>Open a congress record first.</source>
        <translation>Hãy mở hồ sơ đại hội trước.</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressEditor</name>
    <message>
        <location filename="../congress_editor.cpp" line="48" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="49" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="70" />
        <source>chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="94" />
        <source>Set up the congress</source>
        <translation>Thiết lập đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="108" />
        <source>Grassroots (cơ sở)</source>
        <translation>Cấp cơ sở</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="109" />
        <source>District (huyện)</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="110" />
        <source>Province (tỉnh)</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="112" />
        <source>Congress of all members</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="113" />
        <source>Congress of delegates</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="116" />
        <source>Training (dry run): every report is marked, nothing counts</source>
        <translation>Diễn tập: mọi văn bản đều ghi rõ, không có giá trị</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="117" />
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="117" />
        <source>Reason (election rules §4)</source>
        <translation>Lý do (không tính vào số làm căn cứ)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="118" />
        <source>Counting committee member</source>
        <translation>Thành viên Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="118" />
        <source>Role</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="122" />
        <source>Congress:</source>
        <translation>Đại hội:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="123" />
        <source>Party organisation:</source>
        <translation>Tổ chức đảng:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="124" />
        <source>Organisation above (first header line):</source>
        <translation>Đảng bộ cấp trên (dòng đầu tiêu đề):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="125" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="126" />
        <source>Kind:</source>
        <translation>Loại đại hội:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="127" />
        <source>Place name, date:</source>
        <translation>Địa danh, ngày:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="133" />
        <source>Hall where ballots are counted:</source>
        <translation>Nơi kiểm phiếu:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="134" />
        <source>Convened:</source>
        <translation>Số được triệu tập:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="135" />
        <source>Not counted in the base:</source>
        <translation>Không tính vào số làm căn cứ:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="137" />
        <source>Counting committee (for the minutes):</source>
        <translation>Ban kiểm phiếu (ghi vào biên bản):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="142" />
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="149" />
        <source>Add an election</source>
        <translation>Thêm cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="150" />
        <source>Remove the election</source>
        <translation>Xóa cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="157" />
        <source>Elections and candidates</source>
        <translation>Các cuộc bầu cử và danh sách</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="177" />
        <source>Open a congress file…</source>
        <translation>Mở tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="178" />
        <source>Save the congress file…</source>
        <translation>Lưu tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="179" />
        <source>Make the record and lock the lists…</source>
        <translation>Tạo hồ sơ và khóa danh sách…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="180" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="196" />
        <source>New election</source>
        <translation>Cuộc bầu cử mới</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="284" />
        <source>Deduction %1: a number and its reason are both needed.</source>
        <translation>Dòng trừ %1: cần cả số lượng và lý do.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="288" />
        <source>Add at least one election.</source>
        <translation>Cần ít nhất một cuộc bầu cử.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="349" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="363" />
        <source>Congress file</source>
        <translation>Tệp thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="363" />
        <location filename="../congress_editor.cpp" line="375" />
        <source>Congress files (*.json)</source>
        <translation>Tệp đại hội (*.json)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="370" />
        <source>Cannot open the congress file</source>
        <translation>Không mở được tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="375" />
        <source>Save the congress file</source>
        <translation>Lưu tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="378" />
        <source>Cannot save the congress file</source>
        <translation>Không lưu được tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="385" />
        <source>The congress is not complete</source>
        <translation>Thông tin đại hội chưa đủ</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="388" />
        <source>New congress record</source>
        <translation>Hồ sơ đại hội mới</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="388" />
        <source>Congress records (*.kpdb)</source>
        <translation>Hồ sơ đại hội (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="393" />
        <source>Lock the lists?</source>
        <translation>Khóa danh sách?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="394" />
        <source>Once the record is made, the candidate lists cannot be changed: ballots are printed from them. A change then needs a new round or a new record. Make the record?</source>
        <translation>Sau khi tạo hồ sơ, danh sách ứng cử không thể sửa: phiếu bầu được in từ đó. Muốn thay đổi phải bầu lần mới hoặc tạo hồ sơ mới. Tạo hồ sơ?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="400" />
        <source>Cannot make the record</source>
        <translation>Không lập được hồ sơ</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="22" />
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="24" />
        <source>Set up a new congress…</source>
        <translation>Thiết lập đại hội mới…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="25" />
        <source>New congress from this one…</source>
        <translation>Đại hội mới từ đại hội này…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="27" />
        <source>Open a record…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="37" />
        <source>Records opened lately (double-click to open):</source>
        <translation>Hồ sơ mở gần đây (bấm đúp để mở):</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Seats</source>
        <translation>Số cần bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Candidates</source>
        <translation>Số người trong danh sách</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="48" />
        <source>Base</source>
        <translation>Số căn cứ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="50" />
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="71" />
        <source>Open a congress record</source>
        <translation>Mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="72" />
        <source>Congress records (*.kpdb)</source>
        <translation>Hồ sơ đại hội (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="45" />
        <location filename="../congress_page.cpp" line="75" />
        <source>Cannot open the record</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="72" />
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="100" />
        <source>No congress record is open. Set up a new congress (typed, or from a congress file), or open an existing record.</source>
        <translation>Chưa mở hồ sơ đại hội nào. Thiết lập đại hội mới (nhập tay hoặc từ tệp đại hội), hoặc mở một hồ sơ đã có.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="107" />
        <source>congress of all members</source>
        <translation>đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="107" />
        <source>congress of delegates</source>
        <translation>đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="108" />
        <source>Convened: %1, base for the majority: %2</source>
        <translation>Số được triệu tập: %1, số làm căn cứ tính quá bán: %2</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="109" />
        <source>lists locked (a change needs a new round or a new record)</source>
        <translation>danh sách đã khóa (muốn thay đổi phải bầu lần mới hoặc tạo hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="111" />
        <source>TRAINING CONGRESS</source>
        <translation>ĐẠI HỘI DIỄN TẬP</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="119" />
        <source>strike names</source>
        <translation>gạch tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="119" />
        <source>yes/no</source>
        <translation>đồng ý / không đồng ý</translation>
    </message>
</context>
<context>
    <name>kp::gui::CountingPage</name>
    <message>
        <source>Folder: %1 — each file is named in the list with what became of it.</source>
        <translation>Thư mục: %1 — từng tệp có tên trong danh sách, kèm việc đã làm với tệp đó.</translation>
    </message>
    <message>
        <source>Folder: %1; every file of the folder is a sheet.</source>
        <translation>Thư mục: %1; mọi tệp trong thư mục đều là một tờ.</translation>
    </message>
    <message>
        <source>%1 file(s) not counted</source>
        <translation>%1 tệp không tính</translation>
    </message>
    <message>
        <source>%1 file(s) not scanned yet</source>
        <translation>%1 tệp chưa quét</translation>
    </message>
    <message>
        <source>%1 sheet(s) taken in</source>
        <translation>đã nhận %1 tờ</translation>
    </message>
    <message>
        <source>Paused: %1 sheet(s) safely saved.</source>
        <translation>Tạm dừng: %1 tờ đã được lưu an toàn.</translation>
    </message>
    <message>
        <source>The folder holds what cannot be read as a sheet: %1. Remove or repair it, then press Start to go on; no sheet is lost.</source>
        <translation>Thư mục có tệp không đọc được như một tờ phiếu: %1. Hãy xóa hoặc sửa tệp đó rồi bấm Bắt đầu để quét tiếp; không mất tờ nào.</translation>
    </message>
    <message>
        <source>%1 — not scanned: the count stopped before this file</source>
        <translation>%1 — chưa quét: lần kiểm phiếu dừng trước tệp này</translation>
    </message>
    <message>
        <source>%1 — not an ordinary file (a pipe or a device): remove it, then press Start</source>
        <translation>%1 — không phải tệp thông thường (ống dẫn hoặc thiết bị): hãy xóa rồi bấm Bắt đầu</translation>
    </message>
    <message>
        <source>%1 — a broken link (the file it points to is gone): remove or repair it, then press Start</source>
        <translation>%1 — liên kết hỏng (tệp mà nó trỏ tới không còn): hãy xóa hoặc sửa rồi bấm Bắt đầu</translation>
    </message>
    <message>
        <source>%1 — a folder inside this one: its files are not counted</source>
        <translation>%1 — thư mục con: các tệp trong đó không được tính</translation>
    </message>
    <message>
        <source>%1 — a hidden name (it starts with a dot; a scanner's program may still be writing it): not counted</source>
        <translation>%1 — tệp ẩn (tên bắt đầu bằng dấu chấm; phần mềm của máy quét có thể đang ghi): không tính</translation>
    </message>
    <message>
        <source>%1 — not an image file: not counted</source>
        <translation>%1 — không phải tệp ảnh: không tính</translation>
    </message>
    <message>
        <source>%1 — the same image as sheet %2, already in the record: not counted again</source>
        <translation>%1 — trùng ảnh với tờ %2 đã có trong hồ sơ: không tính lại</translation>
    </message>
    <message>
        <source>%1 — the same image as %2 in this folder: counted once, as sheet %3</source>
        <translation>%1 — trùng ảnh với %2 trong thư mục này: chỉ tính một lần, là tờ %3</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — maybe the same paper as %3, fed again: waits for the committee beside it</source>
        <translation>Tờ %1 · %2 — có thể là tờ %3 được đưa vào quét lại: chờ Ban kiểm phiếu xem xét bên cạnh tờ đó</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — the image cannot be read (a damaged file, or not an image): waits for the committee, who set it aside if it is no ballot</source>
        <translation>Tờ %1 · %2 — không đọc được ảnh (tệp hỏng, hoặc không phải ảnh): chờ Ban kiểm phiếu xem xét, để riêng nếu không phải phiếu bầu</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — %3: %4</source>
        <translation>Tờ %1 · %2 — %3: %4</translation>
    </message>
    <message>
        <source>Sheet %1 · %2 — %3</source>
        <translation>Tờ %1 · %2 — %3</translation>
    </message>
    <message>
        <source>waiting to be read</source>
        <translation>chờ đọc</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, trang %2</translation>
    </message>
    <message>
        <source>The %1 sheet(s) an interrupted count had left unread were read first.</source>
        <translation>%1 tờ mà lần kiểm bị gián đoạn để lại chưa đọc đã được đọc trước.</translation>
    </message>
    <message>
        <source>Reading first the %1 sheet(s) an interrupted count stored but did not read.</source>
        <translation>Đang đọc trước %1 tờ mà lần kiểm bị gián đoạn đã lưu nhưng chưa đọc.</translation>
    </message>
    <message>
        <source>An earlier count was interrupted: %1 sheet(s) are stored but not yet read (%2). The next count of that round reads them first: press Start.</source>
        <translation>Lần kiểm trước bị gián đoạn: %1 tờ đã lưu nhưng chưa được đọc (%2). Lần kiểm sau của lần bầu đó đọc các tờ này trước: hãy bấm Bắt đầu.</translation>
    </message>
    <message>
        <source>%1: %2 sheet(s)</source>
        <translation>%1: %2 tờ</translation>
    </message>
    <message>
        <source>Stopping after the sheets in hand…</source>
        <translation>Đang dừng sau các tờ đang xử lý…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="33" />
        <source>read</source>
        <translation>đã đọc</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="35" />
        <source>to the committee</source>
        <translation>chuyển Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="35" />
        <source>not a ballot of this count</source>
        <translation>không phải phiếu của lần bầu này</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="64" />
        <source>Counting</source>
        <translation>Kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="70" />
        <source>Find scanners</source>
        <translation>Tìm máy quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="71" />
        <source>Folder of images…</source>
        <translation>Thư mục ảnh…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="72" />
        <source>Scanner:</source>
        <translation>Máy quét:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76" />
        <source>Rehearsal ballots…</source>
        <translation>Phiếu diễn tập…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="77" />
        <source>Training congress: simulated voters mark and scan ballots for the committee to count.</source>
        <translation>Đại hội diễn tập: mô phỏng cử tri đánh dấu và quét phiếu để Ban kiểm phiếu tập kiểm.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="82" />
        <source>Feeder</source>
        <translation>Khay nạp giấy</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="83" />
        <source>Feeder, both sides</source>
        <translation>Khay nạp, hai mặt</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="84" />
        <source>Flatbed</source>
        <translation>Mặt kính</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="87" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="98" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="99" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="101" />
        <source>Election:</source>
        <translation>Cuộc bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="103" />
        <source>Round:</source>
        <translation>Lần bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="130" />
        <source>Folder of scanned ballots</source>
        <translation>Thư mục ảnh phiếu đã quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="137" />
        <source>Rehearsal ballots</source>
        <translation>Phiếu diễn tập</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="137" />
        <source>How many voters?</source>
        <translation>Bao nhiêu người bỏ phiếu?</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="145" />
        <source>Choose where the ballots come from first: Find scanners, or Folder of images…</source>
        <translation>Hãy chọn nguồn phiếu trước: Tìm máy quét, hoặc Thư mục ảnh…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="189" />
        <source>Open a congress record (step 1) to count its ballots.</source>
        <translation>Hãy mở hồ sơ đại hội (bước 1) để kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="191" />
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation>Hãy đăng nhập (mục Ban kiểm phiếu) để đợt quét được ghi tên người thực hiện.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="192" />
        <source>Signed in: %1. Choose the scanner or a folder, the election and the round, then Start.</source>
        <translation>Đang đăng nhập: %1. Chọn máy quét hoặc thư mục, cuộc bầu và lần bầu, rồi bấm Bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="234" />
        <source>Simulated voters are marking %n ballot(s)…</source>
        <translation>
            <numerusform>Đang mô phỏng %n phiếu bầu…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="246" />
        <source>%n rehearsal ballot(s) ready: press Start to count them.</source>
        <translation>
            <numerusform>Đã có %n phiếu diễn tập: bấm Bắt đầu để kiểm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="264" />
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n máy quét.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="265" />
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation>Không tìm thấy máy quét: hãy kiểm tra dây cáp và nguồn điện, hoặc dùng thư mục ảnh.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="268" />
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="298" />
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation>Đang quét: mỗi tờ được lưu xong mới kéo tờ tiếp theo…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="299" />
        <source>Reading the ballots…</source>
        <translation>Đang đọc phiếu…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="300" />
        <source>Storing in the congress record…</source>
        <translation>Đang lưu vào hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="303" />
        <source>Scanned: %1 sheet(s)</source>
        <translation>Đã quét: %1 tờ</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="310" />
        <source>Press Start to resume the same batch.</source>
        <translation>Nhấn Bắt đầu để quét tiếp đợt này.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="320" />
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation>Xong: đã kiểm %1 tờ, %2 tờ chờ Ban kiểm phiếu xem xét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="351" />
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation>Đã đọc: %1 · chuyển Ban kiểm phiếu: %2 · không phải phiếu: %3 · trên %4</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="346" />
        <source>Sheet %1 — %2</source>
        <translation>Tờ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="384" />
        <source>%n sheet(s) are safely saved.</source>
        <translation>
            <numerusform>%n tờ đã được lưu an toàn.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="386" />
        <source>The scanner is not answering: check its cable and power.</source>
        <translation>Máy quét không phản hồi: hãy kiểm tra dây cáp và nguồn điện.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="387" />
        <source>Another program is using the scanner: close it.</source>
        <translation>Một chương trình khác đang dùng máy quét: hãy đóng chương trình đó.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="388" />
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation>Khay nạp giấy trống: hãy đặt phiếu vào khay.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="390" />
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation>Kẹt giấy: mở máy quét, lấy tờ bị kẹt ra và đặt lại lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="392" />
        <source>The scanner's cover is open: close it.</source>
        <translation>Nắp máy quét đang mở: hãy đóng lại.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="394" />
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation>Hai tờ bị kéo cùng lúc: đặt lại các tờ cuối lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="395" />
        <source>This computer may not use the scanner (permissions).</source>
        <translation>Máy tính này không có quyền dùng máy quét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="396" />
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="397" />
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation>Máy quét không quét được theo cách này (khay, độ phân giải hoặc chế độ màu).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="398" />
        <source>The computer ran out of memory.</source>
        <translation>Máy tính hết bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="399" />
        <source>The disk could not save the sheet: free some space.</source>
        <translation>Ổ đĩa không lưu được tờ phiếu: hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="402" />
        <source>The scanner reported an error.</source>
        <translation>Máy quét báo lỗi.</translation>
    </message>
</context>
<context>
    <name>kp::gui::DecisionPanel</name>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;A BALLOT OF ANOTHER ROUND&lt;/b&gt;: it is set aside and not counted in this round (neither collected nor invalid).</source>
        <translation>Ban kiểm phiếu quyết định tờ này là &lt;b&gt;PHIẾU CỦA LẦN BẦU KHÁC&lt;/b&gt;: để riêng, không tính vào lần bầu này (không là phiếu thu vào, cũng không là phiếu không hợp lệ).</translation>
    </message>
    <message>
        <source>A ballot of another round: not in this count</source>
        <translation>Phiếu của lần bầu khác: không tính lần này</translation>
    </message>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;NOT A BALLOT&lt;/b&gt;: it is set aside and not counted (neither collected nor invalid).</source>
        <translation>Ban kiểm phiếu quyết định tờ này &lt;b&gt;KHÔNG PHẢI PHIẾU BẦU&lt;/b&gt;: để riêng, không tính (không là phiếu thu vào, cũng không là phiếu không hợp lệ).</translation>
    </message>
    <message>
        <source>The committee rules that this sheet is &lt;b&gt;the same paper as sheet %1, fed again&lt;/b&gt;: it is set aside and counted once, as sheet %1.</source>
        <translation>Ban kiểm phiếu quyết định tờ này là &lt;b&gt;cùng một tờ với tờ %1, được quét lại&lt;/b&gt;: để riêng, chỉ tính một lần ở tờ %1.</translation>
    </message>
    <message>
        <source>The same paper as sheet %1, fed again</source>
        <translation>Cùng một tờ với tờ %1, quét lại</translation>
    </message>
    <message>
        <source>Not a ballot: remove from the count</source>
        <translation>Không phải phiếu bầu: loại khỏi kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="27" />
        <source>Kept</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="28" />
        <source>Struck</source>
        <translation>Gạch</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="30" />
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="31" />
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="32" />
        <source>Both boxes</source>
        <translation>Cả hai ô</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="33" />
        <source>No box</source>
        <translation>Không ô nào</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="40" />
        <source>Invalid: a name written in</source>
        <translation>Không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="38" />
        <source>Valid, as the names above</source>
        <translation>Hợp lệ, theo các tên ở trên</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="39" />
        <source>Invalid: not the committee's ballot</source>
        <translation>Không hợp lệ: không do Ban phát ra</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="41" />
        <source>Invalid: an identifying mark</source>
        <translation>Không hợp lệ: có dấu hiệu nhận biết</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="57" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>Read</source>
        <translation>Máy đọc</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="66" />
        <source>The committee decides</source>
        <translation>Ban kiểm phiếu quyết định</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="78" />
        <source>&lt;b&gt;The ballot&lt;/b&gt; (nothing is chosen until you choose):</source>
        <translation>&lt;b&gt;Kết luận về phiếu&lt;/b&gt; (chưa chọn gì cho đến khi Ban chọn):</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="93" />
        <source>Why (for the minutes):</source>
        <translation>Lý do (ghi vào biên bản):</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="96" />
        <source>e.g. checked against the paper ballot</source>
        <translation>ví dụ: đã đối chiếu với phiếu giấy</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="103" />
        <source>Next: two members confirm…</source>
        <translation>Tiếp: hai thành viên xác nhận…</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="225" />
        <source>The committee decides otherwise than the reading.</source>
        <translation>Ban kiểm phiếu quyết định khác với máy đọc.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="231" />
        <source>Choose a ballot in the list.</source>
        <translation>Hãy chọn một phiếu trong danh sách.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="236" />
        <source>whether the ballot is valid</source>
        <translation>phiếu hợp lệ hay không</translation>
    </message>
    <message numerus="yes">
        <location filename="../decision_panel.cpp" line="240" />
        <source>%n name(s) still undecided: %1</source>
        <translation>
            <numerusform>%n tên chưa quyết định: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="244" />
        <source>why (for the minutes)</source>
        <translation>lý do (ghi vào biên bản)</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="247" />
        <source>Still to decide: %1.</source>
        <translation>Còn phải quyết định: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="292" />
        <source>The committee rules the ballot &lt;b&gt;INVALID&lt;/b&gt;: %1.</source>
        <translation>Ban kiểm phiếu kết luận phiếu &lt;b&gt;KHÔNG HỢP LỆ&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="296" />
        <source>The committee rules the ballot &lt;b&gt;VALID&lt;/b&gt;, read as follows:</source>
        <translation>Ban kiểm phiếu kết luận phiếu &lt;b&gt;HỢP LỆ&lt;/b&gt;, đọc như sau:</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="299" />
        <source>Kept (%1): %2</source>
        <translation>Giữ lại (%1): %2</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="300" />
        <source>Struck (%1): %2</source>
        <translation>Gạch (%1): %2</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="311" />
        <source>By the election rules this ballot then counts as &lt;b&gt;invalid&lt;/b&gt;: %1 (%2 place(s) to fill).</source>
        <translation>Theo Quy chế bầu cử, phiếu này khi đó được tính là &lt;b&gt;không hợp lệ&lt;/b&gt;: %1 (cần bầu %2).</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="325" />
        <source>Decided otherwise than the recogniser read: %1.</source>
        <translation>Quyết định khác với máy đọc: %1.</translation>
    </message>
    <message>
        <location filename="../decision_panel.cpp" line="328" />
        <source>Why (for the minutes): %1</source>
        <translation>Lý do (ghi vào biên bản): %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ElectionEditor</name>
    <message>
        <location filename="../election_editor.cpp" line="63" />
        <location filename="../election_editor.cpp" line="65" />
        <source>not known yet</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="66" />
        <source>Title on the ballot and minutes:</source>
        <translation>Tiêu đề trên phiếu và biên bản:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="67" />
        <source>Short id (in files):</source>
        <translation>Mã ngắn (trong tệp):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="68" />
        <source>Body elected:</source>
        <translation>Bầu vào:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="69" />
        <source>Seats:</source>
        <translation>Số lượng cần bầu:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="70" />
        <source>Alternates after the seats (combined delegate list):</source>
        <translation>Số dự khuyết sau số chính thức (danh sách chung):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="71" />
        <source>Ballots issued:</source>
        <translation>Số phiếu phát ra:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="72" />
        <source>Present at the vote:</source>
        <translation>Số có mặt khi bầu:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="86" />
        <source>Full name (ballot order)</source>
        <translation>Họ và tên (thứ tự trên phiếu)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="97" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="98" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="99" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="100" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="101" />
        <source>Paste names…</source>
        <translation>Dán tên…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="102" />
        <source>Import CSV/XLSX…</source>
        <translation>Nhập từ CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="103" />
        <source>Party order</source>
        <translation>Xếp theo A-B-C</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="178" />
        <source>Present at the vote (%1) cannot be more than the base for the majority (%2).</source>
        <translation>Số có mặt khi bầu cử (%1) không được lớn hơn số căn cứ tính tỷ lệ (%2).</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="181" />
        <source>Ballots issued (%1) cannot be more than the base for the majority (%2).</source>
        <translation>Số phiếu phát ra (%1) không được lớn hơn số căn cứ tính tỷ lệ (%2).</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="184" />
        <source>More ballots issued (%1) than people present (%2): check both figures.</source>
        <translation>Số phiếu phát ra (%1) nhiều hơn số có mặt (%2): hãy kiểm tra lại hai con số.</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="202" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="232" />
        <source>Paste names</source>
        <translation>Dán danh sách tên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="232" />
        <source>One name a line, or a table copied from a word processor or spreadsheet:</source>
        <translation>Mỗi dòng một tên, hoặc bảng sao chép từ trình soạn thảo hay bảng tính:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="239" />
        <source>No names found</source>
        <translation>Không tìm thấy tên nào</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="246" />
        <source>Candidate list</source>
        <translation>Danh sách ứng cử</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="247" />
        <source>Lists (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>Danh sách (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="250" />
        <source>Cannot import the list</source>
        <translation>Không nhập được danh sách</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="29" />
        <source>Executive committee</source>
        <translation>Ban Chấp hành (Cấp ủy)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="30" />
        <source>Standing committee</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="31" />
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="32" />
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="33" />
        <source>Inspection committee</source>
        <translation>Ủy ban kiểm tra</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="34" />
        <source>Chair of the inspection committee</source>
        <translation>Chủ nhiệm Ủy ban kiểm tra</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="35" />
        <source>Delegates to the congress above</source>
        <translation>Đại biểu dự đại hội cấp trên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="36" />
        <source>Alternate delegates</source>
        <translation>Đại biểu dự khuyết</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="37" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>kp::gui::ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="25" />
        <source>Sign-in refused for %1: unknown name or wrong password.</source>
        <translation>Không đăng nhập được cho %1: sai tên hoặc sai mật khẩu.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27" />
        <source>A ruling needs two different members of the committee: %1 cannot confirm their own ruling.</source>
        <translation>Phán quyết cần hai thành viên khác nhau của Ban kiểm phiếu: %1 không thể tự xác nhận phán quyết của mình.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30" />
        <source>%1 is a technician: rulings are made by the chair and the members of the counting committee.</source>
        <translation>%1 là kỹ thuật viên: chỉ Trưởng ban và thành viên Ban kiểm phiếu được phán quyết.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="33" />
        <source>A ruling must say why: the reason goes into the minutes.</source>
        <translation>Phán quyết phải ghi lý do: lý do được ghi vào biên bản.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="35" />
        <source>Only the chair of the committee, with their password, adds members.</source>
        <translation>Chỉ Trưởng ban kiểm phiếu, với mật khẩu của mình, mới thêm được thành viên.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="36" />
        <source>Type the member's full name.</source>
        <translation>Hãy nhập họ và tên của thành viên.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="38" />
        <source>A password needs at least 6 characters.</source>
        <translation>Mật khẩu cần ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40" />
        <source>%1 is already a member of the committee.</source>
        <translation>%1 đã là thành viên Ban kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42" />
        <source>%1 has already entered ballot %2. An entry is never changed: a mistake is settled by a ruling of the committee.</source>
        <translation>%1 đã nhập phiếu số %2. Phiếu đã nhập không sửa được: nếu nhầm, Ban kiểm phiếu phán quyết.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46" />
        <source>%1 already exists: a record is never overwritten. Choose another name.</source>
        <translation>%1 đã có: hồ sơ không bao giờ bị ghi đè. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47" />
        <source>There is no congress record at %1.</source>
        <translation>Không có hồ sơ đại hội tại %1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49" />
        <source>Sheet %1 is the same paper as sheet %2, fed again: it is not ruled on.</source>
        <translation>Tờ %1 là tờ %2 được đưa vào quét lại: không phán quyết trên tờ này.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51" />
        <source>Sheet %1 has not been read yet: count it first.</source>
        <translation>Tờ %1 chưa được đọc: hãy kiểm phiếu tờ đó trước.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53" />
        <source>There is no sheet %1 in the record.</source>
        <translation>Hồ sơ không có tờ %1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="61" />
        <source>The congress record could not be read or written (the file may be locked by another program, damaged, or the disk full). Nothing was changed by this action.</source>
        <translation>Không đọc hoặc ghi được hồ sơ đại hội (tệp có thể đang bị chương trình khác giữ, bị hỏng, hoặc đĩa đã đầy). Thao tác này không làm thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="76" />
        <source>The congress record refused this action.</source>
        <translation>Hồ sơ đại hội không chấp nhận thao tác này.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="87" />
        <source>Add at least one election.</source>
        <translation>Cần ít nhất một cuộc bầu cử.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89" />
        <source>Each election needs its own short id (not empty, not used twice).</source>
        <translation>Mỗi cuộc bầu cần một mã riêng (không để trống, không trùng).</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="91" />
        <source>The number convened cannot be negative.</source>
        <translation>Số được triệu tập không được âm.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="93" />
        <source>A number not counted in the base cannot be negative.</source>
        <translation>Số người không tính vào số căn cứ không được âm.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="96" />
        <source>The base for the majority (convened %1 minus those not counted) is %2: it must be at least 1.</source>
        <translation>Số căn cứ tính tỷ lệ (triệu tập %1 trừ số không tính) là %2: phải ít nhất là 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="100" />
        <source>At least 1 seat is to be filled.</source>
        <translation>Số cần bầu ít nhất là 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="102" />
        <source>%1 seat(s) to fill but only %2 name(s) on the list: add the candidates, or lower the seats.</source>
        <translation>Cần bầu %1 người nhưng danh sách chỉ có %2 người: thêm người vào danh sách, hoặc giảm số cần bầu.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="107" />
        <source>The number of alternates cannot be negative.</source>
        <translation>Số dự khuyết không được âm.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="110" />
        <source>The number of ballots issued cannot be negative.</source>
        <translation>Số phiếu phát ra không được âm.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="112" />
        <source>A candidate has no id.</source>
        <translation>Có người trong danh sách chưa có mã.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="114" />
        <source>The candidate id "%1" appears twice on the list.</source>
        <translation>Mã "%1" xuất hiện hai lần trong danh sách.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="117" />
        <source>Later rounds are numbered 2, 3, … and each appears once.</source>
        <translation>Các lần bầu sau được đánh số 2, 3, … và mỗi lần chỉ có một.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="120" />
        <source>Round %1: at least 1 seat is to be filled.</source>
        <translation>Bầu lần %1: số cần bầu ít nhất là 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="123" />
        <source>Round %1: the candidate id "%2" names another person than in round 1.</source>
        <translation>Bầu lần %1: mã "%2" chỉ một người khác với lần 1.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="128" />
        <source>Present at the vote: %1, more than the base for the majority (%2: those convened minus those not counted). Those present are at most the base: check both figures.</source>
        <translation>Số có mặt khi bầu cử %1, lớn hơn số căn cứ tính tỷ lệ (%2: số triệu tập trừ số không tính). Số có mặt không thể vượt số căn cứ: hãy kiểm tra lại hai con số.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="135" />
        <source>Ballots issued: %1, more than the base for the majority (%2). Check both figures.</source>
        <translation>Số phiếu phát ra %1, lớn hơn số căn cứ tính tỷ lệ (%2). Hãy kiểm tra lại hai con số.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="141" />
        <source>The congress file is not in the expected form (kiemphieu.congress/1); the details say where.</source>
        <translation>Tệp đại hội không đúng định dạng (kiemphieu.congress/1); phần Chi tiết cho biết chỗ sai.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="148" />
        <source>election %1</source>
        <translation>cuộc bầu thứ %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="149" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159" />
        <source>Election %1, round %2: %3 ballots collected but only %4 issued. The counting committee must find and settle the difference before there is a result.</source>
        <translation>Cuộc bầu %1, lần %2: thu vào %3 phiếu nhưng chỉ phát ra %4 phiếu. Ban kiểm phiếu phải tìm và giải quyết chênh lệch trước khi có kết quả.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="167" />
        <source>Ballots are still waiting for the counting committee (step 6, Review): the result and the minutes come once every one of them is ruled on.</source>
        <translation>Còn phiếu chờ Ban kiểm phiếu xem xét (bước 6, Xem xét): kết quả và biên bản có sau khi Ban đã phán quyết hết các phiếu đó.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="172" />
        <source>No ballot has been counted yet: there are no minutes to make.</source>
        <translation>Chưa kiểm phiếu nào: chưa có biên bản để lập.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="174" />
        <source>The count cannot be tallied from the record; the details say why.</source>
        <translation>Chưa tính được kết quả từ hồ sơ; phần Chi tiết cho biết lý do.</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="187" />
        <location filename="../error_text.cpp" line="195" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>kp::gui::MainWindow</name>
    <message>
        <source>Stopping the count after the sheet in hand; the window closes when it has stopped.</source>
        <translation>Đang dừng kiểm phiếu sau tờ đang xử lý; cửa sổ sẽ đóng khi đã dừng xong.</translation>
    </message>
    <message>
        <source>A count is running. Stop it and quit?

The sheet in hand is finished and recorded. Sheets already scanned but not yet read stay in the record: the next count reads them first.</source>
        <translation>Đang kiểm phiếu. Dừng lại và thoát?

Tờ đang xử lý được làm xong và ghi lại. Các tờ đã quét mà chưa đọc vẫn nằm trong hồ sơ: lần kiểm sau đọc các tờ đó trước.</translation>
    </message>
    <message>
        <source>A count is running</source>
        <translation>Đang kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="46" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="47" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="48" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="57" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="58" />
        <source>&amp;About KiemPhieu</source>
        <translation>&amp;Giới thiệu KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="59" />
        <source>About KiemPhieu</source>
        <translation>Giới thiệu KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="60" />
        <source>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</source>
        <translation>KiemPhieu %1 (bản %2)
Kiểm phiếu bầu cử tại đại hội Đảng: mọi phiếu chưa chắc chắn đều chuyển Ban kiểm phiếu; kết quả tính đúng Quy chế bầu cử trong Đảng.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>1. Congress</source>
        <translation>1. Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>2. Ballots</source>
        <translation>2. Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>3. Committee</source>
        <translation>3. Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="79" />
        <source>4. Counting</source>
        <translation>4. Kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>5. Manual entry</source>
        <translation>5. Nhập tay</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>6. Review</source>
        <translation>6. Xem xét</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>7. Results</source>
        <translation>7. Kết quả</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="80" />
        <source>8. Reports</source>
        <translation>8. Biên bản</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104" />
        <source>Round %1 is set up: print its ballots here, then count them at step 4 (the round is already chosen there).</source>
        <translation>Đã thiết lập bầu lần %1: in phiếu tại đây, rồi kiểm ở bước 4 (lần bầu đã được chọn sẵn).</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="108" />
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation>KiemPhieu – phần mềm kiểm phiếu đại hội Đảng</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="137" />
        <source>No congress record open</source>
        <translation>Chưa mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="140" />
        <source>Record: %1 · signed in: %2%3</source>
        <translation>Hồ sơ: %1 · đăng nhập: %2%3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142" />
        <source>nobody</source>
        <translation>chưa có ai</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="143" />
        <source> · TRAINING</source>
        <translation> · DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>kp::gui::ManualEntryPage</name>
    <message>
        <location filename="../manual_entry_page.cpp" line="28" />
        <source>Type one letter for each of the %1 persons: d, k, h or -.</source>
        <translation>Gõ một chữ cho mỗi người trong %1 người: d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="35" />
        <source>"%1" is not d, k, h or -.</source>
        <translation>"%1" không phải d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="46" />
        <source>"%1" is not a name's number (1 to %2).</source>
        <translation>"%1" không phải số thứ tự của một tên (từ 1 đến %2).</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="57" />
        <source>Manual entry</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="66" />
        <source>e.g. 2 5  (Enter saves and goes to the next ballot)</source>
        <translation>ví dụ 2 5  (Enter để lưu và sang phiếu tiếp theo)</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="71" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="72" />
        <source>invalid: not issued by the committee</source>
        <translation>không hợp lệ: không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="73" />
        <source>invalid: a name written in</source>
        <translation>không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="74" />
        <source>invalid: identifying mark</source>
        <translation>không hợp lệ: có ký hiệu riêng</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="75" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="76" />
        <source>Ballot number</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="77" />
        <source>Struck names</source>
        <translation>Tên bị gạch</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="78" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="95" />
        <source>Ballot %1 saved.</source>
        <translation>Đã lưu phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="114" />
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>Sign in first (Counting committee): each entry is recorded in the operator's name.</source>
        <translation>Hãy đăng nhập trước (mục Ban kiểm phiếu): mỗi phiếu nhập được ghi tên người nhập.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="115" />
        <source>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</source>
        <translation>Đang nhập với tên %1. Nhập lần lượt các phiếu của tập; một người khác nhập lại chính tập phiếu này.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="142" />
        <source>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</source>
        <translation>Lần lượt từng người: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; đánh cả hai ô, &lt;b&gt;-&lt;/b&gt; không đánh.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="143" />
        <source>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</source>
        <translation>Gõ số thứ tự của các tên &lt;b&gt;bị gạch&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="159" />
        <source>Choose an election.</source>
        <translation>Hãy chọn cuộc bầu.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="173" />
        <source>Ballot %1: %2</source>
        <translation>Phiếu %1: %2</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="173" />
        <source>nothing struck</source>
        <translation>không gạch tên nào</translation>
    </message>
</context>
<context>
    <name>kp::gui::PdfPrint</name>
    <message>
        <location filename="../pdf_print.cpp" line="33" />
        <source>%1 cannot be opened as a PDF</source>
        <translation>Không mở được %1 dưới dạng PDF</translation>
    </message>
    <message>
        <location filename="../pdf_print.cpp" line="45" />
        <source>The printer cannot be started</source>
        <translation>Không khởi động được máy in</translation>
    </message>
    <message>
        <location filename="../pdf_print.cpp" line="53" />
        <source>Page %1 of %2 cannot be rendered: %3</source>
        <translation>Không dựng được trang %1 của %2: %3</translation>
    </message>
</context>
<context>
    <name>kp::gui::ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="16" />
        <source>Results – projection</source>
        <translation>Kết quả – trình chiếu</translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="70" />
        <source>%n ballot(s) to count, one at a time.</source>
        <translation>
            <numerusform>%n phiếu sẽ được đếm lần lượt từng phiếu.</numerusform></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>agree</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>disagree</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>both boxes</source>
        <translation>cả hai ô</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="87" />
        <source>no mark</source>
        <translation>không đánh dấu</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="96" />
        <source>no name struck</source>
        <translation>không gạch tên nào</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="96" />
        <source>struck: %1</source>
        <translation>gạch: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="100" />
        <source>invalid: %1</source>
        <translation>không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="101" />
        <source>not counted</source>
        <translation>không được tính</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="105" />
        <source>Ballot %1 (%2 of %3)</source>
        <translation>Phiếu %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="119" />
        <source>Collected %1 · valid %2 · invalid %3</source>
        <translation>Thu vào %1 · hợp lệ %2 · không hợp lệ %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="121" />
        <source>Every ballot is counted: these are the round's votes.</source>
        <translation>Đã đếm hết các phiếu: đây là số phiếu bầu của lần bầu này.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReportsPage</name>
    <message>
        <source>The audit bundle in %1 is already this record's: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Gói kiểm tra trong %1 đã là của hồ sơ này: %2 tờ phiếu, %3 sự kiện nhật ký, ký bằng khóa %4 (ghi khóa này vào biên bản).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="49" />
        <source>Reports</source>
        <translation>Biên bản và báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="50" />
        <source>Make the minutes and every report</source>
        <translation>Lập biên bản và mọi báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="51" />
        <source>Open the reports folder</source>
        <translation>Mở thư mục biên bản</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="66" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="81" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="81" />
        <source>Choose a PDF in the list: the minutes and reports print from their PDF.</source>
        <translation>Chọn một tệp PDF trong danh sách: biên bản và báo cáo được in từ bản PDF.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="88" />
        <source>Not printed</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="93" />
        <source>Make the congress key…</source>
        <translation>Tạo khóa của đại hội…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="94" />
        <source>Once per congress: the secret key signs the audit bundle; its public key is printed on the signed minutes.</source>
        <translation>Mỗi đại hội một lần: khóa bí mật ký bộ hồ sơ kiểm tra; khóa công khai ghi trên biên bản đã ký.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="95" />
        <source>Export the signed audit bundle…</source>
        <translation>Xuất gói kiểm tra có chữ ký số…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="101" />
        <source>A folder for the congress key (a USB stick kept by the chair)</source>
        <translation>Thư mục lưu khóa của đại hội (USB do Trưởng ban giữ)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="107" />
        <source>No key was made</source>
        <translation>Chưa tạo được khóa</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="110" />
        <source>The congress key</source>
        <translation>Khóa của đại hội</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="111" />
        <source>Secret key: %1/congress.key — keep it secret; it signs the audit bundle.
Public key (write it on the signed minutes):
%2</source>
        <translation>Khóa bí mật: %1/congress.key — giữ kín; dùng để ký bộ hồ sơ kiểm tra.
Khóa công khai (ghi vào biên bản đã ký):
%2</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="116" />
        <source>The congress key (congress.key)</source>
        <translation>Khóa của đại hội (congress.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="116" />
        <source>Keys (*.key)</source>
        <translation>Khóa (*.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="120" />
        <source>An empty folder for the audit bundle</source>
        <translation>Thư mục trống để lưu gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="125" />
        <source>The bundle was not exported</source>
        <translation>Chưa xuất được gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="136" />
        <source>Making the reports…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="150" />
        <source>The reports are made from the congress record into %1.</source>
        <translation>Biên bản được lập từ hồ sơ đại hội vào %1.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="171" />
        <source>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Đã ghi gói kiểm tra vào %1: %2 tờ phiếu, %3 sự kiện nhật ký, ký bằng khóa %4 (ghi khóa này vào biên bản).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="191" />
        <source>No reports: </source>
        <translation>Chưa có báo cáo: </translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="207" />
        <source>No minutes for %1: no ballot has been counted there yet.</source>
        <translation>Không lập biên bản cho %1: chưa kiểm phiếu nào của cuộc bầu đó.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="200" />
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation>Mỗi trang ghi mã SHA-256 của kết quả: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ResultsPage</name>
    <message>
        <source>Reconciliation of the figures</source>
        <translation>Đối chiếu số phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25" />
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="28" />
        <source>Show in the hall (projector)</source>
        <translation>Trình chiếu tại hội trường</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="29" />
        <source>Replay ballot by ballot</source>
        <translation>Chiếu lại từng phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="30" />
        <source>On the projector: each ballot's struck names and the running votes, so observers can follow the count.</source>
        <translation>Trên màn chiếu: tên bị gạch của từng phiếu và số phiếu cộng dồn, để đại biểu theo dõi việc kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>% of base</source>
        <translation>% so với số căn cứ</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>% of valid (not official)</source>
        <translation>% so với phiếu hợp lệ (tham khảo)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="38" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="199" />
        <source>A further round cannot be set up from the record as it is.</source>
        <translation>Chưa thiết lập được lần bầu tiếp theo từ hồ sơ hiện tại.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="218" />
        <source>No ballot has been counted yet.</source>
        <translation>Chưa kiểm phiếu nào.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="231" />
        <location filename="../results_page.cpp" line="237" />
        <source>The replay cannot start: </source>
        <translation>Chưa chiếu lại được: </translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="232" />
        <source>no round has ballots counted yet.</source>
        <translation>chưa lần bầu nào có phiếu được kiểm.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="110" />
        <source>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation>Tính theo Quy chế bầu cử trong Đảng từ hồ sơ đại hội (số học chính xác; bằng phiếu thì không tự chọn người).</translation>
    </message>
    <message numerus="yes">
        <location filename="../results_page.cpp" line="119" />
        <source>The count is still open: %n ballot(s) wait for the counting committee (step 6). The figures below are running counts, not the result.</source>
        <translation>
            <numerusform>Kiểm phiếu chưa xong: còn %n phiếu chờ Ban kiểm phiếu xem xét (bước 6). Các con số dưới đây là số tạm tính, chưa phải kết quả.</numerusform></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="125" />
        <source>No result yet: </source>
        <translation>Chưa có kết quả: </translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="163" />
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation>Số căn cứ %1 · thu vào %2 · hợp lệ %3 · không hợp lệ %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../results_page.cpp" line="170" />
        <source>%n ballot(s) of this round wait for the committee: no one is elected yet.</source>
        <translation>
            <numerusform>Còn %n phiếu của lần bầu này chờ Ban kiểm phiếu: chưa ai trúng cử.</numerusform></translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="177" />
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation>Bằng phiếu cho %1 chỗ giữa %2: Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="182" />
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation>Còn thiếu %1 chỗ: Đại hội quyết định có bầu tiếp hay không.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="194" />
        <source>Set up round %1: %2 seat(s) among %3…</source>
        <translation>Thiết lập bầu lần %1: %2 người trong số %3…</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <source>Maybe the same paper as sheet %1, fed again: this sheet is on the left, sheet %1 on the right. The same paper: choose &quot;the same paper as sheet %1, fed again&quot;. Another voter's ballot: rule on what it holds.</source>
        <translation>Có thể là cùng một tờ với tờ %1, được đưa vào máy lần nữa: tờ này bên trái, tờ %1 bên phải. Nếu là cùng một tờ: chọn “cùng một tờ với tờ %1, quét lại”. Nếu là phiếu của một đại biểu khác: phán quyết theo nội dung phiếu.</translation>
    </message>
    <message>
        <source>Sheet %1, which it resembles</source>
        <translation>Tờ %1, tờ giống nó</translation>
    </message>
    <message>
        <source>This sheet (%1)</source>
        <translation>Tờ này (%1)</translation>
    </message>
    <message>
        <source>No ballot read so far waits for the committee; %1 sheet(s) are not yet read.</source>
        <translation>Trong các tờ đã đọc, không phiếu nào chờ Ban kiểm phiếu; còn %1 tờ chưa được đọc.</translation>
    </message>
    <message>
        <source>The record cannot be read: no ballot can be ruled now.</source>
        <translation>Không đọc được hồ sơ: lúc này không thể phán quyết phiếu nào.</translation>
    </message>
    <message>
        <source>%1 sheet(s) are stored but not yet read: they are not ruled here. Count again (step 4): the next count reads them first.</source>
        <translation>Có %1 tờ đã lưu nhưng chưa được đọc: không phán quyết ở đây. Hãy kiểm tiếp (bước 4): lần kiểm sau đọc các tờ này trước.</translation>
    </message>
    <message>
        <source>The record cannot be read: nothing can be ruled until it is read again (nothing is lost). Call the technician; point here for the details.</source>
        <translation>Không đọc được hồ sơ: chưa thể phán quyết phiếu nào cho đến khi đọc lại được (không mất gì). Hãy gọi kỹ thuật viên; trỏ chuột vào đây để xem chi tiết.</translation>
    </message>
    <message>
        <source>the record cannot be opened</source>
        <translation>không mở được hồ sơ</translation>
    </message>
    <message>
        <source>maybe the same paper as an earlier sheet, fed again</source>
        <translation>có thể là một tờ đã quét, được đưa vào máy lần nữa</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="80" />
        <source>Review</source>
        <translation>Xem xét phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="109" />
        <location filename="../review_page.cpp" line="363" />
        <source>Click the sheet where a name is to see it closer.</source>
        <translation>Bấm vào chỗ có tên trên phiếu để xem phóng to.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="367" />
        <source>No ballot is waiting for the committee.</source>
        <translation>Không có phiếu nào chờ Ban kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="291" />
        <location filename="../review_page.cpp" line="299" />
        <source>struck</source>
        <translation>gạch</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="291" />
        <location filename="../review_page.cpp" line="299" />
        <source>kept</source>
        <translation>giữ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="297" />
        <source>not sure</source>
        <translation>chưa chắc</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="303" />
        <source>not read</source>
        <translation>chưa đọc được</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="377" />
        <source>Keyed by hand: take paper ballot %1 of the stack and compare.</source>
        <translation>Phiếu nhập tay: lấy phiếu giấy số %1 trong tập phiếu để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="379" />
        <source>The image cannot be shown.</source>
        <translation>Không hiển thị được ảnh.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="385" />
        <source>The list of this election round cannot be read from the record: this ballot cannot be ruled on here.</source>
        <translation>Không đọc được danh sách của lần bầu này trong hồ sơ: không thể phán quyết phiếu này ở đây.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="447" />
        <source>Ruling recorded: %1</source>
        <translation>Đã ghi phán quyết: %1</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="455" />
        <source>Choose a ballot in the queue first.</source>
        <translation>Hãy chọn một phiếu trong danh sách chờ trước.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="33" />
        <source>only part of a name is struck</source>
        <translation>chỉ gạch một phần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="34" />
        <source>a name is underlined</source>
        <translation>tên bị gạch chân</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="35" />
        <source>a mark near a name</source>
        <translation>có dấu gần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36" />
        <source>a mark beside a name (tick, circle)</source>
        <translation>có dấu bên cạnh tên (đánh dấu, khoanh)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37" />
        <source>a fold runs through a name</source>
        <translation>nếp gấp chạy qua tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38" />
        <source>a faint stroke</source>
        <translation>nét gạch mờ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39" />
        <source>an unclear mark in a box</source>
        <translation>dấu trong ô không rõ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40" />
        <source>no stamp found</source>
        <translation>không thấy dấu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41" />
        <source>writing outside the list</source>
        <translation>có chữ viết ngoài danh sách</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42" />
        <source>a corner is torn or folded</source>
        <translation>góc phiếu bị rách hoặc gấp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43" />
        <source>the ballot's code cannot be read</source>
        <translation>không đọc được mã của phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45" />
        <source>a ballot of several sides, not scanned as one sheet: rule on every side from the paper</source>
        <translation>phiếu nhiều mặt, không quét như một tờ: xét mọi mặt trên tờ phiếu giấy</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>the letters of a name leave too little paper to see a stroke</source>
        <translation>chữ của tên in quá sát, không đủ chỗ trống để thấy nét gạch</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="49" />
        <source>the image cannot be read</source>
        <translation>không đọc được ảnh</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="50" />
        <source>the manual entries differ</source>
        <translation>các lần nhập tay không khớp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="51" />
        <source>a second entry is missing</source>
        <translation>còn thiếu lần nhập thứ hai</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="57" />
        <source>agree</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="58" />
        <source>disagree</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="59" />
        <source>both boxes</source>
        <translation>cả hai ô</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="60" />
        <source>no box</source>
        <translation>không ô nào</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="123" />
        <source>Read the ruling aloud. Two members of the committee then confirm it with their passwords.</source>
        <translation>Đọc to phán quyết. Sau đó hai thành viên Ban kiểm phiếu xác nhận bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="140" />
        <source>Back to the ballot</source>
        <translation>Quay lại phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="142" />
        <source>Record the ruling</source>
        <translation>Ghi phán quyết</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="210" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="236" />
        <source>%1 · ballot %2 keyed by hand</source>
        <translation>%1 · phiếu nhập tay số %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="237" />
        <source>%1 · sheet %2</source>
        <translation>%1 · tờ %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="290" />
        <source>invalid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="459" />
        <source>Nothing is recorded until the committee has chosen whether the ballot is valid and decided every doubtful name.</source>
        <translation>Chưa ghi gì cho đến khi Ban kiểm phiếu đã kết luận phiếu hợp lệ hay không và quyết định mọi tên còn nghi vấn.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="464" />
        <source>Write why (for the minutes) before confirming.</source>
        <translation>Hãy ghi lý do (ghi vào biên bản) trước khi xác nhận.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Session</name>
    <message>
        <location filename="../session.cpp" line="54" />
        <source>%1: the record's congress cannot be read</source>
        <translation>%1: không đọc được thông tin đại hội trong hồ sơ</translation>
    </message>
    <message>
        <location filename="../session.cpp" line="70" />
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInDialog</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="90" />
        <location filename="../sign_in_dialog.cpp" line="103" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="90" />
        <source>Two members confirm</source>
        <translation>Hai thành viên xác nhận</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="103" />
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="104" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInFields</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="20" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Member %1</source>
        <translation>Thành viên %1</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="26" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="67" />
        <source>Choose your name in the list.</source>
        <translation>Hãy chọn tên của mình trong danh sách.</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="68" />
        <source>Choose member %1 in the list.</source>
        <translation>Hãy chọn thành viên %1 trong danh sách.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Standings</name>
    <message>
        <location filename="../standings.cpp" line="41" />
        <location filename="../standings.cpp" line="156" />
        <source>over half</source>
        <translation>quá bán</translation>
    </message>
    <message numerus="yes">
        <location filename="../standings.cpp" line="46" />
        <source>COUNT STILL OPEN: %n ballot(s) wait for the counting committee. These are running counts, not the result.</source>
        <translation>
            <numerusform>ĐANG KIỂM PHIẾU: còn %n phiếu chờ Ban kiểm phiếu xem xét. Các con số là số tạm tính, chưa phải kết quả.</numerusform></translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="50" />
        <source>Base %1 · elected with more than half: at least %2 votes · collected %3 · valid %4 · invalid %5</source>
        <translation>Số căn cứ %1 · trúng cử phải quá một nửa: từ %2 phiếu · thu vào %3 · hợp lệ %4 · không hợp lệ %5</translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="58" />
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation>Bằng phiếu: %1 cho %2 chỗ — Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../standings.cpp" line="63" />
        <source>%n seat(s) unfilled — the congress decides whether to vote again.</source>
        <translation>
            <numerusform>Còn thiếu %n chỗ — Đại hội quyết định có bầu tiếp hay không.</numerusform></translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="67" />
        <source>Nobody is elected in this round.</source>
        <translation>Không có ai trúng cử ở lần bầu này.</translation>
    </message>
    <message>
        <location filename="../standings.cpp" line="117" />
        <location filename="../standings.cpp" line="191" />
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>kp::gui::Widgets</name>
    <message>
        <location filename="../widgets.cpp" line="42" />
        <source>%1 – round %2</source>
        <translation>%1 – lần %2</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="47" />
        <source>elected</source>
        <translation>trúng cử</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="48" />
        <source>alternate</source>
        <translation>dự khuyết</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="49" />
        <source>tied</source>
        <translation>bằng phiếu</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="57" />
        <source>not issued by the counting committee</source>
        <translation>không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="58" />
        <source>a name written in</source>
        <translation>ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="59" />
        <source>an identifying mark</source>
        <translation>có dấu hiệu nhận biết</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="60" />
        <source>more names kept than places to fill</source>
        <translation>để quá số lượng cần bầu</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="61" />
        <source>every name struck</source>
        <translation>gạch hết tên</translation>
    </message>
    <message>
        <location filename="../widgets.cpp" line="62" />
        <source>no box marked for anyone</source>
        <translation>không đánh dấu cho ai</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReconciliationPanel</name>
    <message>
        <source>Write why (for the minutes) before confirming.</source>
        <translation>Hãy ghi lý do (vào biên bản) trước khi xác nhận.</translation>
    </message>
    <message>
        <source>Why (for the minutes):</source>
        <translation>Lý do (ghi vào biên bản):</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Lần bầu:</translation>
    </message>
    <message>
        <source>%1 (the committee's; congress: %2)</source>
        <translation>%1 (theo Ban kiểm phiếu; đại hội: %2)</translation>
    </message>
    <message>
        <source>The record cannot be read: the figures cannot be reconciled now (nothing is lost). Call the technician; point here for the details.</source>
        <translation>Không đọc được hồ sơ: lúc này không đối chiếu được số phiếu (không mất gì). Hãy gọi kỹ thuật viên; trỏ chuột vào đây để xem chi tiết.</translation>
    </message>
    <message>
        <source>Ballots issued, as recounted:</source>
        <translation>Số phiếu phát ra (đã kiểm lại):</translation>
    </message>
    <message>
        <source>Record the ballots issued</source>
        <translation>Ghi số phiếu phát ra</translation>
    </message>
    <message>
        <source>e.g. the counterfoils recounted</source>
        <translation>ví dụ: đã đếm lại cuống phiếu</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Keyed by hand</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Để riêng</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Đã tính</translation>
    </message>
    <message>
        <source>Sheets scanned</source>
        <translation>Tờ đã quét</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Thu vào</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phát ra</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Lần bầu</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Không còn việc gì.</translation>
    </message>
    <message>
        <source>More ballots collected (%1) than issued (%2): the committee recounts the ballots issued and records the number below (two members).</source>
        <translation>Số phiếu thu vào (%1) nhiều hơn số phiếu phát ra (%2): Ban kiểm phiếu kiểm lại số phiếu đã phát và ghi con số ở dưới (hai thành viên xác nhận).</translation>
    </message>
    <message>
        <source>%1 sheet(s) not read: count again at step 4; they are read first.</source>
        <translation>Còn %1 tờ chưa đọc: kiểm tiếp ở bước 4; các tờ này được đọc trước.</translation>
    </message>
    <message>
        <source>%1 ballot(s) wait: rule on them at step 6 (Review).</source>
        <translation>Còn %1 phiếu chờ: Ban kiểm phiếu phán quyết ở bước 6 (Xem xét).</translation>
    </message>
    <message>
        <source>%1 not a ballot</source>
        <translation>%1 không phải phiếu bầu</translation>
    </message>
    <message>
        <source>%1 of another round</source>
        <translation>%1 phiếu của lần bầu khác</translation>
    </message>
    <message>
        <source>%1 fed again</source>
        <translation>%1 tờ quét lại</translation>
    </message>
</context>
</TS>