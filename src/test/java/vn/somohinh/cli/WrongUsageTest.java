package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong usage is answered in Vietnamese, like every other message, and exits 2 (CLI.md); help and version exit 0.
 * "No English" is checked against the words of picocli's own messages and usage help.
 */
class WrongUsageTest {
    /** Words of picocli's English messages and help texts (options such as --help are removed before matching). */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(usage|options?|commands?|show|help|message|exit|print"
            + "|version|information|unknown|unmatched|arguments?|missing|required|parameters?|invalid|value|did|you|mean"
            + "|expected|found|should|specified|once|index|possible|solutions|is|not|the|and|for|of|or|this|could"
            + "|convert|boolean|int|default)\\b");
    private static final Pattern OPTION = Pattern.compile("(?<![\\p{L}\\d])-{1,2}[A-Za-z][A-Za-z-]*");

    @TempDir
    Path tmp;

    /** Runs a wrong command line: exit 2, one Vietnamese line first, nothing on stdout, no picocli English. */
    private Run wrong(String... args) {
        Run run = Run.of(args);
        String what = String.join(" ", args);
        assertThat(run.exit()).as(what).isEqualTo(2);
        assertThat(run.out()).as(what).isEmpty();
        assertThat(run.err()).as(what).startsWith("lỗi cách dùng: ").doesNotContain("\tat ", "null");
        assertThat(englishIn(run.err(), args)).as(what + "\n" + run.err()).isEmpty();
        return run;
    }

    /** The English words left once option names and the arguments themselves are taken out. */
    static List<String> englishIn(String text, String... args) {
        String rest = text;
        for (String arg : args) {
            rest = rest.replace("'" + arg + "'", " ");
            rest = arg.length() > 3 ? rest.replace(arg, " ") : rest;
        }
        rest = OPTION.matcher(rest).replaceAll(" ");
        Matcher m = ENGLISH.matcher(rest);
        return m.results().map(r -> r.group()).toList();
    }

    @Test
    void theEnglishCheckFindsPicocliPhrases() {
        assertThat(englishIn("Unknown option: '--bogus'\nUsage: so-mo-hinh validate [-hV]\n  -h, --help   Show this help message and exit."))
                .contains("Unknown", "option", "Usage", "Show", "help", "exit");
        assertThat(englishIn("Missing required parameter for option '--format' (text|github|json)"))
                .contains("Missing", "required", "parameter");
        assertThat(englishIn("lỗi cách dùng: lệnh validate không có tùy chọn '--bogus'", "--bogus")).isEmpty();
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestOne() {
        Run run = wrong("validate", "--fromat", "json");
        assertThat(run.err()).startsWith("lỗi cách dùng: lệnh validate không có tùy chọn '--fromat': có phải ý bạn là --format?");
        assertThat(run.err()).contains("Cách dùng:", "Tùy chọn:", "--root=DIR");
    }

    @Test
    void aShortOptionIsNeverOfferedAsTheTypo() {
        // One letter away from -V and -h, but -x is no typo of --version or --help.
        assertThat(wrong("validate", "-x").err().lines().findFirst().orElseThrow())
                .isEqualTo("lỗi cách dùng: lệnh validate không có tùy chọn '-x': hãy xem các tùy chọn dưới đây.");
        assertThat(wrong("validate", "-s").err()).doesNotContain("có phải");
        assertThat(wrong("validate", "--stict").err()).contains("có phải ý bạn là --strict?");
    }

    @Test
    void anOptionBeforeTheCommandSaysWhereItGoes() {
        Run run = wrong("--root", ".");
        assertThat(run.err()).contains("'--root'", "hãy viết tên lệnh trước, ví dụ: build --root");
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        Run run = wrong("publish");
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("lỗi cách dùng: không có lệnh 'publish': các lệnh là build, validate, codeowners, diff, owners, new, decide, grade, import, schemas, serve.");
        assertThat(wrong("valdate").err()).startsWith("lỗi cách dùng: không có lệnh 'valdate': có phải ý bạn là validate?");
        assertThat(run.err()).contains("Lệnh:");
    }

    @Test
    void aStrayArgumentIsRefused() {
        assertThat(wrong("validate", "du-lieu").err()).startsWith("lỗi cách dùng: lệnh validate không nhận đối số 'du-lieu'");
        assertThat(wrong("diff", "main").err()).startsWith("lỗi cách dùng: lệnh diff cần tùy chọn --base REF");
    }

    @Test
    void aMissingValueOrRequiredOptionIsNamed() {
        assertThat(wrong("validate", "--format").err())
                .startsWith("lỗi cách dùng: tùy chọn --format cần một giá trị (text|github|json) ngay sau nó");
        assertThat(wrong("validate", "--root", "--strict").err())
                .startsWith("lỗi cách dùng: tùy chọn --root cần một giá trị (DIR) ngay sau nó");
        assertThat(wrong("diff").err()).startsWith("lỗi cách dùng: lệnh diff cần tùy chọn --base REF");
        assertThat(wrong("new", "--unit", "xa-loc-an").err())
                .startsWith("lỗi cách dùng: lệnh new cần các tùy chọn --year YYYY, --slug SLUG");
    }

    @Test
    void aBadValueSaysWhatIsAccepted() {
        assertThat(wrong("validate", "--format", "xml").err())
                .startsWith("lỗi cách dùng: giá trị 'xml' của --format không dùng được: hãy chọn text, github hoặc json");
        assertThat(wrong("validate", "--format", "JSON").err()).startsWith("lỗi cách dùng: giá trị 'JSON' của --format");
        assertThat(wrong("new", "--unit", "xa-loc-an", "--slug", "ca-phe", "--year", "hai-nghin").err())
                .startsWith("lỗi cách dùng: giá trị 'hai-nghin' của --year không dùng được: cần một số nguyên");
        assertThat(wrong("validate", "--strict=yes").err()).startsWith("lỗi cách dùng: tùy chọn --strict không nhận giá trị");
        assertThat(wrong("validate", "--root", ".", "--root", ".").err())
                .startsWith("lỗi cách dùng: tùy chọn --root được ghi nhiều lần");
    }

    @Test
    void aRootThatIsNotAFolderIsWrongUsage() throws IOException {
        Path missing = tmp.resolve("khong-co");
        Run run = wrong("validate", "--root", missing.toString());
        assertThat(run.err()).startsWith("lỗi cách dùng: giá trị '" + missing + "' của --root không dùng được: không có thư mục này");
        Path file = Files.writeString(tmp.resolve("tep.txt"), "x");
        assertThat(wrong("build", "--root", file.toString()).err()).contains("là một tệp, không phải thư mục");
        assertThat(wrong("diff", "--base", "main", "--root", missing.toString()).err()).contains("không có thư mục này");
    }

    @Test
    void aRefusedOutputFolderIsWrongUsage() {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        String data = root.resolve("data").toString();
        Run run = Run.of("build", "--root", root.toString(), "--out", data);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("hãy chọn thư mục khác (--out)");
        assertThat(englishIn(run.err(), root.toString(), data)).isEmpty();
    }

    @Test
    void helpAndVersionAreVietnameseAndExitZero() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"validate", "--help"},
                new String[] {"diff", "--help"}, new String[] {"new", "-h"}, new String[] {"codeowners", "--help"}, new String[] {"owners", "--help"},
                new String[] {"build", "--help"})) {
            Run run = Run.of(args);
            String what = String.join(" ", args);
            assertThat(run.exit()).as(what).isZero();
            assertThat(run.out()).as(what).startsWith("Cách dùng:").contains("Tùy chọn:", "In hướng dẫn này rồi thoát.");
            assertThat(englishIn(run.out(), args)).as(what + "\n" + run.out()).isEmpty();
        }
        Run top = Run.of("--help");
        assertThat(top.out()).contains("Lệnh:", "[LỆNH]", "Mã thoát:", "2   Dùng sai dòng lệnh");
        Run version = Run.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo("Sổ mô hình 0.1\n");
    }
}
