package vn.somohinh.load;

import java.util.Locale;

/** Says in Vietnamese what a YAML syntax error usually means for a person editing by hand. */
final class SyntaxHints {
    private SyntaxHints() {
    }

    /** Picks the hint from the parser's English problem text; places always come from the parser's marks. */
    static String explain(String parserProblem) {
        String p = parserProblem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) {
            return "không dùng phím Tab để thụt lề, hãy dùng dấu cách";
        }
        if (p.contains("quoted scalar")) {
            return "thiếu dấu nháy đóng: mỗi dấu nháy mở (\" hoặc ') cần một dấu nháy đóng cùng loại";
        }
        if (p.contains("mapping values are not allowed")) {
            return "dấu hai chấm đặt sai chỗ: nếu giá trị có chứa \": \", hãy đặt cả giá trị trong dấu nháy kép";
        }
        if (p.contains("could not find expected ':'")) {
            return "thiếu dấu hai chấm sau tên trường, hoặc một dòng văn bản dài bị xuống dòng sai thụt lề";
        }
        if (p.contains("block end") || p.contains("expected key") || p.contains("indentation")) {
            return "thụt lề không đều: các trường cùng cấp phải thẳng hàng, các mục con thụt vào bằng dấu cách";
        }
        if (p.contains("cannot start any token")) {
            return "có ký tự không được đứng đầu giá trị (như @, `, %): hãy đặt cả giá trị trong dấu nháy kép";
        }
        return "hãy kiểm tra thụt lề, dấu hai chấm và dấu nháy ở dòng này (chi tiết: "
                + parserProblem.strip().replaceAll("\\s+", " ") + ")";
    }
}
