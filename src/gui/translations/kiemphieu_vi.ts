<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name>kp::gui::BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="33" />
        <source>Ballots</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="36" />
        <source>Save the ballots as PDF…</source>
        <translation>Lưu phiếu bầu thành PDF…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="51" />
        <source>Save the ballots</source>
        <translation>Lưu phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="51" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="54" />
        <source>The ballots were not saved</source>
        <translation>Chưa lưu được phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="58" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="65" />
        <source>The ballots were not printed</source>
        <translation>Chưa in được phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="69" />
        <source>Printed elsewhere: learn from a scanned blank…</source>
        <translation>Phiếu in ngoài: học từ phiếu trắng đã quét…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="70" />
        <source>For ballots typed in a word processor: scan one blank, stamped ballot; the recogniser finds the names on it and the committee confirms.</source>
        <translation>Phiếu soạn bằng trình soạn thảo văn bản: quét một phiếu trắng đã đóng dấu; máy tìm các tên trên phiếu và Ban kiểm phiếu xác nhận.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="74" />
        <source>Scanned blank ballot</source>
        <translation>Phiếu trắng đã quét</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="75" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pnm *.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="86" />
        <source>The blank was not learned</source>
        <translation>Không học được mẫu phiếu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="92" />
        <source>The blank was not kept</source>
        <translation>Mẫu phiếu chưa được lưu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="107" />
        <location filename="../ballots_page.cpp" line="217" />
        <source>Open a congress record first.</source>
        <translation>Hãy mở hồ sơ đại hội trước.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="119" />
        <source>Reading the blank (Tesseract, Vietnamese)…</source>
        <translation>Đang đọc phiếu trắng (Tesseract, tiếng Việt)…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="141" />
        <source>No blank has been learned.</source>
        <translation>Chưa học mẫu phiếu trắng nào.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="144" />
        <source>Sign in first (Counting committee): the confirmation is recorded in your name.</source>
        <translation>Hãy đăng nhập trước (mục Ban kiểm phiếu): việc xác nhận được ghi tên người xác nhận.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="185" />
        <source>This round's ballots were printed elsewhere: they are read against the blank %1 confirmed (%2 dpi). </source>
        <translation>Phiếu lần bầu này in ngoài: được đọc theo phiếu trắng do %1 xác nhận (%2 dpi). </translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="225" />
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation>Như khi in: dấu đóng vào ô góc trên bên trái; cử tri gạch ngang tên người mình không bầu. Trên phiếu không có gì nhận ra được người bầu.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="251" />
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
        <location filename="../committee_page.cpp" line="24" />
        <source>Chair (trưởng ban)</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26" />
        <source>Member (thành viên)</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="26" />
        <source>Technician (kỹ thuật viên)</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="33" />
        <source>Counting committee</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="36" />
        <source>Sign in at this station…</source>
        <translation>Đăng nhập ở máy này…</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <location filename="../committee_page.cpp" line="48" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="38" />
        <location filename="../committee_page.cpp" line="49" />
        <source>Role</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="50" />
        <source>Password (at least 6 characters)</source>
        <translation>Mật khẩu (ít nhất 6 ký tự)</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="52" />
        <source>Add to the committee</source>
        <translation>Thêm vào Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="57" />
        <source>The chair of the committee confirms the new member.</source>
        <translation>Trưởng ban kiểm phiếu xác nhận người mới.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="67" />
        <source>Not added</source>
        <translation>Chưa thêm được</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="71" />
        <source>Sign in to count: your name is recorded with every action.</source>
        <translation>Đăng nhập để kiểm phiếu: mọi thao tác đều được ghi tên.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="77" />
        <source>Not signed in</source>
        <translation>Chưa đăng nhập được</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="98" />
        <source>Nobody is signed in at this station.</source>
        <translation>Chưa có ai đăng nhập ở máy này.</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="99" />
        <source>Signed in: %1</source>
        <translation>Đã đăng nhập: %1</translation>
    </message>
    <message>
        <location filename="../committee_page.cpp" line="116" />
        <location filename="../committee_page.cpp" line="141" />
        <source>Open a congress record first.</source>
        <translation>Hãy mở hồ sơ đại hội trước.</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressEditor</name>
    <message>
        <location filename="../congress_editor.cpp" line="46" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="47" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="68" />
        <source>chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="92" />
        <source>Set up the congress</source>
        <translation>Thiết lập đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="106" />
        <source>Grassroots (cơ sở)</source>
        <translation>Cấp cơ sở</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="107" />
        <source>District (huyện)</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="108" />
        <source>Province (tỉnh)</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="110" />
        <source>Congress of all members</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="111" />
        <source>Congress of delegates</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="114" />
        <source>Training (dry run): every report is marked, nothing counts</source>
        <translation>Diễn tập: mọi văn bản đều ghi rõ, không có giá trị</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="115" />
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="115" />
        <source>Reason (election rules §4)</source>
        <translation>Lý do (không tính vào số làm căn cứ)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="116" />
        <source>Counting committee member</source>
        <translation>Thành viên Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="116" />
        <source>Role</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="120" />
        <source>Congress:</source>
        <translation>Đại hội:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="121" />
        <source>Party organisation:</source>
        <translation>Tổ chức đảng:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="122" />
        <source>Organisation above (first header line):</source>
        <translation>Đảng bộ cấp trên (dòng đầu tiêu đề):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="123" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="124" />
        <source>Kind:</source>
        <translation>Loại đại hội:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="125" />
        <source>Place name, date:</source>
        <translation>Địa danh, ngày:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="131" />
        <source>Hall where ballots are counted:</source>
        <translation>Nơi kiểm phiếu:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="132" />
        <source>Convened:</source>
        <translation>Số được triệu tập:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="133" />
        <source>Not counted in the base:</source>
        <translation>Không tính vào số làm căn cứ:</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="135" />
        <source>Counting committee (for the minutes):</source>
        <translation>Ban kiểm phiếu (ghi vào biên bản):</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="138" />
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="145" />
        <source>Add an election</source>
        <translation>Thêm cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="146" />
        <source>Remove the election</source>
        <translation>Xóa cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="153" />
        <source>Elections and candidates</source>
        <translation>Các cuộc bầu cử và danh sách</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="173" />
        <source>Open a congress file…</source>
        <translation>Mở tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="174" />
        <source>Save the congress file…</source>
        <translation>Lưu tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="175" />
        <source>Make the record and lock the lists…</source>
        <translation>Tạo hồ sơ và khóa danh sách…</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="176" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="192" />
        <source>New election</source>
        <translation>Cuộc bầu cử mới</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="261" />
        <source>Deduction %1: a number and its reason are both needed.</source>
        <translation>Dòng trừ %1: cần cả số lượng và lý do.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="265" />
        <source>Add at least one election.</source>
        <translation>Cần ít nhất một cuộc bầu cử.</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="326" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="340" />
        <source>Congress file</source>
        <translation>Tệp thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="340" />
        <location filename="../congress_editor.cpp" line="352" />
        <source>Congress files (*.json)</source>
        <translation>Tệp đại hội (*.json)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="347" />
        <source>Cannot open the congress file</source>
        <translation>Không mở được tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="352" />
        <source>Save the congress file</source>
        <translation>Lưu tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="355" />
        <source>Cannot save the congress file</source>
        <translation>Không lưu được tệp đại hội</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="362" />
        <source>The congress is not complete</source>
        <translation>Thông tin đại hội chưa đủ</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="365" />
        <source>New congress record</source>
        <translation>Hồ sơ đại hội mới</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="365" />
        <source>Congress records (*.kpdb)</source>
        <translation>Hồ sơ đại hội (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="370" />
        <source>Lock the lists?</source>
        <translation>Khóa danh sách?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="371" />
        <source>Once the record is made, the candidate lists cannot be changed: ballots are printed from them. A change then needs a new round or a new record. Make the record?</source>
        <translation>Sau khi tạo hồ sơ, danh sách ứng cử không thể sửa: phiếu bầu được in từ đó. Muốn thay đổi phải bầu lần mới hoặc tạo hồ sơ mới. Tạo hồ sơ?</translation>
    </message>
    <message>
        <location filename="../congress_editor.cpp" line="377" />
        <source>Cannot make the record</source>
        <translation>Không lập được hồ sơ</translation>
    </message>
</context>
<context>
    <name>kp::gui::CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="20" />
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="22" />
        <source>Set up a new congress…</source>
        <translation>Thiết lập đại hội mới…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="23" />
        <source>New congress from this one…</source>
        <translation>Đại hội mới từ đại hội này…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="25" />
        <source>Open a record…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="35" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="35" />
        <source>Seats</source>
        <translation>Số cần bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="35" />
        <source>Candidates</source>
        <translation>Số người trong danh sách</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="35" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="35" />
        <source>Base</source>
        <translation>Số căn cứ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="37" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="37" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="37" />
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="58" />
        <source>Open a congress record</source>
        <translation>Mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="58" />
        <source>Congress records (*.kpdb)</source>
        <translation>Hồ sơ đại hội (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="61" />
        <source>Cannot open the record</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="76" />
        <source>No congress record is open. Set up a new congress (typed, or from a congress file), or open an existing record.</source>
        <translation>Chưa mở hồ sơ đại hội nào. Thiết lập đại hội mới (nhập tay hoặc từ tệp đại hội), hoặc mở một hồ sơ đã có.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="83" />
        <source>congress of all members</source>
        <translation>đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="83" />
        <source>congress of delegates</source>
        <translation>đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="84" />
        <source>Convened: %1, base for the majority: %2</source>
        <translation>Số được triệu tập: %1, số làm căn cứ tính quá bán: %2</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="85" />
        <source>lists locked (a change needs a new round or a new record)</source>
        <translation>danh sách đã khóa (muốn thay đổi phải bầu lần mới hoặc tạo hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="87" />
        <source>TRAINING CONGRESS</source>
        <translation>ĐẠI HỘI DIỄN TẬP</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="95" />
        <source>strike names</source>
        <translation>gạch tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="95" />
        <source>yes/no</source>
        <translation>đồng ý / không đồng ý</translation>
    </message>
</context>
<context>
    <name>kp::gui::CountingPage</name>
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
        <location filename="../counting_page.cpp" line="69" />
        <source>Find scanners</source>
        <translation>Tìm máy quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="70" />
        <source>Folder of images…</source>
        <translation>Thư mục ảnh…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="71" />
        <source>Scanner:</source>
        <translation>Máy quét:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="75" />
        <source>Rehearsal ballots…</source>
        <translation>Phiếu diễn tập…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76" />
        <source>Training congress: simulated voters mark and scan ballots for the committee to count.</source>
        <translation>Đại hội diễn tập: mô phỏng cử tri đánh dấu và quét phiếu để Ban kiểm phiếu tập kiểm.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="81" />
        <source>Feeder</source>
        <translation>Khay nạp giấy</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="82" />
        <source>Feeder, both sides</source>
        <translation>Khay nạp, hai mặt</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="83" />
        <source>Flatbed</source>
        <translation>Mặt kính</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="86" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="97" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="98" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="100" />
        <source>Election:</source>
        <translation>Cuộc bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="102" />
        <source>Round:</source>
        <translation>Lần bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="129" />
        <source>Folder of scanned ballots</source>
        <translation>Thư mục ảnh phiếu đã quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="136" />
        <source>Rehearsal ballots</source>
        <translation>Phiếu diễn tập</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="136" />
        <source>How many voters?</source>
        <translation>Bao nhiêu người bỏ phiếu?</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="180" />
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation>Hãy đăng nhập (mục Ban kiểm phiếu) để đợt quét được ghi tên người thực hiện.</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="210" />
        <source>Simulated voters are marking %n ballot(s)…</source>
        <translation>
            <numerusform>Đang mô phỏng %n phiếu bầu…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="222" />
        <source>%n rehearsal ballot(s) ready: press Start to count them.</source>
        <translation>
            <numerusform>Đã có %n phiếu diễn tập: bấm Bắt đầu để kiểm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="240" />
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n máy quét.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="241" />
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation>Không tìm thấy máy quét: hãy kiểm tra dây cáp và nguồn điện, hoặc dùng thư mục ảnh.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="244" />
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="277" />
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation>Đang quét: mỗi tờ được lưu xong mới kéo tờ tiếp theo…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="278" />
        <source>Reading the ballots…</source>
        <translation>Đang đọc phiếu…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="279" />
        <source>Storing in the congress record…</source>
        <translation>Đang lưu vào hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="282" />
        <source>Scanned: %1 sheet(s)</source>
        <translation>Đã quét: %1 tờ</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="289" />
        <source>Press Start to resume the same batch.</source>
        <translation>Nhấn Bắt đầu để quét tiếp đợt này.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="299" />
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation>Xong: đã kiểm %1 tờ, %2 tờ chờ Ban kiểm phiếu xem xét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="313" />
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation>Đã đọc: %1 · chuyển Ban kiểm phiếu: %2 · không phải phiếu: %3 · trên %4</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="314" />
        <source>Sheet %1 — %2</source>
        <translation>Tờ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="349" />
        <source>%n sheet(s) are safely saved.</source>
        <translation>
            <numerusform>%n tờ đã được lưu an toàn.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="351" />
        <source>The scanner is not answering: check its cable and power.</source>
        <translation>Máy quét không phản hồi: hãy kiểm tra dây cáp và nguồn điện.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="352" />
        <source>Another program is using the scanner: close it.</source>
        <translation>Một chương trình khác đang dùng máy quét: hãy đóng chương trình đó.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="353" />
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation>Khay nạp giấy trống: hãy đặt phiếu vào khay.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="355" />
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation>Kẹt giấy: mở máy quét, lấy tờ bị kẹt ra và đặt lại lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="357" />
        <source>The scanner's cover is open: close it.</source>
        <translation>Nắp máy quét đang mở: hãy đóng lại.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="359" />
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation>Hai tờ bị kéo cùng lúc: đặt lại các tờ cuối lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="360" />
        <source>This computer may not use the scanner (permissions).</source>
        <translation>Máy tính này không có quyền dùng máy quét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="361" />
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="362" />
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation>Máy quét không quét được theo cách này (khay, độ phân giải hoặc chế độ màu).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="363" />
        <source>The computer ran out of memory.</source>
        <translation>Máy tính hết bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="364" />
        <source>The disk could not save the sheet: free some space.</source>
        <translation>Ổ đĩa không lưu được tờ phiếu: hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="367" />
        <source>The scanner reported an error.</source>
        <translation>Máy quét báo lỗi.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ElectionEditor</name>
    <message>
        <location filename="../election_editor.cpp" line="62" />
        <location filename="../election_editor.cpp" line="64" />
        <source>not known yet</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="65" />
        <source>Title on the ballot and minutes:</source>
        <translation>Tiêu đề trên phiếu và biên bản:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="66" />
        <source>Short id (in files):</source>
        <translation>Mã ngắn (trong tệp):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="67" />
        <source>Body elected:</source>
        <translation>Bầu vào:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="68" />
        <source>Seats:</source>
        <translation>Số lượng cần bầu:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="69" />
        <source>Alternates after the seats (combined delegate list):</source>
        <translation>Số dự khuyết sau số chính thức (danh sách chung):</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="70" />
        <source>Ballots issued:</source>
        <translation>Số phiếu phát ra:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="71" />
        <source>Present at the vote:</source>
        <translation>Số có mặt khi bầu:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="75" />
        <source>Full name (ballot order)</source>
        <translation>Họ và tên (thứ tự trên phiếu)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="86" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="87" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="88" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="89" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="90" />
        <source>Paste names…</source>
        <translation>Dán tên…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="91" />
        <source>Import CSV/XLSX…</source>
        <translation>Nhập từ CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="92" />
        <source>Party order</source>
        <translation>Xếp theo A-B-C</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="165" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="195" />
        <source>Paste names</source>
        <translation>Dán danh sách tên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="195" />
        <source>One name a line, or a table copied from a word processor or spreadsheet:</source>
        <translation>Mỗi dòng một tên, hoặc bảng sao chép từ trình soạn thảo hay bảng tính:</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="202" />
        <source>No names found</source>
        <translation>Không tìm thấy tên nào</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="209" />
        <source>Candidate list</source>
        <translation>Danh sách ứng cử</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="210" />
        <source>Lists (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>Danh sách (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="213" />
        <source>Cannot import the list</source>
        <translation>Không nhập được danh sách</translation>
    </message>
</context>
<context>
    <name>kp::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="41" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="42" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="43" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="52" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="53" />
        <source>&amp;About KiemPhieu</source>
        <translation>&amp;Giới thiệu KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="54" />
        <source>About KiemPhieu</source>
        <translation>Giới thiệu KiemPhieu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="55" />
        <source>KiemPhieu %1 (commit %2)
Counting the ballots of Party congresses: every uncertain ballot goes to the counting committee; the tally follows the party's election rules exactly.</source>
        <translation>KiemPhieu %1 (bản %2)
Kiểm phiếu bầu cử tại đại hội Đảng: mọi phiếu chưa chắc chắn đều chuyển Ban kiểm phiếu; kết quả tính đúng Quy chế bầu cử trong Đảng.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>1. Congress</source>
        <translation>1. Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>2. Ballots</source>
        <translation>2. Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>3. Committee</source>
        <translation>3. Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>4. Counting</source>
        <translation>4. Kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>5. Manual entry</source>
        <translation>5. Nhập tay</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>6. Review</source>
        <translation>6. Xem xét</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>7. Results</source>
        <translation>7. Kết quả</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>8. Reports</source>
        <translation>8. Biên bản</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99" />
        <source>Round %1 is set up: print its ballots here, then count them at step 4 (the round is already chosen there).</source>
        <translation>Đã thiết lập bầu lần %1: in phiếu tại đây, rồi kiểm ở bước 4 (lần bầu đã được chọn sẵn).</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="103" />
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation>KiemPhieu – phần mềm kiểm phiếu đại hội Đảng</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126" />
        <source>No congress record open</source>
        <translation>Chưa mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="129" />
        <source>Record: %1 · signed in: %2%3</source>
        <translation>Hồ sơ: %1 · đăng nhập: %2%3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="131" />
        <source>nobody</source>
        <translation>chưa có ai</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="132" />
        <source> · TRAINING</source>
        <translation> · DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>kp::gui::ManualEntryPage</name>
    <message>
        <location filename="../manual_entry_page.cpp" line="27" />
        <source>Type one letter for each of the %1 persons: d, k, h or -.</source>
        <translation>Gõ một chữ cho mỗi người trong %1 người: d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="34" />
        <source>"%1" is not d, k, h or -.</source>
        <translation>"%1" không phải d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="45" />
        <source>"%1" is not a name's number (1 to %2).</source>
        <translation>"%1" không phải số thứ tự của một tên (từ 1 đến %2).</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="56" />
        <source>Manual entry</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="65" />
        <source>e.g. 2 5  (Enter saves and goes to the next ballot)</source>
        <translation>ví dụ 2 5  (Enter để lưu và sang phiếu tiếp theo)</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="70" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="71" />
        <source>invalid: not issued by the committee</source>
        <translation>không hợp lệ: không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="72" />
        <source>invalid: a name written in</source>
        <translation>không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="73" />
        <source>invalid: identifying mark</source>
        <translation>không hợp lệ: có ký hiệu riêng</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="74" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="75" />
        <source>Ballot number</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="76" />
        <source>Struck names</source>
        <translation>Tên bị gạch</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="77" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="94" />
        <source>Ballot %1 saved.</source>
        <translation>Đã lưu phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="113" />
        <location filename="../manual_entry_page.cpp" line="154" />
        <source>Sign in first (Counting committee): each entry is recorded in the operator's name.</source>
        <translation>Hãy đăng nhập trước (mục Ban kiểm phiếu): mỗi phiếu nhập được ghi tên người nhập.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="114" />
        <source>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</source>
        <translation>Đang nhập với tên %1. Nhập lần lượt các phiếu của tập; một người khác nhập lại chính tập phiếu này.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="141" />
        <source>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</source>
        <translation>Lần lượt từng người: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; đánh cả hai ô, &lt;b&gt;-&lt;/b&gt; không đánh.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="142" />
        <source>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</source>
        <translation>Gõ số thứ tự của các tên &lt;b&gt;bị gạch&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="158" />
        <source>Choose an election.</source>
        <translation>Hãy chọn cuộc bầu.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="172" />
        <source>Ballot %1: %2</source>
        <translation>Phiếu %1: %2</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="172" />
        <source>nothing struck</source>
        <translation>không gạch tên nào</translation>
    </message>
</context>
<context>
    <name>kp::gui::ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="16" />
        <source>Results – projection</source>
        <translation>Kết quả – trình chiếu</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="39" />
        <source>Base %1 · ballots collected %2 · valid %3</source>
        <translation>Số căn cứ %1 · phiếu thu vào %2 · hợp lệ %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="54" />
        <source>Nobody is elected in this round.</source>
        <translation>Không có ai trúng cử ở lần bầu này.</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="58" />
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation>Bằng phiếu: %1 cho %2 chỗ — Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="63" />
        <source>%n seat(s) unfilled — the congress decides.</source>
        <translation>
            <numerusform>Còn thiếu %n chỗ — Đại hội quyết định.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="71" />
        <source>%n ballot(s) to count, one at a time.</source>
        <translation>
            <numerusform>%n phiếu sẽ được đếm lần lượt từng phiếu.</numerusform></translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="88" />
        <source>agree</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="88" />
        <source>disagree</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="88" />
        <source>both boxes</source>
        <translation>cả hai ô</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="88" />
        <source>no mark</source>
        <translation>không đánh dấu</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="97" />
        <source>no name struck</source>
        <translation>không gạch tên nào</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="97" />
        <source>struck: %1</source>
        <translation>gạch: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="101" />
        <source>invalid: %1</source>
        <translation>không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="102" />
        <source>not counted</source>
        <translation>không được tính</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="106" />
        <source>Ballot %1 (%2 of %3)</source>
        <translation>Phiếu %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="120" />
        <source>Collected %1 · valid %2 · invalid %3</source>
        <translation>Thu vào %1 · hợp lệ %2 · không hợp lệ %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="122" />
        <source>Every ballot is counted: these are the round's votes.</source>
        <translation>Đã đếm hết các phiếu: đây là số phiếu bầu của lần bầu này.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReportsPage</name>
    <message>
        <location filename="../reports_page.cpp" line="48" />
        <source>Reports</source>
        <translation>Biên bản và báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="49" />
        <source>Make the minutes and every report</source>
        <translation>Lập biên bản và mọi báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="50" />
        <source>Open the reports folder</source>
        <translation>Mở thư mục biên bản</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="65" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="80" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="80" />
        <source>Choose a PDF in the list: the minutes and reports print from their PDF.</source>
        <translation>Chọn một tệp PDF trong danh sách: biên bản và báo cáo được in từ bản PDF.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="87" />
        <source>Not printed</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="92" />
        <source>Make the congress key…</source>
        <translation>Tạo khóa của đại hội…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="93" />
        <source>Once per congress: the secret key signs the audit bundle; its public key is printed on the signed minutes.</source>
        <translation>Mỗi đại hội một lần: khóa bí mật ký bộ hồ sơ kiểm tra; khóa công khai ghi trên biên bản đã ký.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="94" />
        <source>Export the signed audit bundle…</source>
        <translation>Xuất gói kiểm tra có chữ ký số…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="100" />
        <source>A folder for the congress key (a USB stick kept by the chair)</source>
        <translation>Thư mục lưu khóa của đại hội (USB do Trưởng ban giữ)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="106" />
        <source>No key was made</source>
        <translation>Chưa tạo được khóa</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="109" />
        <source>The congress key</source>
        <translation>Khóa của đại hội</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="110" />
        <source>Secret key: %1/congress.key — keep it secret; it signs the audit bundle.
Public key (write it on the signed minutes):
%2</source>
        <translation>Khóa bí mật: %1/congress.key — giữ kín; dùng để ký bộ hồ sơ kiểm tra.
Khóa công khai (ghi vào biên bản đã ký):
%2</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="115" />
        <source>The congress key (congress.key)</source>
        <translation>Khóa của đại hội (congress.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="115" />
        <source>Keys (*.key)</source>
        <translation>Khóa (*.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="119" />
        <source>An empty folder for the audit bundle</source>
        <translation>Thư mục trống để lưu gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="124" />
        <source>The bundle was not exported</source>
        <translation>Chưa xuất được gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="137" />
        <source>Making the reports…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="151" />
        <source>The reports are made from the congress record into %1.</source>
        <translation>Biên bản được lập từ hồ sơ đại hội vào %1.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="176" />
        <source>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Đã ghi gói kiểm tra vào %1: %2 tờ phiếu, %3 sự kiện nhật ký, ký bằng khóa %4 (ghi khóa này vào biên bản).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="196" />
        <source>No reports: %1</source>
        <translation>Chưa lập được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="205" />
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation>Mỗi trang ghi mã SHA-256 của kết quả: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ResultsPage</name>
    <message>
        <location filename="../results_page.cpp" line="21" />
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="24" />
        <source>Show in the hall (projector)</source>
        <translation>Trình chiếu tại hội trường</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25" />
        <source>Replay ballot by ballot</source>
        <translation>Chiếu lại từng phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="26" />
        <source>On the projector: each ballot's struck names and the running votes, so observers can follow the count.</source>
        <translation>Trên màn chiếu: tên bị gạch của từng phiếu và số phiếu cộng dồn, để đại biểu theo dõi việc kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>% of base</source>
        <translation>% so với số căn cứ</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>% of valid (not official)</source>
        <translation>% so với phiếu hợp lệ (tham khảo)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="34" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="67" />
        <source>The count cannot be tallied yet: %1</source>
        <translation>Chưa tính được kết quả: %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="75" />
        <source>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation>Tính theo Quy chế bầu cử trong Đảng từ hồ sơ đại hội (số học chính xác; bằng phiếu thì không tự chọn người).</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="97" />
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation>Số căn cứ %1 · thu vào %2 · hợp lệ %3 · không hợp lệ %4.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="103" />
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation>Bằng phiếu cho %1 chỗ giữa %2: Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="108" />
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation>Còn thiếu %1 chỗ: Đại hội quyết định có bầu tiếp hay không.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="120" />
        <source>Set up round %1: %2 seat(s) among %3…</source>
        <translation>Thiết lập bầu lần %1: %2 người trong số %3…</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="153" />
        <source>The replay cannot start: %1</source>
        <translation>Không chiếu lại được: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="59" />
        <source>Review</source>
        <translation>Xem xét phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="78" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="78" />
        <source>Score</source>
        <translation>Điểm đo</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="78" />
        <source>Committee</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="80" />
        <location filename="../review_page.cpp" line="223" />
        <source>Click the sheet where a name is to see it closer.</source>
        <translation>Bấm vào chỗ có tên trên phiếu để xem phóng to.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="90" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="91" />
        <source>invalid: not issued by the committee</source>
        <translation>không hợp lệ: không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="92" />
        <source>invalid: a name written in</source>
        <translation>không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="93" />
        <source>invalid: identifying mark</source>
        <translation>không hợp lệ: có ký hiệu riêng</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="95" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="96" />
        <source>Why (for the minutes)</source>
        <translation>Lý do (ghi vào biên bản)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="98" />
        <source>Record the ruling (two members)…</source>
        <translation>Ghi quyết định (hai thành viên xác nhận)…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="109" />
        <source>Two members of the counting committee confirm this ruling.</source>
        <translation>Hai thành viên Ban kiểm phiếu xác nhận quyết định này.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="113" />
        <source>The ruling was not recorded</source>
        <translation>Chưa ghi được quyết định</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="144" />
        <source>%1 · sheet %2 · %3</source>
        <translation>%1 · tờ %2 · %3</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="209" />
        <source>No ballot is waiting for the committee.</source>
        <translation>Không có phiếu nào chờ Ban kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="227" />
        <source>Entered by hand:</source>
        <translation>Nhập tay:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="246" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="248" />
        <source>The recogniser read as struck: %1&lt;br&gt;Not sure about: %2</source>
        <translation>Máy đọc là bị gạch: %1&lt;br&gt;Chưa chắc chắn: %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="272" />
        <source>struck</source>
        <translation>gạch</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="324" />
        <source>Choose a ballot in the queue first.</source>
        <translation>Hãy chọn một phiếu trong danh sách chờ trước.</translation>
    </message>
</context>
<context>
    <name>kp::gui::Session</name>
    <message>
        <location filename="../session.cpp" line="21" />
        <source>%1: the record's congress cannot be read</source>
        <translation>%1: không đọc được thông tin đại hội trong hồ sơ</translation>
    </message>
</context>
<context>
    <name>kp::gui::SignInDialog</name>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="13" />
        <source>Two members confirm</source>
        <translation>Hai thành viên xác nhận</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="24" />
        <source>Member %1</source>
        <translation>Thành viên %1</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="25" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../sign_in_dialog.cpp" line="46" />
        <source>Sign-in refused for %1: unknown name or wrong password</source>
        <translation>Không đăng nhập được %1: sai tên hoặc sai mật khẩu</translation>
    </message>
</context>
<context>
    <name>kp::gui::ElectionEditor</name>
    <message>
        <location filename="../election_editor.cpp" line="28" />
        <source>Executive committee</source>
        <translation>Ban Chấp hành (Cấp ủy)</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="29" />
        <source>Standing committee</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="30" />
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="31" />
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="32" />
        <source>Inspection committee</source>
        <translation>Ủy ban kiểm tra</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="33" />
        <source>Chair of the inspection committee</source>
        <translation>Chủ nhiệm Ủy ban kiểm tra</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="34" />
        <source>Delegates to the congress above</source>
        <translation>Đại biểu dự đại hội cấp trên</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="35" />
        <source>Alternate delegates</source>
        <translation>Đại biểu dự khuyết</translation>
    </message>
    <message>
        <location filename="../election_editor.cpp" line="36" />
        <source>Other</source>
        <translation>Khác</translation>
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
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="35" />
        <source>only part of a name is struck</source>
        <translation>chỉ gạch một phần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36" />
        <source>a name is underlined</source>
        <translation>tên bị gạch chân</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37" />
        <source>a mark near a name</source>
        <translation>có dấu gần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38" />
        <source>a mark beside a name (tick, circle)</source>
        <translation>có dấu bên cạnh tên (đánh dấu, khoanh)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39" />
        <source>a fold runs through a name</source>
        <translation>nếp gấp chạy qua tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40" />
        <source>a faint stroke</source>
        <translation>nét gạch mờ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41" />
        <source>an unclear mark in a box</source>
        <translation>dấu trong ô không rõ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42" />
        <source>no stamp found</source>
        <translation>không thấy dấu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43" />
        <source>writing outside the list</source>
        <translation>có chữ viết ngoài danh sách</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="44" />
        <source>a corner is torn or folded</source>
        <translation>góc phiếu bị rách hoặc gấp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45" />
        <source>the ballot's code cannot be read</source>
        <translation>không đọc được mã của phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="46" />
        <source>a ballot of several sides, not scanned as one sheet: rule on every side from the paper</source>
        <translation>phiếu nhiều mặt, không quét như một tờ: xét mọi mặt trên tờ phiếu giấy</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>the letters of a name leave too little paper to see a stroke</source>
        <translation>chữ của tên in quá sát, không đủ chỗ trống để thấy nét gạch</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="47" />
        <source>the image cannot be read</source>
        <translation>không đọc được ảnh</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>the manual entries differ</source>
        <translation>các lần nhập tay không khớp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="49" />
        <source>a second entry is missing</source>
        <translation>còn thiếu lần nhập thứ hai</translation>
    </message>
</context>
<context>
    <name>kp::gui::Widgets</name>
    <message>
        <location filename="../widgets.cpp" line="39" />
        <source>%1 – round %2</source>
        <translation>%1 – lần %2</translation>
    </message>
</context>
</TS>