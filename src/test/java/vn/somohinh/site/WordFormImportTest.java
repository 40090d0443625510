package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.intake.Forms;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.problem.Problems;

/**
 * The default 2023 campaign's Word form, filled with POI as a unit fills it in Word (every control by its tag, two
 * directives ticked), reads back into an entry holding every key's text as filled; so does the same file after a
 * LibreOffice round trip (docx → odt → docx: LibreOffice 7.4 drops every tag and block control, makes FILLIN fields of
 * the text controls and keeps the date pickers' dates), saved by LibreOffice as .docx (the tags dropped, the controls
 * kept), and with every control removed, all three read from the labelled cells. A copy of the filled and the
 * round-tripped file is left in target/form-import/.
 */
class WordFormImportTest {
    private static final String NAME = "xa-loc-an.docx";
    @TempDir
    static Path work;
    static byte[] form;
    static Path filled;
    /** Control tag → the text filled in. */
    static Map<String, String> values;
    static List<String> boxes;

    @BeforeAll
    static void fill() throws IOException {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        form = Files.readAllBytes(out.resolve("dot-dang-ky/2023/mau-dang-ky-2023.docx"));
        Map<String, String> tags = FormFill.tags(form);
        values = values(tags);
        boxes = tags.keySet().stream().filter(t -> t.startsWith("can_cu:")).toList();
        assertThat(boxes).hasSizeGreaterThan(2);
        byte[] bytes = FormFill.fill(form, values, Set.of(boxes.get(0), boxes.get(boxes.size() - 1)));
        filled = Files.write(Files.createDirectories(work.resolve("filled")).resolve(NAME), bytes);
    }

    @Test
    void everyKeyReadsBackByItsTag() {
        Entry entry = read(filled);
        Map<String, String> expected = expected();
        expected.put("can_cu", boxes.get(0).substring(7) + "\n" + boxes.get(boxes.size() - 1).substring(7));
        assertThat(texts(entry)).containsExactlyEntriesOf(expected);
        assertThat(entry.place()).isEqualTo(NAME);
        assertThat(entry.cells().get("muc_tieu").place()).isEqualTo("xa-loc-an.docx: mục \"Mục tiêu\"");
        assertThat(entry.cells().get("thoi_gian.bat_dau").place())
                .isEqualTo("xa-loc-an.docx: mục \"Thời gian thực hiện: ngày bắt đầu\"");
        assertThat(entry.cells().get("don_vi").place()).isEqualTo("xa-loc-an.docx: đầu phiếu");
        assertThat(entry.cells().get("nam").place()).isEqualTo("xa-loc-an.docx: tiêu đề");
        assertDates(entry, true);
    }

    @Test
    void aLibreOfficeRoundTripReadsBackFromTheLabelledCells() throws Exception {
        LibreOffice.require();
        Path odt = LibreOffice.convert(filled, null, "odt", Files.createDirectories(work.resolve("odt")));
        Path back = LibreOffice.convert(odt, null, "docx", Files.createDirectories(work.resolve("back")));
        assertThat(FormFill.tags(Files.readAllBytes(back))).as("LibreOffice 7 drops the tags").doesNotContainKey("muc_tieu");
        Entry entry = read(back);
        assertThat(texts(entry)).containsExactlyEntriesOf(withTickedLines());
        assertDates(entry, true);
        Files.copy(back, Files.createDirectories(Path.of("target/form-import")).resolve("round-trip.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(filled, Path.of("target/form-import/filled.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFormSavedByLibreOfficeAsDocxReadsBackFromTheLabelledCells() throws Exception {
        LibreOffice.require();
        Path saved = LibreOffice.convert(filled, null, "docx", Files.createDirectories(work.resolve("saved")));
        assertThat(FormFill.tags(Files.readAllBytes(saved))).as("LibreOffice 7 drops the tags").isEmpty();
        Entry entry = read(saved);
        assertThat(texts(entry)).containsExactlyEntriesOf(withTickedLines());
        assertDates(entry, true);
    }

    @Test
    void aFormWithoutControlsReadsFromTheLabelledCells() throws IOException {
        Path bare = Files.write(Files.createDirectories(work.resolve("bare")).resolve(NAME), FormFill.unwrap(
                Files.readAllBytes(filled)));
        assertThat(FormFill.tags(Files.readAllBytes(bare))).isEmpty();
        Entry entry = read(bare);
        assertThat(texts(entry)).containsExactlyEntriesOf(withTickedLines());
        assertDates(entry, false);
    }

    @Test
    void theEmptyFormGivesOnlyTheYear() throws IOException {
        Path empty = Files.write(Files.createDirectories(work.resolve("empty")).resolve(NAME), form);
        assertThat(texts(read(empty))).containsExactly(Map.entry("nam", "2023"));
    }

    @Test
    void aControlLeftBlankWithTheTextWrittenBesideItReadsTheCell() throws IOException {
        Map<String, String> some = new LinkedHashMap<>(values);
        some.remove("ten_mo_hinh");
        byte[] bytes = FormFill.besides(FormFill.fill(form, some, Set.of()), "ten_mo_hinh", "Cà phê bền vững");
        Path beside = Files.write(Files.createDirectories(work.resolve("beside")).resolve(NAME), bytes);
        Entry entry = read(beside);
        assertThat(entry.cells().get("ten_mo_hinh").text()).isEqualTo("Cà phê bền vững");
        assertThat(entry.cells().get("muc_tieu").text()).isEqualTo(values.get("muc_tieu"));
        assertThat(entry.cells()).doesNotContainKey("can_cu");
    }

    /** What the form with tags lost reads: the ticked directives as their lines' text (the lead maps them to ids). */
    private static Map<String, String> withTickedLines() throws IOException {
        Map<String, String> expected = expected();
        expected.put("can_cu", FormFill.boxLine(form, boxes.get(0)) + "\n"
                + FormFill.boxLine(form, boxes.get(boxes.size() - 1)));
        assertThat(expected.get("can_cu")).startsWith("Kết luận số 14-KL/TW: ");
        return expected;
    }

    /** Every key the form holds, in the export's column order, with the text filled (the year from the title). */
    private static Map<String, String> expected() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String key : RegistrationColumns.all().keySet()) {
            if (key.equals("nam")) {
                expected.put(key, "2023");
            } else if (key.equals("can_cu")) {
                expected.put(key, "");
            } else if (!key.equals("ma")) {
                assertThat(values).as("the form has a control for %s", key).containsKey(key);
                expected.put(key, values.get(key));
            }
        }
        return expected;
    }

    private static void assertDates(Entry entry, boolean picked) {
        for (String key : List.of("thoi_gian.bat_dau", "thoi_gian.ket_thuc", "ngay_dang_ky")) {
            Cell c = entry.cells().get(key);
            assertThat(c.date()).as(key).isEqualTo(picked ? LocalDate.parse(values.get(key)) : null);
        }
    }

    /** A value for each control by its kind: dates, a drop-down's second name, two lines in a block, else one line. */
    private static Map<String, String> values(Map<String, String> tags) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        int day = 10;
        for (Map.Entry<String, String> t : tags.entrySet()) {
            String key = t.getKey();
            String value = switch (t.getValue()) {
                case "checkbox" -> null;
                case "date" -> "2023-03-" + day++;
                case "dropDownList" -> FormFill.choices(form, key).get(1);
                case "block" -> key.equals("can_cu") ? null : key.equals("lo_trinh")
                        ? "2023-06-30: Hoàn thành khảo sát\n2023-12-31: Tổng kết, nhân rộng"
                        : "Dòng thứ nhất của " + key + ": “ngoặc kép”, 100% hộ.\nDòng thứ hai – Lộc An, Bảo Lâm.";
                default -> key.startsWith("kinh_phi.") ? "15.000.000 đồng" : key.equals("don_vi")
                        ? "Đảng ủy xã Lộc An" : "Giá trị của " + key + " – Đắk Nông, “Lộc Thắng”";
            };
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    private static Entry read(Path file) {
        Problems problems = new Problems();
        Entry entry = Forms.read(file, NAME, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(entry).isNotNull();
        return entry;
    }

    private static Map<String, String> texts(Entry entry) {
        Map<String, String> texts = new LinkedHashMap<>();
        entry.cells().forEach((k, c) -> texts.put(k, c.text()));
        return texts;
    }
}
