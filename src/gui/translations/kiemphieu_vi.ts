<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name>kp::gui::BallotsPage</name>
    <message>
        <location filename="../ballots_page.cpp" line="43" />
        <source>Ballots</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="46" />
        <source>Save the ballots as PDF…</source>
        <translation>Lưu phiếu bầu thành PDF…</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61" />
        <source>Save the ballots</source>
        <translation>Lưu phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="61" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="64" />
        <source>The ballots were not saved</source>
        <translation>Chưa lưu được phiếu bầu</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="85" />
        <source>Open a congress record first.</source>
        <translation>Hãy mở hồ sơ đại hội trước.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="93" />
        <source>As printed: the stamp goes in the top-left box; voters strike through the names they reject. Nothing on a ballot identifies a voter.</source>
        <translation>Như khi in: dấu đóng vào ô góc trên bên trái; cử tri gạch ngang tên người mình không bầu. Trên phiếu không có gì nhận ra được người bầu.</translation>
    </message>
    <message>
        <location filename="../ballots_page.cpp" line="109" />
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
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
    <name>kp::gui::CongressPage</name>
    <message>
        <location filename="../congress_page.cpp" line="19" />
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="21" />
        <source>New record from a congress file…</source>
        <translation>Lập hồ sơ từ tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="22" />
        <source>Open a record…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Seats</source>
        <translation>Số cần bầu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Candidates</source>
        <translation>Số người trong danh sách</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="31" />
        <source>Base</source>
        <translation>Số căn cứ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="33" />
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43" />
        <source>Open a congress record</source>
        <translation>Mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="43" />
        <location filename="../congress_page.cpp" line="56" />
        <source>Congress records (*.kpdb)</source>
        <translation>Hồ sơ đại hội (*.kpdb)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="46" />
        <source>Cannot open the record</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52" />
        <source>Congress file</source>
        <translation>Tệp thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="52" />
        <source>Congress files (*.json)</source>
        <translation>Tệp đại hội (*.json)</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="56" />
        <source>New congress record</source>
        <translation>Hồ sơ đại hội mới</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="59" />
        <source>Cannot make the record</source>
        <translation>Không lập được hồ sơ</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="68" />
        <source>No congress record is open. Make one from the congress file, or open an existing one.</source>
        <translation>Chưa mở hồ sơ đại hội nào. Hãy lập hồ sơ từ tệp đại hội, hoặc mở hồ sơ đã có.</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75" />
        <source>congress of all members</source>
        <translation>đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="75" />
        <source>congress of delegates</source>
        <translation>đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="76" />
        <source>Convened: %1, base for the majority: %2</source>
        <translation>Số được triệu tập: %1, số làm căn cứ tính quá bán: %2</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="78" />
        <source>TRAINING CONGRESS</source>
        <translation>ĐẠI HỘI DIỄN TẬP</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86" />
        <source>strike names</source>
        <translation>gạch tên</translation>
    </message>
    <message>
        <location filename="../congress_page.cpp" line="86" />
        <source>yes/no</source>
        <translation>đồng ý / không đồng ý</translation>
    </message>
</context>
<context>
    <name>kp::gui::CountingPage</name>
    <message>
        <location filename="../counting_page.cpp" line="29" />
        <source>read</source>
        <translation>đã đọc</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31" />
        <source>to the committee</source>
        <translation>chuyển Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="31" />
        <source>not a ballot of this count</source>
        <translation>không phải phiếu của lần bầu này</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="60" />
        <source>Counting</source>
        <translation>Kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="65" />
        <source>Find scanners</source>
        <translation>Tìm máy quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="66" />
        <source>Folder of images…</source>
        <translation>Thư mục ảnh…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="67" />
        <source>Scanner:</source>
        <translation>Máy quét:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="76" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="77" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="79" />
        <source>Election:</source>
        <translation>Cuộc bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="81" />
        <source>Round:</source>
        <translation>Lần bầu:</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="108" />
        <source>Folder of scanned ballots</source>
        <translation>Thư mục ảnh phiếu đã quét</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="151" />
        <source>Sign in (Counting committee) so that the batch is recorded in your name.</source>
        <translation>Hãy đăng nhập (mục Ban kiểm phiếu) để đợt quét được ghi tên người thực hiện.</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="164" />
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n máy quét.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="165" />
        <source>No scanner found: check the cable and the power, or use a folder of images.</source>
        <translation>Không tìm thấy máy quét: hãy kiểm tra dây cáp và nguồn điện, hoặc dùng thư mục ảnh.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="168" />
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="199" />
        <source>Scanning: every sheet is saved before the next is fed…</source>
        <translation>Đang quét: mỗi tờ được lưu xong mới kéo tờ tiếp theo…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="200" />
        <source>Reading the ballots…</source>
        <translation>Đang đọc phiếu…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="201" />
        <source>Storing in the congress record…</source>
        <translation>Đang lưu vào hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="204" />
        <source>Scanned: %1 sheet(s)</source>
        <translation>Đã quét: %1 tờ</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="211" />
        <source>Press Start to resume the same batch.</source>
        <translation>Nhấn Bắt đầu để quét tiếp đợt này.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="221" />
        <source>Done: %1 sheet(s) counted, %2 for the committee to review.</source>
        <translation>Xong: đã kiểm %1 tờ, %2 tờ chờ Ban kiểm phiếu xem xét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="235" />
        <source>Read: %1 · to the committee: %2 · not ballots: %3 · of %4</source>
        <translation>Đã đọc: %1 · chuyển Ban kiểm phiếu: %2 · không phải phiếu: %3 · trên %4</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="236" />
        <source>Sheet %1 — %2</source>
        <translation>Tờ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../counting_page.cpp" line="271" />
        <source>%n sheet(s) are safely saved.</source>
        <translation>
            <numerusform>%n tờ đã được lưu an toàn.</numerusform></translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="273" />
        <source>The scanner is not answering: check its cable and power.</source>
        <translation>Máy quét không phản hồi: hãy kiểm tra dây cáp và nguồn điện.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="274" />
        <source>Another program is using the scanner: close it.</source>
        <translation>Một chương trình khác đang dùng máy quét: hãy đóng chương trình đó.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="275" />
        <source>The feeder is empty: put the ballots in the feeder.</source>
        <translation>Khay nạp giấy trống: hãy đặt phiếu vào khay.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="277" />
        <source>Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.</source>
        <translation>Kẹt giấy: mở máy quét, lấy tờ bị kẹt ra và đặt lại lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="279" />
        <source>The scanner's cover is open: close it.</source>
        <translation>Nắp máy quét đang mở: hãy đóng lại.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="281" />
        <source>Two sheets went through together: put the last sheets back on top of the stack.</source>
        <translation>Hai tờ bị kéo cùng lúc: đặt lại các tờ cuối lên trên cùng tập phiếu.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="282" />
        <source>This computer may not use the scanner (permissions).</source>
        <translation>Máy tính này không có quyền dùng máy quét.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="283" />
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="284" />
        <source>The scanner cannot scan this way (source, resolution or mode).</source>
        <translation>Máy quét không quét được theo cách này (khay, độ phân giải hoặc chế độ màu).</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="285" />
        <source>The computer ran out of memory.</source>
        <translation>Máy tính hết bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="286" />
        <source>The disk could not save the sheet: free some space.</source>
        <translation>Ổ đĩa không lưu được tờ phiếu: hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../counting_page.cpp" line="289" />
        <source>The scanner reported an error.</source>
        <translation>Máy quét báo lỗi.</translation>
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
        <location filename="../main_window.cpp" line="93" />
        <source>KiemPhieu – counting the ballots of Party congresses</source>
        <translation>KiemPhieu – phần mềm kiểm phiếu đại hội Đảng</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114" />
        <source>No congress record open</source>
        <translation>Chưa mở hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="117" />
        <source>Record: %1 · signed in: %2%3</source>
        <translation>Hồ sơ: %1 · đăng nhập: %2%3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="119" />
        <source>nobody</source>
        <translation>chưa có ai</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="120" />
        <source> · TRAINING</source>
        <translation> · DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>kp::gui::ManualEntryPage</name>
    <message>
        <location filename="../manual_entry_page.cpp" line="37" />
        <source>Type one letter for each of the %1 persons: d, k, h or -.</source>
        <translation>Gõ một chữ cho mỗi người trong %1 người: d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="44" />
        <source>"%1" is not d, k, h or -.</source>
        <translation>"%1" không phải d, k, h hoặc -.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="55" />
        <source>"%1" is not a name's number (1 to %2).</source>
        <translation>"%1" không phải số thứ tự của một tên (từ 1 đến %2).</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="66" />
        <source>Manual entry</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="75" />
        <source>e.g. 2 5  (Enter saves and goes to the next ballot)</source>
        <translation>ví dụ 2 5  (Enter để lưu và sang phiếu tiếp theo)</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="80" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="81" />
        <source>invalid: not issued by the committee</source>
        <translation>không hợp lệ: không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="82" />
        <source>invalid: a name written in</source>
        <translation>không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="83" />
        <source>invalid: identifying mark</source>
        <translation>không hợp lệ: có ký hiệu riêng</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="84" />
        <source>Election</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="85" />
        <source>Ballot number</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="86" />
        <source>Struck names</source>
        <translation>Tên bị gạch</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="87" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="99" />
        <source>Ballot %1 saved.</source>
        <translation>Đã lưu phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="113" />
        <location filename="../manual_entry_page.cpp" line="137" />
        <source>Sign in first (Counting committee): each entry is recorded in the operator's name.</source>
        <translation>Hãy đăng nhập trước (mục Ban kiểm phiếu): mỗi phiếu nhập được ghi tên người nhập.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="114" />
        <source>Entering as %1. Key the ballots of the stack in order; another operator enters the same stack.</source>
        <translation>Đang nhập với tên %1. Nhập lần lượt các phiếu của tập; một người khác nhập lại chính tập phiếu này.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="125" />
        <source>For each person in order: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; both boxes, &lt;b&gt;-&lt;/b&gt; none.</source>
        <translation>Lần lượt từng người: &lt;b&gt;d&lt;/b&gt; đồng ý, &lt;b&gt;k&lt;/b&gt; không đồng ý, &lt;b&gt;h&lt;/b&gt; đánh cả hai ô, &lt;b&gt;-&lt;/b&gt; không đánh.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="126" />
        <source>Type the numbers of the names &lt;b&gt;struck through&lt;/b&gt;:</source>
        <translation>Gõ số thứ tự của các tên &lt;b&gt;bị gạch&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="141" />
        <source>Choose an election.</source>
        <translation>Hãy chọn cuộc bầu.</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>Ballot %1: %2</source>
        <translation>Phiếu %1: %2</translation>
    </message>
    <message>
        <location filename="../manual_entry_page.cpp" line="155" />
        <source>nothing struck</source>
        <translation>không gạch tên nào</translation>
    </message>
</context>
<context>
    <name>kp::gui::ProjectionWindow</name>
    <message>
        <location filename="../projection_window.cpp" line="13" />
        <source>Results – projection</source>
        <translation>Kết quả – trình chiếu</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="32" />
        <source> – round %1</source>
        <translation> – bầu lần %1</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="34" />
        <source>Base %1 · ballots collected %2 · valid %3</source>
        <translation>Số căn cứ %1 · phiếu thu vào %2 · hợp lệ %3</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="49" />
        <source>Nobody is elected in this round.</source>
        <translation>Không có ai trúng cử ở lần bầu này.</translation>
    </message>
    <message>
        <location filename="../projection_window.cpp" line="53" />
        <source>Tie: %1 for %2 seat(s) — the congress votes again among them.</source>
        <translation>Bằng phiếu: %1 cho %2 chỗ — Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../projection_window.cpp" line="58" />
        <source>%n seat(s) unfilled — the congress decides.</source>
        <translation>
            <numerusform>Còn thiếu %n chỗ — Đại hội quyết định.</numerusform></translation>
    </message>
</context>
<context>
    <name>kp::gui::ReportsPage</name>
    <message>
        <location filename="../reports_page.cpp" line="43" />
        <source>Reports</source>
        <translation>Biên bản và báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="44" />
        <source>Make the minutes and every report</source>
        <translation>Lập biên bản và mọi báo cáo</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="45" />
        <source>Open the reports folder</source>
        <translation>Mở thư mục biên bản</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="53" />
        <source>Export the signed audit bundle…</source>
        <translation>Xuất gói kiểm tra có chữ ký số…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="56" />
        <source>The congress key (congress.key)</source>
        <translation>Khóa của đại hội (congress.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="56" />
        <source>Keys (*.key)</source>
        <translation>Khóa (*.key)</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="60" />
        <source>An empty folder for the audit bundle</source>
        <translation>Thư mục trống để lưu gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="65" />
        <source>The bundle was not exported</source>
        <translation>Chưa xuất được gói kiểm tra</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="78" />
        <source>Making the reports…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="92" />
        <source>The reports are made from the congress record into %1.</source>
        <translation>Biên bản được lập từ hồ sơ đại hội vào %1.</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="115" />
        <source>Audit bundle written to %1: %2 sheets, %3 audit events, signed with the key %4 (print it on the minutes).</source>
        <translation>Đã ghi gói kiểm tra vào %1: %2 tờ phiếu, %3 sự kiện nhật ký, ký bằng khóa %4 (ghi khóa này vào biên bản).</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="135" />
        <source>No reports: %1</source>
        <translation>Chưa lập được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../reports_page.cpp" line="143" />
        <source>Every page names the SHA-256 of the result: %1</source>
        <translation>Mỗi trang ghi mã SHA-256 của kết quả: %1</translation>
    </message>
</context>
<context>
    <name>kp::gui::ResultsPage</name>
    <message>
        <location filename="../results_page.cpp" line="22" />
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="25" />
        <source>Show in the hall (projector)</source>
        <translation>Trình chiếu tại hội trường</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>% of base</source>
        <translation>% so với số căn cứ</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>% of valid (not official)</source>
        <translation>% so với phiếu hợp lệ (tham khảo)</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="32" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="57" />
        <source>The count cannot be tallied yet: %1</source>
        <translation>Chưa tính được kết quả: %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="64" />
        <source>Not tallied: %1</source>
        <translation>Chưa tính được kết quả: %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="71" />
        <source> – round %1</source>
        <translation> – bầu lần %1</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="73" />
        <source>Tallied by the party's rules from the congress record (exact arithmetic; ties are never broken).</source>
        <translation>Tính theo Quy chế bầu cử trong Đảng từ hồ sơ đại hội (số học chính xác; bằng phiếu thì không tự chọn người).</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="93" />
        <source>Base %1 · collected %2 · valid %3 · invalid %4.</source>
        <translation>Số căn cứ %1 · thu vào %2 · hợp lệ %3 · không hợp lệ %4.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="99" />
        <source>Tie for %1 seat(s) between %2: the congress holds a runoff among them.</source>
        <translation>Bằng phiếu cho %1 chỗ giữa %2: Đại hội bầu lại giữa các đồng chí này.</translation>
    </message>
    <message>
        <location filename="../results_page.cpp" line="104" />
        <source>%1 seat(s) unfilled: the congress decides whether to vote again.</source>
        <translation>Còn thiếu %1 chỗ: Đại hội quyết định có bầu tiếp hay không.</translation>
    </message>
</context>
<context>
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="58" />
        <source>Review</source>
        <translation>Xem xét phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Score</source>
        <translation>Điểm đo</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="77" />
        <source>Committee</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="81" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="82" />
        <source>invalid: not issued by the committee</source>
        <translation>không hợp lệ: không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="83" />
        <source>invalid: a name written in</source>
        <translation>không hợp lệ: ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="84" />
        <source>invalid: identifying mark</source>
        <translation>không hợp lệ: có ký hiệu riêng</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="86" />
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="87" />
        <source>Why (for the minutes)</source>
        <translation>Lý do (ghi vào biên bản)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="89" />
        <source>Record the ruling (two members)…</source>
        <translation>Ghi quyết định (hai thành viên xác nhận)…</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="100" />
        <source>Two members of the counting committee confirm this ruling.</source>
        <translation>Hai thành viên Ban kiểm phiếu xác nhận quyết định này.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="104" />
        <source>The ruling was not recorded</source>
        <translation>Chưa ghi được quyết định</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="135" />
        <source>%1 · sheet %2 · %3</source>
        <translation>%1 · tờ %2 · %3</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="172" />
        <source>No ballot is waiting for the committee.</source>
        <translation>Không có phiếu nào chờ Ban kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="189" />
        <source>Entered by hand:</source>
        <translation>Nhập tay:</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="208" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="210" />
        <source>The recogniser read as struck: %1&lt;br&gt;Not sure about: %2</source>
        <translation>Máy đọc là bị gạch: %1&lt;br&gt;Chưa chắc chắn: %2</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="234" />
        <source>struck</source>
        <translation>gạch</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="286" />
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
    <name>kp::gui::ReviewPage</name>
    <message>
        <location filename="../review_page.cpp" line="34" />
        <source>only part of a name is struck</source>
        <translation>chỉ gạch một phần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="35" />
        <source>a name is underlined</source>
        <translation>tên bị gạch chân</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="36" />
        <source>a mark near a name</source>
        <translation>có dấu gần tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="37" />
        <source>a mark beside a name (tick, circle)</source>
        <translation>có dấu bên cạnh tên (đánh dấu, khoanh)</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="38" />
        <source>a fold runs through a name</source>
        <translation>nếp gấp chạy qua tên</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="39" />
        <source>a faint stroke</source>
        <translation>nét gạch mờ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="40" />
        <source>an unclear mark in a box</source>
        <translation>dấu trong ô không rõ</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="41" />
        <source>no stamp found</source>
        <translation>không thấy dấu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="42" />
        <source>writing outside the list</source>
        <translation>có chữ viết ngoài danh sách</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="43" />
        <source>a corner is torn or folded</source>
        <translation>góc phiếu bị rách hoặc gấp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="44" />
        <source>the ballot's code cannot be read</source>
        <translation>không đọc được mã của phiếu</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="45" />
        <source>a ballot of several sides</source>
        <translation>phiếu có nhiều mặt</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="46" />
        <source>the image cannot be read</source>
        <translation>không đọc được ảnh</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="47" />
        <source>the manual entries differ</source>
        <translation>các lần nhập tay không khớp</translation>
    </message>
    <message>
        <location filename="../review_page.cpp" line="48" />
        <source>a second entry is missing</source>
        <translation>còn thiếu lần nhập thứ hai</translation>
    </message>
</context>
</TS>