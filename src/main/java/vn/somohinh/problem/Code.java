package vn.somohinh.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingFormatArgumentException;
import java.util.UnknownFormatConversionException;

/**
 * Every problem the tool can report. The id is stable: CI rules, documentation and other tools depend on it.
 * The message is Vietnamese and says what to do; {@code %s} places are filled in order.
 * Documented one by one in docs/PROBLEMS.md (a test keeps the two in step).
 */
public enum Code {
    // Reading the file
    MISSING_FILE(Severity.ERROR, "missing-file", "thiếu tệp bắt buộc %s: hãy tạo tệp này theo mẫu trong README"),
    FILE_TOO_LARGE(Severity.ERROR, "file-too-large", "tệp lớn %s byte, vượt giới hạn %s byte: hãy kiểm tra xem có phần nào bị dán lặp hoặc dán nhầm và rút gọn, chi tiết để trong tài liệu đính kèm"),
    NOT_UTF8(Severity.ERROR, "not-utf8", "tệp không phải UTF-8 (%s): hãy lưu lại tệp với bảng mã UTF-8"),
    CONTROL_CHAR(Severity.ERROR, "control-char", "có ký tự điều khiển không được phép (%s): hãy xóa ký tự này, thường do sao chép từ phần mềm khác"),
    YAML_SYNTAX(Severity.ERROR, "yaml-syntax", "sai cú pháp YAML: %s"),
    EMPTY_FILE(Severity.ERROR, "empty-file", "tệp trống: hãy điền nội dung theo mẫu hoặc xóa tệp"),
    WRONG_SHAPE(Severity.ERROR, "wrong-shape", "%s phải là %s, nhưng đang là %s"),
    TOO_DEEP(Severity.ERROR, "too-deep", "dữ liệu lồng nhau quá %s tầng: hãy kiểm tra lại thụt lề"),
    YAML_ALIAS(Severity.ERROR, "yaml-alias", "không dùng tham chiếu YAML \"*%s\": hãy chép đầy đủ giá trị vào đây"),
    YAML_ANCHOR(Severity.ERROR, "yaml-anchor", "không dùng nhãn YAML \"&%s\": hãy xóa nhãn này"),
    YAML_MERGE_KEY(Severity.ERROR, "yaml-merge-key", "không dùng khóa gộp YAML \"<<\": hãy ghi đầy đủ từng trường"),
    YAML_TAG(Severity.ERROR, "yaml-tag", "không dùng thẻ kiểu YAML \"%s\": hãy xóa thẻ, chỉ ghi giá trị"),
    DUPLICATE_KEY(Severity.ERROR, "duplicate-key", "trường \"%s\" bị lặp (đã có ở dòng %s): hãy giữ lại một lần"),
    MULTIPLE_DOCUMENTS(Severity.ERROR, "multiple-documents", "tệp chỉ được chứa một tài liệu YAML: hãy xóa dòng \"---\" và phần sau nó, hoặc tách thành tệp riêng"),

    // Where the file is
    BAD_PATH(Severity.ERROR, "bad-path", "tệp đặt sai chỗ hoặc sai tên: %s"),
    SYMLINK(Severity.ERROR, "symlink", "tệp dữ liệu là liên kết tượng trưng (symlink): hãy thay bằng tệp thật"),
    UNEXPECTED_FILE(Severity.WARNING, "unexpected-file", "tệp này không thuộc dữ liệu của sổ và bị bỏ qua: hãy chuyển ra ngoài thư mục data/"),
    UNKNOWN_YEAR(Severity.ERROR, "unknown-year", "năm %s chưa có đợt đăng ký (thiếu tệp data/campaigns/%s.yaml): hãy kiểm tra tên thư mục năm"),
    UNKNOWN_UNIT_FOLDER(Severity.ERROR, "unknown-unit-folder", "thư mục \"%s\" không phải mã đơn vị nào trong data/units.yaml%s: hãy đổi tên thư mục theo đúng mã đơn vị, hoặc bổ sung đơn vị vào data/units.yaml"),

    // Keys and values
    MISSING_KEY(Severity.ERROR, "missing-key", "thiếu trường bắt buộc \"%s\" (%s): hãy bổ sung"),
    EMPTY_VALUE(Severity.ERROR, "empty-value", "trường bắt buộc \"%s\" đang để trống: hãy điền %s"),
    UNKNOWN_KEY(Severity.ERROR, "unknown-key", "trường \"%s\" không có trong mẫu%s"),
    WRONG_TYPE(Severity.ERROR, "wrong-type", "trường \"%s\" phải là %s, nhưng đang là %s"),
    TEXT_TOO_LONG(Severity.ERROR, "text-too-long", "trường \"%s\" dài %s ký tự, vượt giới hạn %s: hãy viết ngắn gọn hơn, chi tiết để trong tài liệu đính kèm"),
    INVALID_ID(Severity.ERROR, "invalid-id", "trường \"%s\": mã \"%s\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, tối đa 64 ký tự (ví dụ: xa-loc-an)"),
    INVALID_DATE(Severity.ERROR, "invalid-date", "trường \"%s\": ngày \"%s\" không hợp lệ: hãy ghi một ngày có thật theo dạng năm-tháng-ngày, ví dụ 2023-03-10"),
    INVALID_NUMBER(Severity.ERROR, "invalid-number", "trường \"%s\": \"%s\" không phải số nguyên không âm: hãy ghi số đồng, chỉ gồm chữ số, ví dụ 15000000"),
    INVALID_BOOLEAN(Severity.ERROR, "invalid-boolean", "trường \"%s\": \"%s\" không phải giá trị có/không: hãy ghi true (có) hoặc false (không)"),
    INVALID_URL(Severity.ERROR, "invalid-url", "trường \"%s\": đường dẫn \"%s\" không hợp lệ: chỉ chấp nhận địa chỉ bắt đầu bằng http:// hoặc https://"),
    INVALID_ACCOUNT(Severity.ERROR, "invalid-account", "trường \"%s\": tài khoản \"%s\" không hợp lệ: hãy ghi dạng @ten hoặc @to-chuc/nhom"),

    FORGE_REQUIRED(Severity.ERROR, "forge-required", "trường \"kho_ma_nguon\": không biết kho %s chạy phần mềm nào (chỉ đoán được github.com và gitlab.com): hãy ghi thêm loai_kho: github, gitlab, gitea hoặc forgejo, để các liên kết sửa tệp, lịch sử và tạo tệp mở đúng trang"),
    FORGE_MISMATCH(Severity.ERROR, "forge-mismatch", "trường \"loai_kho\": kho %s chạy %s, không phải %s: hãy sửa loai_kho thành %s hoặc xóa dòng này (với %s không cần ghi)"),
    INVALID_BRANCH(Severity.ERROR, "invalid-branch", "trường \"nhanh_chinh\": \"%s\" không phải tên nhánh Git hợp lệ: hãy ghi đúng tên nhánh chính của kho, ví dụ main"),
    NOT_A_TEAM(Severity.ERROR, "not-a-team", "trường \"%s\": \"%s\" không phải tài khoản nhóm: nhóm ghi dạng @to-chuc/nhom, đúng như trong quan_tri của đơn vị"),

    // Across files
    UNKNOWN_TEAM(Severity.WARNING, "unknown-team", "trường \"%s\": nhóm %s không có trong danh sách nhom của data/site.yaml, nên lệnh owners --check không biết ai thuộc nhóm này và sẽ từ chối mọi thay đổi của họ vào thư mục của đơn vị: hãy thêm nhóm và các thành viên vào nhom"),
    DUPLICATE_ID(Severity.ERROR, "duplicate-id", "trường \"%s\": mã \"%s\" bị trùng (đã dùng ở dòng %s): mỗi mã chỉ dùng một lần, hãy đổi mã hoặc xóa một trong hai mục"),
    UNKNOWN_REFERENCE(Severity.ERROR, "unknown-reference", "trường \"%s\": %s \"%s\" không có trong %s%s: hãy sửa cho đúng một mã đã có"),
    DATE_ORDER(Severity.ERROR, "date-order", "trường \"%s\" (%s %s) sau trường \"%s\" (%s %s): hãy kiểm tra lại hai ngày này"),
    ISSUER_LINES(Severity.ERROR, "issuer-lines", "trường \"%s\" có %s dòng, nhưng phần đầu văn bản cần đúng 2 dòng: cơ quan cấp trên rồi cơ quan ban hành, ví dụ [Huyện ủy Bảo Lâm, Ban Tổ chức]; hãy sửa lại, hoặc bỏ trường này để dùng tên cấp ủy và cơ quan tổng hợp"),
    REVIEW_BEFORE_REGISTRATION(Severity.ERROR, "review-before-registration", "trường \"%s\": ngày xem xét %s trước ngày đăng ký %s (ngay_dang_ky của tệp đăng ký): hãy kiểm tra lại ngày"),
    REVIEW_ORDER(Severity.ERROR, "review-order", "trường \"%s\": các bước xem xét phải theo thứ tự ngày, nhưng %s đứng sau %s của %s: hãy sửa ngày hoặc sắp xếp lại các bước"),
    STATUS_TRANSITION(Severity.ERROR, "status-transition", "trường \"%s\": không thể chuyển từ \"%s\" sang \"%s\": từ \"%s\" chỉ được chuyển sang %s; hãy kiểm tra lại trạng thái này hoặc các bước trước nó"),
    EVALUATION_TOO_EARLY(Severity.ERROR, "evaluation-too-early", "trường \"danh_gia\": chỉ đánh giá, xếp loại khi mô hình đã tổng kết, nhưng trạng thái hiện tại là \"%s\": hãy thêm bước tong-ket hoặc bỏ phần danh_gia"),
    ORPHAN_REVIEW(Severity.ERROR, "orphan-review", "không có tệp đăng ký tương ứng %s: hãy kiểm tra tên tệp, hoặc xóa tệp xem xét này"),
    REGISTRATION_UNREADABLE(Severity.WARNING, "registration-unreadable", "tệp đăng ký tương ứng %s có lỗi nên chưa đọc được: tệp xem xét này chờ các lỗi đó được sửa, không cần sửa hay xóa tệp này"),

    // Other commands
    CODEOWNERS_OUTDATED(Severity.ERROR, "codeowners-outdated", "%s: hãy chạy `mvn -B -q compile exec:java -Dexec.args=\"codeowners --forge %s\"` và commit"),
    CODEOWNERS_SHADOWED(Severity.ERROR, "codeowners-shadowed", "%s đọc tệp này trước tệp CODEOWNERS của mình nên hiểu sai quyền sở hữu: hãy xóa tệp này (mỗi kho có tệp riêng trong .github/, .gitlab/, .gitea/, .forgejo/, sinh bằng lệnh codeowners --forge)"),
    NOT_OWNER(Severity.ERROR, "not-owner", "tài khoản %s không được thay đổi tệp này (%s): chỉ %s được thay đổi, theo data/units.yaml và data/site.yaml ở %s, không theo bản đang sửa; hãy bỏ thay đổi ở tệp này, hoặc nhờ một người trong số đó thực hiện%s"),
    SCHEMAS_OUTDATED(Severity.ERROR, "schemas-outdated", "%s không khớp với data/ (danh mục mã đã đổi): hãy chạy `mvn -B -q compile exec:java -Dexec.args=\"schemas\"` và commit"),
    FILE_EXISTS(Severity.ERROR, "file-exists", "tệp đã có, không ghi đè: hãy chọn mã mô hình khác (--slug)"),
    UNKNOWN_MODEL(Severity.ERROR, "unknown-model", "không có mô hình \"%s\" (%s): hãy ghi đường dẫn tệp đăng ký, tệp xem xét hoặc năm/mã-đơn-vị/mã-mô-hình của một mô hình đã đăng ký, ví dụ 2023/xa-loc-an/ca-phe-ben-vung"),
    MODEL_HAS_ERRORS(Severity.ERROR, "model-has-errors", "mô hình %s có %s lỗi trong tệp của nó (lỗi đầu tiên ở %s): không ghi gì cho mô hình nào; hãy sửa các lỗi đó (chạy validate) rồi chạy lại lệnh"),
    DECIDE_TRANSITION(Severity.ERROR, "decide-transition", "mô hình %s đang ở trạng thái \"%s\", không thể chuyển sang \"%s\" (--status): từ \"%s\" chỉ được chuyển sang %s; hãy chọn trạng thái khác hoặc bỏ mô hình này khỏi lệnh"),
    DECIDE_DATE(Severity.ERROR, "decide-date", "ngày %s (--date) trước %s %s của mô hình %s: các bước xem xét phải theo thứ tự ngày; hãy ghi ngày từ %s trở đi"),
    REVIEW_FLOW_STYLE(Severity.ERROR, "review-flow-style", "không thêm được bước vào \"qua_trinh\" mà giữ nguyên tệp: danh sách này cần viết dạng khối, mỗi bước một mục \"- ngay: …\" ở các dòng dưới \"qua_trinh:\" (không viết [ … ] trên một dòng); hãy viết lại như vậy rồi chạy lại lệnh"),
    REVIEW_READ_BACK(Severity.ERROR, "review-read-back", "sau khi thêm bước, tệp không còn đọc ra đúng các bước cũ cộng bước mới (cách viết của tệp khác thường): không ghi gì; hãy thêm bước này bằng tay rồi chạy validate"),
    GRADE_STATUS(Severity.ERROR, "grade-status", "mô hình %s đang ở trạng thái \"%s\": chỉ đánh giá (danh_gia) mô hình đã tổng kết (tong-ket); hãy ghi bước tổng kết trước (decide --status tong-ket) hoặc bỏ mô hình này khỏi lệnh"),
    GRADE_EXISTS(Severity.ERROR, "grade-exists", "mô hình %s đã có đánh giá (danh_gia): không ghi đè; hãy thêm --replace nếu muốn thay đánh giá này, hoặc bỏ mô hình này khỏi lệnh"),
    IMPORT_CONVERTED(Severity.NOTE, "import-converted", "đã đọc \"%s\" thành %s"),
    IMPORT_DATE(Severity.ERROR, "import-date", "không đọc được ngày \"%s\" (%s): hãy ghi ngày/tháng/năm, ví dụ 10/3/2023, hoặc năm-tháng-ngày, ví dụ 2023-03-10"),
    IMPORT_MONEY(Severity.ERROR, "import-money", "không đọc được số tiền \"%s\" (%s): hãy ghi số đồng, ví dụ 15.000.000, 15.000.000 đồng hoặc 15 triệu"),
    IMPORT_UNKNOWN(Severity.ERROR, "import-unknown", "%s \"%s\" không có trong %s%s: hãy ghi đúng mã hoặc tên như trong danh mục đó"),
    IMPORT_NO_UNIT(Severity.ERROR, "import-no-unit", "không rõ mô hình của đơn vị nào: hãy thêm cột \"Đơn vị\" (mã hoặc tên đơn vị) hoặc chạy lệnh với --unit"),
    IMPORT_NO_YEAR(Severity.ERROR, "import-no-year", "không rõ năm đăng ký: hãy thêm cột \"Năm\" hoặc chạy lệnh với --year"),
    IMPORT_YEAR(Severity.ERROR, "import-year", "năm \"%s\" không phải năm có 4 chữ số: hãy ghi năm của đợt đăng ký, ví dụ 2023"),
    IMPORT_CODE(Severity.ERROR, "import-code", "mã \"%s\" không dùng được làm tên tệp: hãy ghi chữ thường không dấu, số và dấu gạch ngang, ví dụ ca-phe-ben-vung, hoặc để trống để tạo mã từ tên mô hình"),
    IMPORT_LINE(Severity.ERROR, "import-line", "dòng \"%s\" của %s không đọc được: mỗi dòng ghi %s"),
    IMPORT_NO_NAME(Severity.ERROR, "import-no-name", "không có tên mô hình: hãy ghi cột \"Tên mô hình\" (hoặc cột \"Mã\" của một tệp đã có)"),
    IMPORT_EXISTS(Severity.ERROR, "import-exists", "tệp %s đã có, nội dung khác ở %s: không ghi đè; hãy chạy lại với --update để ghi các thay đổi (xem trước bằng --dry-run)"),
    IMPORT_SAME_TARGET(Severity.ERROR, "import-same-target", "cùng ghi vào %s với %s: hãy bỏ một trong hai, hoặc ghi mã khác ở cột \"Mã\""),
    IMPORT_UPDATE_STYLE(Severity.ERROR, "import-update-style", "tệp %s không viết theo dạng khối (mỗi trường bắt đầu một dòng \"khóa: giá trị\") nên không sửa được mà vẫn giữ nguyên phần còn lại: hãy sửa tay tệp này"),
    IMPORT_READ_BACK(Severity.ERROR, "import-read-back", "tệp %s viết ra không đọc lại đúng các giá trị đã nhập (cách viết của tệp cũ khác thường): không ghi gì; hãy sửa tay tệp này"),
    IMPORT_FORMAT(Severity.ERROR, "import-format", "không nhập được loại tệp \"%s\": hãy lưu tệp thành bảng Excel (.xlsx), CSV (.csv) hoặc phiếu Word (.docx) rồi nhập lại"),
    IMPORT_MISSING(Severity.ERROR, "import-missing", "không có tệp %s: hãy kiểm tra tên và đường dẫn của tệp cần nhập"),
    NO_MODEL_SELECTED(Severity.ERROR, "no-model-selected", "không có mô hình nào của năm %s khớp với lựa chọn (%s): hãy kiểm tra --year, --from-status, --unit, --unit-type"),

    // Warnings
    LATE(Severity.WARNING, "late", "trường \"ngay_dang_ky\": đăng ký ngày %s, sau hạn %s của đợt %s: việc nhận đăng ký muộn do %s xem xét, hãy báo lý do đăng ký muộn cho cơ quan này"),
    NOT_REGISTERED(Severity.WARNING, "not-registered", "%s (mã %s) chưa đăng ký mô hình nào cho đợt %s%s: đơn vị cần đăng ký bằng tệp %s, tạo bằng trang \"Tạo hồ sơ\" của sổ hoặc bằng lệnh mvn -B -q compile exec:java -Dexec.args=\"%s\""),
    OUTSIDE_TARGET(Severity.WARNING, "outside-target", "đơn vị thuộc loại \"%s\", không nằm trong đối tượng phải đăng ký của đợt %s: đăng ký vẫn được nhận, chỉ cần kiểm tra lại đơn vị đăng ký nếu có nhầm lẫn"),
    UNIT_INACTIVE(Severity.WARNING, "unit-inactive", "đơn vị không còn hoạt động trong năm %s (%s): hãy kiểm tra lại đơn vị đăng ký"),
    NO_BASIS(Severity.WARNING, "no-basis", "trường \"can_cu\": mô hình không căn cứ văn bản nào của đợt %s: nên dẫn ít nhất một trong %s"),
    NOT_REVIEWED(Severity.WARNING, "not-reviewed", "mô hình vẫn ở trạng thái \"Đã đăng ký\" sau %s ngày kể từ hạn %s: %s cần xem xét và ghi kết quả vào %s"),
    GENERIC_NOVELTY(Severity.WARNING, "generic-novelty", "trường \"tinh_moi\" chỉ có %s từ, còn chung chung: nên nêu rõ điểm mới, sáng tạo so với cách làm cũ"),
    NO_MEASURABLE_TARGET(Severity.WARNING, "no-measurable-target", "trường \"chi_tieu\": không chỉ tiêu nào có con số: nên có ít nhất một chỉ tiêu đo được (ví dụ \"100%% hộ ...\")"),
    SIMILAR_NAME(Severity.WARNING, "similar-name", "trường \"ten_mo_hinh\": tên mô hình gần trùng với mô hình \"%s\" của %s (%s): hãy đặt tên nêu rõ điểm riêng của đơn vị mình, hoặc trao đổi với đơn vị kia nếu hai bên cùng làm một mô hình (ghi đơn vị phối hợp vào don_vi_phoi_hop)"),
    SIMILAR_CONTENT(Severity.WARNING, "similar-content", "tên và nội dung (ten_mo_hinh, tinh_moi, noi_dung) giống %s%% với mô hình %s của %s (%s): nên nêu rõ điểm riêng, sáng tạo của đơn vị mình"),

    // import: a filled Word form
    IMPORT_WORD_UNREADABLE(Severity.ERROR, "import-word-unreadable", "không đọc được tệp Word: %s; hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dưới dạng Word (.docx) rồi nhập lại"),
    IMPORT_WORD_LIMIT(Severity.ERROR, "import-word-limit", "tệp Word vượt giới hạn an toàn (%s) nên không được đọc: tệp có thể bị hỏng hoặc bị cố ý làm hại; hãy đề nghị đơn vị ghi lại vào mẫu phiếu mau-dang-ky-<năm>.docx và gửi lại"),
    IMPORT_WORD_NOT_FORM(Severity.ERROR, "import-word-not-form", "tệp Word không phải phiếu đăng ký mô hình: không có ô nào của mẫu phiếu; hãy ghi vào mẫu mau-dang-ky-<năm>.docx của đợt đăng ký (tải ở trang của đợt) rồi nhập lại"),
    // Import of tables and forms: problems at the file
    IMPORT_UNREADABLE(Severity.ERROR, "import-unreadable", "không đọc được tệp: %s; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8 rồi nhập lại"),
    IMPORT_OLD_FORMAT(Severity.ERROR, "import-old-format", "tệp Excel dạng cũ (.xls, Excel 97-2003) không nhập được: hãy lưu lại dạng .xlsx (trong Excel: Lưu thành, kiểu Sổ làm việc Excel) rồi nhập tệp .xlsx đó"),
    IMPORT_MACRO(Severity.ERROR, "import-macro", "tệp có macro (VBA), không nhập vì lý do an toàn: hãy lưu lại dạng không có macro (.xlsx cho bảng tính, .docx cho văn bản Word) rồi nhập tệp đó"),
    IMPORT_ENCRYPTED(Severity.ERROR, "import-encrypted", "tệp được đặt mật khẩu (mã hóa) nên không đọc được: hãy mở tệp, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại"),
    IMPORT_TOO_MANY_ROWS(Severity.ERROR, "import-too-many-rows", "tệp có hơn %s dòng có dữ liệu (cộng mọi trang tính), không nhập tệp lớn như vậy: hãy chia thành nhiều tệp nhỏ hơn rồi nhập từng tệp"),
    IMPORT_NO_HEADER(Severity.ERROR, "import-no-header", "không tìm thấy dòng tiêu đề cột trong %s dòng đầu của trang tính nào: cần một dòng có ít nhất hai tiêu đề cột như \"Tên mô hình\", \"Đơn vị\", \"Lĩnh vực\", \"Ngày đăng ký\"; hãy thêm hoặc sửa dòng tiêu đề rồi nhập lại"),
    IMPORT_TOO_LARGE(Severity.ERROR, "import-too-large", "tệp quá lớn để nhập một lần (%s): hãy chia thành nhiều tệp nhỏ hơn rồi nhập từng tệp");

    private final Severity severity;
    private final String id;
    private final String template;
    /** The template's text around its {@code %s}, {@code %%} already made {@code %}: split once, filled per problem. */
    private final String[] pieces;

    Code(Severity severity, String id, String template) {
        this.severity = severity;
        this.id = id;
        this.template = template;
        this.pieces = pieces(template);
    }

    public Severity severity() {
        return severity;
    }

    public String id() {
        return id;
    }

    public String template() {
        return template;
    }

    /**
     * The template with its {@code %s} filled in order, as {@code String.format} would: made in one allocation of
     * the right size, since a run may report 100,000 problems.
     */
    public String message(Object... args) {
        if (args.length < pieces.length - 1) {
            throw new MissingFormatArgumentException("%s");
        }
        String[] parts = new String[pieces.length * 2 - 1];
        for (int i = 0; i < pieces.length; i++) {
            parts[2 * i] = pieces[i];
            if (i + 1 < pieces.length) {
                parts[2 * i + 1] = String.valueOf(args[i]);
            }
        }
        return String.join("", parts);
    }

    /** "a %s b %%" → {"a ", " b %"}; any other conversion is refused, so that {@link #message} equals String.format. */
    private static String[] pieces(String template) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                piece.append(c);
                continue;
            }
            char kind = i + 1 < template.length() ? template.charAt(++i) : ' ';
            if (kind == 's') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else if (kind == '%') {
                piece.append('%');
            } else {
                throw new UnknownFormatConversionException(String.valueOf(kind));
            }
        }
        pieces.add(piece.toString());
        return pieces.toArray(String[]::new);
    }
}
