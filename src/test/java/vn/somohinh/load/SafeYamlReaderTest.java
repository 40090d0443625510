package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("control-char", 1, 7),
                        org.assertj.core.groups.Tuple.tuple("control-char", 2, 9));
    }

    @Test
    void escapedControlCharactersAreRefusedToo() {
        assertThat(problemsOf(utf8("ten: \"A\\x00B\"\nmo_ta: \"x\\u202Ey\"\n")))
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("control-char", 1, 6),
                        org.assertj.core.groups.Tuple.tuple("control-char", 2, 8));
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
}
