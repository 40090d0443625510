package vn.somohinh.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/** Bytes the YAML reader must refuse, and values it must keep exactly as written. */
class SafeYamlReaderTest {
    private static final String FILE = "data/x.yaml";

    private static Node read(byte[] bytes, Problems problems) {
        return SafeYamlReader.read(FILE, bytes, problems);
    }

    private static List<Problem> problemsOf(byte[] bytes) {
        Problems problems = new Problems();
        Node node = read(bytes, problems);
        if (!problems.sorted().isEmpty()) {
            assertThat(node).as("a file with problems gives no tree").isNull();
        }
        return problems.sorted();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"007|007", "no|no", "on|on", "1.10|1.10", "0755|0755", "yes|yes", "2023-03-10|2023-03-10"})
    void plainScalarsKeepTheirText(String written, String expected) {
        Problems problems = new Problems();
        Node.Mapping map = (Node.Mapping) read(utf8("a: " + written + "\n"), problems);
        assertThat(problems.sorted()).isEmpty();
        Node.Scalar a = (Node.Scalar) map.get("a");
        assertThat(a.text()).isEqualTo(expected);
        assertThat(a.plain()).isTrue();
    }

    @Test
    void keepsLineAndColumnOfKeysAndValues() {
        Problems problems = new Problems();
        Node.Mapping map = (Node.Mapping) read(utf8("# đầu\nten: Lộc Thắng\nthoi_gian:\n  bat_dau: 2023-03-15\n"), problems);
        assertThat(map.entries().get("ten").keyPos()).isEqualTo(new Pos(2, 1));
        assertThat(map.get("ten").pos()).isEqualTo(new Pos(2, 6));
        Node.Mapping period = (Node.Mapping) map.get("thoi_gian");
        assertThat(period.get("bat_dau").pos()).isEqualTo(new Pos(4, 12));
    }

    @Test
    void crlfReadsExactlyAsLf() {
        String lf = "ten: A\nmo_ta: |\n  dòng một\n  dòng hai\nx: [a, b]\n";
        Problems p1 = new Problems();
        Problems p2 = new Problems();
        assertThat(read(utf8(lf.replace("\n", "\r\n")), p2)).isEqualTo(read(utf8(lf), p1));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] body = utf8("ten: Bảo Lâm\n");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Problems problems = new Problems();
        Node.Mapping map = (Node.Mapping) read(withBom, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(((Node.Scalar) map.get("ten")).text()).isEqualTo("Bảo Lâm");
    }

    @Test
    void latin1BytesAreRefusedAtTheirPlace() {
        byte[] bytes = "ten: ok\nmo_ta: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemsOf(bytes)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.message()).contains("0xE9");
        });
    }

    @Test
    void utf16IsRefusedWithItsName() {
        byte[] bytes = "\uFEFFten: A\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(problemsOf(bytes)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).contains("UTF-16");
        });
    }

    @Test
    void controlAndBidiCharactersAreRefused() {
        List<Problem> problems = problemsOf(utf8("ten: A\u0000B\nmo_ta: x\u202Ey\n"));
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 1, 7), tuple("control-char", 2, 9));
    }

    @Test
    void escapedControlCharactersAreRefusedToo() {
        // at the escape itself (issue 13, item 4), not at the start of the value
        assertThat(problemsOf(utf8("ten: \"A\\x00B\"\nmo_ta: \"x\\u202Ey\"\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 1, 8), tuple("control-char", 2, 10));
    }

    @Test
    void oversizeFileIsRefusedUnread() {
        byte[] big = new byte[TextDecoder.MAX_LIST_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(problemsOf(big)).extracting(Problem::code).containsExactly("file-too-large");
    }

    @Test
    void absurdNestingStopsAtTheLimit() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(problemsOf(utf8(deep))).extracting(Problem::code).containsExactly("too-deep");
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p);
            yaml.append((", *" + p).repeat(8)).append("]\n");
        }
        List<Problem> problems = problemsOf(utf8(yaml.toString()));
        assertThat(problems).extracting(Problem::code).contains("yaml-anchor", "yaml-alias");
        assertThat(problems).allSatisfy(p -> assertThat(p.code()).isIn("yaml-anchor", "yaml-alias"));
    }

    @Test
    void emptyAndCommentOnlyFilesAreEmpty() {
        assertThat(problemsOf(utf8(""))).extracting(Problem::code).containsExactly("empty-file");
        assertThat(problemsOf(utf8("# chỉ có ghi chú\n"))).extracting(Problem::code).containsExactly("empty-file");
    }

    /** Words of the parser's English that must never reach a message. */
    private static final Pattern ENGLISH = Pattern.compile(
            "expected|found|while|scanning|could not|null\\)|exceeds|unacceptable|special characters|token|event|source:",
            Pattern.CASE_INSENSITIVE);

    private static void assertVietnameseOnly(List<Problem> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).doesNotContainPattern(ENGLISH));
    }

    // Issue 13, item 3: editors and GitHub count only LF, CR and CRLF as line breaks; SnakeYAML also counts U+0085,
    // U+2028 and U+2029, which shifted every later line. Those are refused, at the place an editor shows.
    @Test
    void unicodeLineSeparatorsAreRefusedWhereEditorsSeeThem() {
        assertThat(problemsOf(utf8("ten: A\u2028B\nmo_ta: x\u2029y\nz: q\u0085r\n")))
                .extracting(Problem::code, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("control-char", 1, 7, Code.CONTROL_CHAR.message("U+2028")),
                        tuple("control-char", 2, 9, Code.CONTROL_CHAR.message("U+2029")),
                        tuple("control-char", 3, 5, Code.CONTROL_CHAR.message("U+0085")));
    }

    @Test
    void escapedLineSeparatorsAreRefusedToo() {
        assertThat(problemsOf(utf8("ten: A\nghi_chu: \"a\\Lb\"\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 2, 12));
    }

    // Issue 13, item 4: a lone surrogate written as an escape was published as '?'.
    @Test
    void loneSurrogateEscapeIsRefusedAtItsPlace() {
        assertThat(problemsOf(utf8("ten: \"Cà \\ud800 phê\"\nmo_ta: \"x\\udc00\"\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 1, 10), tuple("control-char", 2, 10));
    }

    @Test
    void surrogatePairWrittenAsTwoEscapesIsOneCharacter() {
        Problems problems = new Problems();
        Node.Mapping map = (Node.Mapping) read(utf8("ten: \"\\ud83d\\ude00\"\n"), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(((Node.Scalar) map.get("ten")).text()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void escapedControlCharacterInAKeyIsRefused() {
        assertThat(problemsOf(utf8("ten: A\n\"x\\u202E\": B\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 2, 3));
    }

    // Issue 13, item 5: errors raised inside the parser were placed at 1:1 with the parser's English.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // a complex key: the key itself
        "ten: A\\n? [a, b]\\n: c\\n|yaml-syntax|2|3",
        // !!binary on text that is not base64: the tag is the cause
        "ten: !!binary \"không phải base64\"\\n|yaml-tag|1|6",
        "ten: !!int 0x\\n|yaml-tag|1|6",
        // a noncharacter the parser refuses
        "ten: A\uFFFEB\\n|control-char|1|7",
        // a stray document end: the '...' line
        "ten: A\\n...\\nmo_ta: B\\n|yaml-syntax|2|1",
        // unclosed brackets and quotes: where they open
        "ten: [a, b\\n|yaml-syntax|1|6",
        "ten: {a: b\\n|yaml-syntax|1|6",
        "ten: 'A\\nmo_ta: B\\n|yaml-syntax|1|6",
        // a bad escape: at the escape
        "ten: \"A\\q\"\\n|yaml-syntax|1|9",
        "ten: \"A\\UFFFFFFFF\"\\n|yaml-syntax|1|10",
        "%YAML 2.0\\n---\\nten: A\\n|yaml-syntax|1|1",
        "ten: A\\n- b\\n|yaml-syntax|2|1",
    })
    void parserErrorsArePlacedAtTheirMarkInVietnamese(String yaml, String code, int line, int column) {
        List<Problem> problems = problemsOf(utf8(yaml.replace("\\n", "\n")));
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple(code, line, column));
        assertVietnameseOnly(problems);
    }

    @Test
    void aliasUsedAsKeyIsAnAlias() {
        List<Problem> problems = problemsOf(utf8("ten: &x A\n*x : B\n"));
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("yaml-anchor", 1, 6), tuple("yaml-alias", 2, 1));
        assertVietnameseOnly(problems);
    }

    @Test
    void binaryTagIsReportedAsTheTag() {
        assertThat(problemsOf(utf8("ten: !!binary \"không phải base64\"\n")))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(Code.YAML_TAG.message("!!binary")));
    }

    @Test
    void strayDocumentEndSaysToDeleteIt() {
        assertThat(problemsOf(utf8("ten: A\n...\nmo_ta: B\n"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"...\""));
    }

    // Issue 13, item 6: with CR-only line endings, not-utf8 was placed as if the file were one line.
    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n", "\n"})
    void notUtf8IsPlacedCountingEveryLineEnding(String eol) {
        byte[] head = utf8("ten: A" + eol + "mo_ta: B" + eol + "ghi_chu: Caf");
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\r';
        assertThat(problemsOf(bytes)).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("not-utf8", 3, 13));
    }

    @Test
    void mixedLineEndingsArePlacedAsTheParserCountsThem() {
        assertThat(problemsOf(utf8("a: 1\rb: 2\r\nc: 3\nd: \u0001\re: 5\r\na: 6\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("control-char", 4, 4));
        assertThat(problemsOf(utf8("a: 1\rb: 2\r\nc: 3\nd: 4\re: 5\r\na: 6\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("duplicate-key", 6, 1));
    }

    // Issue 13, item 7: a tab is separation space after "key:", after a value and on a blank line; only a tab in
    // indentation is refused.
    @ParameterizedTest
    @ValueSource(strings = {"a:\tb\n", "a:\t\tb\t\n", "a: \"b\"\t\n", "a: 'b'\t# ghi chú\n", "a: [b,\tc]\t\n",
        "a:\t\n  b: c\n", "x: y\n\t\na: b\n", "x: y\n\t# ghi chú\na: b\n", "a: |\t\n  b\n", "a:\n  -\tb\n",
        "\"a\"\t: b\n"})
    void tabAsSeparationSpaceIsAccepted(String yaml) {
        Problems problems = new Problems();
        Node node = read(utf8(yaml), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(node).isInstanceOf(Node.Mapping.class);
    }

    @Test
    void aTabAfterEveryKeyOfTheDefaultDataReadsAsTheSpaceItReplaces() throws java.io.IOException {
        Pattern key = Pattern.compile("(?m)^( *(?:- )?[a-z_]+:) ");
        List<java.nio.file.Path> files;
        try (var all = java.nio.file.Files.walk(java.nio.file.Path.of("data"))) {
            files = all.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int tabs = 0;
        for (java.nio.file.Path file : files) {
            String text = java.nio.file.Files.readString(file);
            String tabbed = key.matcher(text).replaceAll("$1\t");
            tabs += tabbed.length() - tabbed.replace("\t", "").length();
            Problems problems = new Problems();
            assertThat(read(utf8(tabbed), problems)).as(file.toString()).isEqualTo(read(utf8(text), new Problems()));
            assertThat(problems.sorted()).as(file.toString()).isEmpty();
        }
        assertThat(tabs).isGreaterThan(1_000);
    }

    @Test
    void tabsInsideValuesAreKept() {
        Problems problems = new Problems();
        Node.Mapping map = (Node.Mapping) read(utf8("a:\t\"x\ty\"\nb:\tx\ty\t\nc: |\t\n  x\ty\n"), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(((Node.Scalar) map.get("a")).text()).isEqualTo("x\ty");
        assertThat(((Node.Scalar) map.get("b")).text()).isEqualTo("x\ty");
        assertThat(((Node.Scalar) map.get("c")).text()).isEqualTo("x\ty\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a:\\n\tb: c\\n|2|1", "a:\\n  \tb: c\\n|2|3", "a:\\t1\\nb:\\n\t- c\\n|3|1"})
    void tabIndentationIsStillRefused(String yaml, int line, int column) {
        List<Problem> problems = problemsOf(utf8(yaml.replace("\\n", "\n").replace("\\t", "\t")));
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("yaml-syntax", line, column));
        assertThat(problems.get(0).message()).contains("Tab");
    }
}
