package vn.somohinh.load;

import java.util.List;
import java.util.Locale;

/**
 * Says in Vietnamese what a YAML syntax error usually means for a person editing by hand. The parser's English only
 * picks the hint; it never reaches a message. Places always come from the parser's marks.
 */
final class SyntaxHints {
    /** What to tell, and whether the fault is where the construct opened (the context mark) rather than where the parser stopped. */
    record Hint(String text, boolean atContext) {
    }

    /** A hint chosen when each fragment occurs in the parser's problem and context (lower case). */
    private record Rule(List<String> fragments, Hint hint) {
    }

    static final String GENERAL = "không đọc được dữ liệu từ chỗ này: hãy kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm"
            + " sau tên trường, các dấu nháy và dấu ngoặc ở dòng này và dòng ngay trên";
    static final String COMPLEX_KEY = "tên trường phải là một chữ, không được là danh sách hay nhóm trường"
            + " (khóa phức với \"?\"): hãy viết \"ten_truong: giá trị\"";
    static final String DOCUMENT_END = "dòng \"...\" đánh dấu hết dữ liệu nên các dòng sau nó bị bỏ qua: hãy xóa dòng này";
    static final String LIMIT = "dữ liệu ở đây vượt giới hạn đọc (tên trường, con số hoặc văn bản quá dài): hãy kiểm tra"
            + " dòng này, thường do thiếu dấu xuống dòng hoặc dấu nháy";
    static final String TOO_LONG = "tệp quá dài để đọc một lần: hãy tách thành các tệp nhỏ hơn";
    private static final String DIRECTIVE = "dòng bắt đầu bằng % là chỉ thị YAML, không dùng trong dữ liệu: hãy xóa"
            + " dòng này, hoặc đặt giá trị trong dấu nháy kép";
    static final String ESCAPE = "mã thoát sau dấu \\ trong chuỗi nháy kép không hợp lệ: hãy viết \\\\ cho một dấu \\,"
            + " hoặc dùng nháy đơn ' thay cho nháy kép";

    private static final List<Rule> RULES = List.of(
            rule("không dùng phím Tab để thụt lề, hãy dùng dấu cách", false, "(tab)"),
            rule(ESCAPE, false, "double-quoted scalar", "escape"),
            rule("thiếu dấu nháy đóng: mỗi dấu nháy mở (\" hoặc ') cần một dấu nháy đóng cùng loại", true,
                    "quoted scalar", "found unexpected"),
            rule("thiếu dấu ] đóng danh sách mở ở đây: hãy thêm dấu ] sau mục cuối", true, "flow sequence", "<stream end>"),
            rule("thiếu dấu } đóng nhóm mở ở đây: hãy thêm dấu } sau mục cuối", true, "flow mapping", "<stream end>"),
            rule("danh sách trong ngoặc vuông [ ] phải có dấu phẩy giữa các mục: hãy thêm dấu phẩy, hoặc đặt mục có"
                    + " dấu hai chấm trong dấu nháy kép", false, "expected ',' or ']'"),
            rule("nhóm trong ngoặc nhọn { } phải có dấu phẩy giữa các cặp \"tên: giá trị\": hãy thêm dấu phẩy", false,
                    "expected ',' or '}'"),
            rule("dấu hai chấm đặt sai chỗ: nếu giá trị có chứa \": \", hãy đặt cả giá trị trong dấu nháy kép", false,
                    "mapping values are not allowed"),
            rule("thiếu dấu hai chấm sau tên trường, hoặc một dòng văn bản dài bị xuống dòng sai thụt lề", false,
                    "could not find expected ':'"),
            rule("mục danh sách \"- \" đặt sai chỗ: hãy xuống dòng, mỗi mục một dòng, thụt lề bằng dấu cách dưới tên"
                    + " trường", false, "sequence entries are not allowed"),
            rule(COMPLEX_KEY, false, "mapping keys are not allowed"),
            rule("sau dấu | hoặc > chỉ được có + hoặc - hoặc một chữ số từ 1 đến 9: hãy viết văn bản từ dòng sau,"
                    + " thụt lề bằng dấu cách", false, "block scalar"),
            rule(DIRECTIVE, false, "directive"),
            rule(DIRECTIVE, false, "yaml document"),
            rule("có chữ thừa sau giá trị trong dấu nháy, hoặc thụt lề không đều: hãy đặt cả giá trị trong một cặp"
                    + " dấu nháy và kiểm tra thụt lề", false, "<block end>", "'<scalar>'"),
            rule("thụt lề không đều: các trường cùng cấp phải thẳng hàng, các mục con thụt vào bằng dấu cách", false,
                    "block end"),
            rule("phần dữ liệu phía trên đã khép lại nên dòng này bị thừa: hãy kiểm tra thụt lề và dấu ngoặc ở các"
                    + " dòng trên", false, "expected '<document start>'"),
            rule("thiếu giá trị ở đây: hãy ghi giá trị sau dấu hai chấm, hoặc xóa dấu phẩy, dấu ngoặc thừa", false,
                    "expected the node content"),
            rule("không dùng thẻ kiểu YAML (bắt đầu bằng !): hãy xóa thẻ; nếu giá trị bắt đầu bằng !, hãy đặt cả giá"
                    + " trị trong dấu nháy kép", false, "tag"),
            rule("sau dấu & hoặc * phải là một tên, và nhãn, tham chiếu YAML đều không được dùng: nếu giá trị bắt đầu"
                    + " bằng & hoặc *, hãy đặt cả giá trị trong dấu nháy kép", false, "while scanning an a"),
            rule("có ký tự không được đứng đầu giá trị (như @, `, %): hãy đặt cả giá trị trong dấu nháy kép", false,
                    "cannot start any token"));

    private SyntaxHints() {
    }

    private static Rule rule(String text, boolean atContext, String... fragments) {
        return new Rule(List.of(fragments), new Hint(text, atContext));
    }

    /** The hint for the parser's problem and context texts (either may be null); a general one when none fits. */
    static Hint explain(String problem, String context) {
        String p = (problem + " " + context).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.fragments().stream().allMatch(p::contains)) {
                return rule.hint();
            }
        }
        return new Hint(GENERAL, false);
    }
}
