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
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        Reads reads = Reads.kept();
        ValidationMemory memory = ValidationMemory.kept();
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
