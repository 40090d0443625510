package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problems;

/**
 * Well-formed sheets with odd content, generated from a fixed seed: row and cell references missing, out of order,
 * out of range or garbage; types and style indexes that do not exist; values that are not numbers, huge exponents,
 * shared-string indexes out of range; merged ranges that overlap or make no sense. Each must read without a problem
 * (a failure of the reader would show as import-unreadable) and give cells with a text.
 */
class OddSheetsTest {
    private static final String[] REFS = {null, "A1", "B", "ZZZ9", "XFD1048576", "", "A0", "a3", "C-1", "AAAA1", "B99999999999"};
    private static final String[] TYPES = {null, "n", "s", "b", "e", "str", "inlineStr", "d", "x", ""};
    private static final String[] VALUES = {"0", "1", "-1", "2", "1e308", "1e309", "-1e400", "NaN", "abc", "", " 12 ",
            "45000.75", "2958466", "1.5E7", "9999999999999999999999", "Infinity", "0x10"};
    private static final String[] RANGES = {"A1:B2", "A2:A9", "B2:C3", "C1:A3", "A:A", "Z", "A1", "B3:B1048576", "nonsense"};

    @TempDir
    Path dir;

    @RepeatedTest(40)
    void oddButWellFormedSheetsReadWithoutProblem(RepetitionInfo run) throws IOException {
        Random random = new Random(run.getCurrentRepetition());
        StringBuilder sheet = new StringBuilder(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
        for (int r = 0; r < 30; r++) {
            sheet.append("<row").append(attribute("r", random.nextInt(4) == 0 ? pick(random, VALUES) : String.valueOf(r + 2)))
                    .append(">");
            for (int c = random.nextInt(6); c > 0; c--) {
                sheet.append("<c").append(attribute("r", pick(random, REFS))).append(attribute("t", pick(random, TYPES)))
                        .append(attribute("s", random.nextBoolean() ? null : pick(random, VALUES))).append(">");
                sheet.append(random.nextBoolean() ? "<f>SUM(A1)</f>" : "");
                sheet.append(random.nextBoolean() ? "<v>" + pick(random, VALUES) + "</v>"
                        : "<is><r><t>chữ _x000D_ " + r + "</t></r><rPh><t>phiên âm</t></rPh></is>");
                sheet.append("</c>");
            }
            sheet.append("</row>");
        }
        StringBuilder merges = new StringBuilder("</sheetData><mergeCells>");
        for (int m = random.nextInt(5); m > 0; m--) {
            merges.append("<mergeCell ref=\"").append(pick(random, RANGES)).append("\"/>");
        }
        String rows = sheet + merges.toString() + "</mergeCells><sheetData>";
        Path file = new RawXlsx().rows(out -> out.write(rows)).write(dir.resolve("bang.xlsx"), 6);
        Problems problems = new Problems();
        List<Entry> entries = Tables.read(file, "bang.xlsx", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.cells().values()).allSatisfy(cell -> {
            assertThat(cell.text()).isNotNull();
            assertThat(cell.place()).startsWith("bang.xlsx:Mô hình!");
        }));
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + value + "\"";
    }
}
