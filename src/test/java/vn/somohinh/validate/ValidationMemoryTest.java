package vn.somohinh.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Reads;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/**
 * A validation that says again what the last one said about the years whose records are the same objects gives the
 * problems a validation from scratch gives, edit after edit; and it does not check those years again.
 */
class ValidationMemoryTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path root;
    /** serve's memories of the loads and of the validations, one pair per test. */
    private final Reads reads = Reads.kept();
    private final ValidationMemory memory = ValidationMemory.kept();

    @org.junit.jupiter.api.BeforeEach
    void copyTheDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
    }

    @Test
    void aPartReadFromTheSameRecordsIsNotCheckedAgain() {
        ValidationMemory memory = ValidationMemory.kept();
        AtomicInteger checks = new AtomicInteger();
        Object a = new Object();
        Object b = new Object();
        java.util.function.Supplier<List<Problem>> check = () -> {
            checks.incrementAndGet();
            return List.of();
        };
        memory.said("năm 2023", null, () -> List.of(a, b), check);
        memory.finished();
        memory.said("năm 2023", null, () -> List.of(a, b), check);
        memory.finished();
        assertThat(checks).hasValue(1);
        memory.said("năm 2023", null, () -> List.of(a, new Object()), check);
        memory.finished();
        memory.said("năm 2023", "khác", () -> List.of(a, b), check);
        assertThat(checks).hasValue(3);
        ValidationMemory none = ValidationMemory.none();
        none.said("năm 2023", null, () -> List.of(a, b), check);
        none.finished();
        none.said("năm 2023", null, () -> List.of(a, b), check);
        assertThat(checks).hasValue(5);
    }

    @Test
    void editAfterEditTheProblemsAreThoseOfAValidationFromScratch() throws IOException {
        assertSameAsFromScratch(reads, memory, "before any edit");

        // A second model of another unit named like an existing one: similar names, then similar content.
        Path original = root.resolve("data/registrations/2023/xa-loc-an/to-lien-ho-tu-quan-an-ninh.yaml");
        Path copy = root.resolve("data/registrations/2023/xa-loc-bac/ban-sao-to-lien-ho.yaml");
        Files.copy(original, copy);
        assertThat(assertSameAsFromScratch(reads, memory, "a copy in another unit"))
                .anyMatch(p -> p.code().equals("similar-name")).anyMatch(p -> p.code().equals("similar-content"));

        // The unit named in those warnings is renamed in the roster: the messages name it anew.
        Path units = root.resolve("data/units.yaml");
        Files.writeString(units, Files.readString(units, StandardCharsets.UTF_8)
                .replace("ten: Đảng bộ xã Lộc An", "ten: Đảng bộ xã Lộc An Mới"), StandardCharsets.UTF_8);
        assertThat(assertSameAsFromScratch(reads, memory, "a unit renamed"))
                .anyMatch(p -> p.message().contains("Lộc An Mới"));

        // The copy's name and content changed: the warnings go.
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^ten_mo_hinh: .*$", "ten_mo_hinh: Một mô hình khác hẳn")
                .replaceFirst("(?m)^tinh_moi: .*$", "tinh_moi: Hoàn toàn khác"), StandardCharsets.UTF_8);
        assertSameAsFromScratch(reads, memory, "the copy made different");
        Files.delete(copy);
        assertSameAsFromScratch(reads, memory, "the copy deleted");
    }

    /**
     * The rules that look at each model of a year on its own (references, review timeline, late, stale, basis,
     * paths, evaluation) are said again per year: an edit to a review, to the campaign or to a catalog still gives
     * what a validation from scratch gives.
     */
    @Test
    void editsSeenByTheRulesAboutEachModel() throws IOException {
        assertSameAsFromScratch(reads, memory, "before any edit");

        assertThat(editedAndRestored(reads, memory, "data/reviews/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml",
                t -> t.replaceFirst("trang_thai: duoc-duyet", "trang_thai: tong-ket")
                        .replaceFirst("ngay: 2023-03-27", "ngay: 2023-03-01"), "a review step out of order"))
                .anyMatch(p -> p.file().endsWith("dan-van-kheo-nong-thon-moi.yaml") && p.code().equals("status-transition"));
        // The deadline moved earlier: every registration of the year is late.
        assertThat(editedAndRestored(reads, memory, "data/campaigns/2023.yaml",
                t -> t.replace("han_dang_ky: 2023-03-10", "han_dang_ky: 2023-01-02"), "the deadline moved"))
                .filteredOn(p -> p.code().equals("late")).hasSizeGreaterThan(5);
        // A directive gone from the catalog: the registrations that cite it name an unknown directive.
        assertThat(editedAndRestored(reads, memory, "data/directives.yaml",
                t -> t.replace("id: kl-14-tw", "id: kl-14-tw-cu"), "a directive renamed"))
                .anyMatch(p -> p.code().equals("unknown-reference") && p.message().contains("kl-14-tw"));
    }

    /**
     * Edits one file, checks the problems against a validation from scratch, puts the file back and checks again;
     * gives the problems of the edited data.
     */
    private List<Problem> editedAndRestored(Reads reads, ValidationMemory memory, String file,
                                            java.util.function.UnaryOperator<String> edit, String what)
            throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, edit.apply(text), StandardCharsets.UTF_8);
        List<Problem> edited = assertSameAsFromScratch(reads, memory, what);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        assertSameAsFromScratch(reads, memory, what + ", then undone");
        return edited;
    }

    /** Each year of each rule about single models is checked once, then said again while nothing changed. */
    @Test
    void aYearOfUnchangedModelsIsNotCheckedAgain() throws IOException {
        AtomicInteger checks = new AtomicInteger();
        DataSet data = DataLoader.load(root, new Problems(), Store.none(), reads);
        Index index = new Index(data);
        Context first = new Context(index, TODAY, new Problems(), memory);
        first.eachYear("test", TODAY, (own, year) -> checks.incrementAndGet());
        memory.finished();
        int years = index.years().size();
        assertThat(checks).hasValue(years);
        DataSet again = DataLoader.load(root, new Problems(), Store.none(), reads);
        new Context(new Index(again), TODAY, new Problems(), memory).eachYear("test", TODAY,
                (own, year) -> checks.incrementAndGet());
        memory.finished();
        assertThat(checks).as("the same records: nothing checked again").hasValue(years);
        new Context(new Index(again), TODAY.plusDays(1), new Problems(), memory).eachYear("test", TODAY.plusDays(1),
                (own, year) -> checks.incrementAndGet());
        assertThat(checks).as("another date: every year again").hasValue(2 * years);
    }

    private List<Problem> assertSameAsFromScratch(Reads reads, ValidationMemory memory, String after) {
        DataSet data = DataLoader.load(root, new Problems(), Store.none(), reads);
        Problems remembered = new Problems();
        Validator.validate(data, TODAY, remembered, memory);
        Problems fresh = new Problems();
        Validator.validate(DataLoader.load(root, new Problems()), TODAY, fresh);
        assertThat(remembered.sorted()).as(after).isEqualTo(fresh.sorted());
        return fresh.sorted();
    }
}
