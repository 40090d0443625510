package vn.somohinh.yaml;

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
    static final String COMPLEX_KEY = "tên trường phải là một tên đơn, không được là danh sách hay nhóm trường (khóa phức,"
            + " viết với \"?\" hoặc trong ngoặc [ ] hay { }): hãy viết tên trường rồi dấu hai chấm, \"ten_truong: giá trị\","
            + " và đặt danh sách hay nhóm vào phần giá trị, sau dấu hai chấm";
    static final String DOCUMENT_END = "dòng \"...\" đánh dấu hết dữ liệu, nên các dòng sau nó không được đọc: hãy xóa"
            + " dòng này";
    static final String LIMIT = "dữ liệu từ chỗ này vượt giới hạn mà công cụ đọc được (tên trường, con số hoặc đoạn văn bản"
            + " quá dài): hãy kiểm tra dòng này, thường là do thiếu dấu nháy đóng hoặc thiếu dấu xuống dòng";
    private static final String DIRECTIVE = "dòng bắt đầu bằng % là chỉ thị của YAML, không dùng trong dữ liệu: hãy xóa"
            + " dòng này; nếu đó là một giá trị bắt đầu bằng %, hãy đặt cả giá trị trong dấu nháy kép";
    static final String ESCAPE = "trong giá trị đặt giữa hai dấu nháy kép, sau dấu \\ phải là một mã thoát hợp lệ (như \\n"
            + " hay \\t): muốn ghi chính dấu \\, hãy viết \\\\, hoặc đặt giá trị giữa hai dấu nháy đơn ' thay cho nháy kép";

    private static final List<Rule> RULES = List.of(
            rule("không dùng phím Tab để thụt lề: hãy thay các Tab ở đầu dòng bằng dấu cách", false, "(tab)"),
            rule(ESCAPE, false, "double-quoted scalar", "escape"),
            rule("thiếu dấu nháy đóng: hãy thêm một dấu nháy đóng cùng loại với dấu nháy mở ở đây (\" hoặc ') vào cuối"
                    + " giá trị", true, "quoted scalar", "found unexpected"),
            rule("thiếu dấu ] đóng danh sách mở ở đây: hãy thêm dấu ] sau mục cuối", true, "flow sequence", "<stream end>"),
            rule("thiếu dấu } đóng nhóm mở ở đây: hãy thêm dấu } sau mục cuối", true, "flow mapping", "<stream end>"),
            rule("danh sách trong ngoặc vuông [ ] phải có dấu phẩy giữa các mục: hãy thêm dấu phẩy, hoặc đặt mục có"
                    + " dấu hai chấm trong dấu nháy kép", false, "expected ',' or ']'"),
            rule("nhóm trong ngoặc nhọn { } phải có dấu phẩy giữa các cặp \"tên: giá trị\": hãy thêm dấu phẩy", false,
                    "expected ',' or '}'"),
            rule("dấu hai chấm đặt sai chỗ: nếu giá trị có chứa \": \", hãy đặt cả giá trị trong dấu nháy kép; nếu không,"
                    + " hãy kiểm tra thụt lề của dòng này", false, "mapping values are not allowed"),
            rule("thiếu dấu hai chấm sau tên trường: hãy thêm dấu hai chấm; nếu dòng này là phần tiếp theo của một đoạn"
                    + " văn bản, hãy nối nó vào dòng trên, hoặc viết cả đoạn dưới dấu | và thụt lề mọi dòng bằng dấu cách",
                    true, "could not find expected ':'"),
            rule("mục danh sách \"- \" đặt sai chỗ: hãy xuống dòng, mỗi mục một dòng, thụt lề bằng dấu cách dưới tên"
                    + " trường", false, "sequence entries are not allowed"),
            rule(COMPLEX_KEY, false, "mapping keys are not allowed"),
            rule("sau dấu | hoặc > chỉ được có dấu +, dấu - hoặc một chữ số từ 1 đến 9: hãy viết văn bản từ dòng sau,"
                    + " thụt lề bằng dấu cách", false, "block scalar"),
            rule(DIRECTIVE, false, "directive"),
            rule(DIRECTIVE, false, "yaml document"),
            rule("có chữ thừa sau giá trị trong dấu nháy, hoặc thụt lề không đều: hãy đặt cả giá trị trong một cặp"
                    + " dấu nháy và kiểm tra thụt lề", false, "<block end>", "'<scalar>'"),
            rule("thụt lề không đều: hãy cho các trường cùng cấp thẳng cột với nhau, và thụt các mục con vào sâu hơn"
                    + " bằng dấu cách", false, "block end"),
            rule("phần dữ liệu phía trên đã khép lại nên dòng này bị thừa: hãy kiểm tra thụt lề và dấu ngoặc ở các"
                    + " dòng trên", false, "expected '<document start>'"),
            rule("thiếu giá trị ở đây: hãy ghi giá trị sau dấu hai chấm, hoặc xóa dấu phẩy, dấu ngoặc thừa", false,
                    "expected the node content"),
            rule("không dùng thẻ kiểu của YAML (bắt đầu bằng !): hãy xóa thẻ; nếu giá trị bắt đầu bằng !, hãy đặt cả"
                    + " giá trị trong dấu nháy kép", false, "tag"),
            rule("không dùng nhãn (&) hay tham chiếu (*) của YAML: nếu giá trị bắt đầu bằng & hoặc *, hãy đặt cả giá trị"
                    + " trong dấu nháy kép", false, "while scanning an a"),
            rule("có ký tự không được đứng đầu giá trị (như @, `, %): hãy đặt cả giá trị trong dấu nháy kép", false,
                    "cannot start any token"));

    private SyntaxHints() {
    }

    private static Rule rule(String text, boolean atContext, String... fragments) {
        return new Rule(List.of(fragments), new Hint(text, atContext));
    }

    /**
     * SnakeYAML read more characters than it may ({@code limit}). The decoder's byte limits keep every file it lets
     * through within that limit, so this says only what is true (no advice to split: a roster is one file).
     */
    static String tooLong(int limit) {
        return "tệp dài hơn " + String.format(Locale.ROOT, "%,d", limit).replace(',', '.') + " ký tự, giới hạn mà công"
                + " cụ đọc được cho một tệp: hãy kiểm tra xem có phần nào bị dán lặp hoặc dán nhầm vào tệp; nếu nội dung"
                + " thật sự dài như vậy, hãy báo người duy trì công cụ";
    }

    /** Every text a syntax problem may carry, for tests: each says what to do. */
    static List<String> texts() {
        List<String> all = new java.util.ArrayList<>(List.of(GENERAL, COMPLEX_KEY, DOCUMENT_END, LIMIT, ESCAPE,
                tooLong(TextDecoder.MAX_LIST_BYTES)));
        RULES.forEach(rule -> all.add(rule.hint().text()));
        return all;
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
