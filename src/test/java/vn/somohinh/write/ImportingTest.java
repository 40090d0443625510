package vn.somohinh.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.convert.Conversion;
import vn.somohinh.convert.Draft;
import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/** Rows become registration files: the same content is "đã có", a change needs --update and touches only its entry. */
class ImportingTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

    @TempDir
    Path root;
    private DataSet data;
    private List<Problem> dataProblems;

    @BeforeEach
    void copyDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
        Problems p = new Problems();
        data = DataLoader.load(root, p);
        Validator.validate(data, TODAY, p);
        dataProblems = p.sorted();
    }

    @Test
    void everyDefaultRegistrationAsARowIsAlreadyThere() throws IOException {
        for (boolean identity : new boolean[] {true, false}) {
            List<Entry> rows = new ArrayList<>();
            List<String> paths = registrationPaths();
            for (int i = 0; i < paths.size(); i++) {
                rows.add(RegistrationRows.row(root, paths.get(i), "bang.xlsx:Mô hình!" + (i + 2), identity));
            }
            Problems problems = new Problems();
            List<Draft> drafts = drafts(rows, identity ? null : 2023, problems);
            // Without the identity columns the unit is not known from the row: only the 2023 rows of one unit, via --unit.
            Importing.Plan plan = new Importing(root, data, dataProblems).plan(drafts, false, problems);
            assertThat(problems.sorted().stream().filter(Problem::isError)).as("identity " + identity).isEmpty();
            assertThat(plan.targets()).as("nothing to write, identity " + identity).isEmpty();
            assertThat(plan.same()).hasSize(drafts.size()).isNotEmpty();
        }
    }

    @Test
    void aNewRowGetsAFileNamedFromItsNameThatValidates() throws IOException {
        Entry row = RegistrationRows.row(root, registrationPaths().get(0), "bang.xlsx:Mô hình!2", false);
        Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
        cells.put("ten_mo_hinh", Cell.text("bang.xlsx:Mô hình!D2", "Sổ tay điện tử của chi bộ ở bon Đăng Gia"));
        cells.put("ngay_dang_ky", Cell.text("bang.xlsx:Mô hình!H2", "8/3/2023"));
        cells.put("kinh_phi.ngan_sach", Cell.text("bang.xlsx:Mô hình!J2", "15 triệu đồng"));
        cells.put("don_vi", Cell.text("bang.xlsx:Mô hình!C2", "xã Lộc An"));
        Problems problems = new Problems();
        List<Draft> drafts = drafts(List.of(new Entry("bang.xlsx", "bang.xlsx:Mô hình!2", cells)), 2023, problems);
        Importing.Plan plan = new Importing(root, data, dataProblems).plan(drafts, false, problems);
        assertThat(plan.targets()).as(problems.sorted().toString()).hasSize(1);
        Importing.Target t = plan.targets().get(0);
        assertThat(t.path()).isEqualTo("data/registrations/2023/xa-loc-an/so-tay-dien-tu-cua-chi-bo-o-bon-dang-gia.yaml");
        String text = new String(t.change().after(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# yaml-language-server: $schema=").contains("\nngay_dang_ky: 2023-03-08\n")
                .contains("\n  ngan_sach: 15000000\n");
        assertThat(problems.sorted()).extracting(Problem::file, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!H2", "import-converted"),
                org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!J2", "import-converted"),
                org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!C2", "import-converted"));
        Problems checked = new Problems();
        assertThat(ImportCheck.run(root, data, plan.targets(), TODAY, checked)).isEmpty();
        assertThat(checked.sorted().stream().filter(Problem::isError)).isEmpty();
    }

    @Test
    void aChangedValueIsRefusedWithoutUpdateAndWithItOnlyItsEntryChanges() throws IOException {
        String path = registrationPaths().get(0);
        Entry row = RegistrationRows.row(root, path, "bang.xlsx:Mô hình!2", true);
        Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
        cells.put("nguoi_chu_tri", Cell.text("bang.xlsx:Mô hình!G2", "Bí thư chi bộ"));
        Entry changed = new Entry("bang.xlsx", "bang.xlsx:Mô hình!2", cells);

        Problems refused = new Problems();
        Importing.Plan plan = new Importing(root, data, dataProblems).plan(drafts(List.of(changed), null, refused), false, refused);
        assertThat(plan.targets()).isEmpty();
        assertThat(refused.sorted()).extracting(Problem::code).containsExactly("import-exists");
        assertThat(refused.sorted().get(0).message()).contains("nguoi_chu_tri");

        Problems problems = new Problems();
        plan = new Importing(root, data, dataProblems).plan(drafts(List.of(changed), null, problems), true, problems);
        assertThat(plan.targets()).hasSize(1);
        String before = Files.readString(root.resolve(path));
        String after = new String(plan.targets().get(0).change().after(), StandardCharsets.UTF_8);
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        assertThat(now).hasSameSizeAs(old);
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).startsWith("nguoi_chu_tri:")) {
                assertThat(now.get(i)).isEqualTo("nguoi_chu_tri: Bí thư chi bộ");
            } else {
                assertThat(now.get(i)).isEqualTo(old.get(i));
            }
        }
        Problems checked = new Problems();
        assertThat(ImportCheck.run(root, data, plan.targets(), TODAY, checked)).isEmpty();
    }

    @Test
    void aTableWithSomeColumnsOfAGroupChangesOnlyThoseKeys() throws IOException {
        String path = "data/registrations/2023/van-phong-hu/van-phong-dien-tu-ky-so.yaml";
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("nam", Cell.text("b!A2", "2023"));
        cells.put("don_vi", Cell.text("b!B2", "van-phong-hu"));
        cells.put("ma", Cell.text("b!C2", "van-phong-dien-tu-ky-so"));
        cells.put("kinh_phi.ngan_sach", Cell.text("b!D2", "120.000.000"));
        Problems problems = new Problems();
        Importing.Plan plan = new Importing(root, data, dataProblems)
                .plan(drafts(List.of(new Entry("b.xlsx", "b!2", cells)), null, problems), true, problems);
        assertThat(plan.targets()).as(problems.sorted().toString()).hasSize(1);
        String after = new String(plan.targets().get(0).change().after(), StandardCharsets.UTF_8);
        String before = Files.readString(root.resolve(path));
        assertThat(after).isEqualTo(before.replace("  ngan_sach: 150000000\n", "  ngan_sach: 120000000\n"));
    }

    @Test
    void badCellsAreToldAtTheirCellAndTheRowIsLeftOut() throws IOException {
        Entry row = RegistrationRows.row(root, registrationPaths().get(0), "bang.xlsx:Mô hình!7", true);
        Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
        cells.put("linh_vuc", Cell.text("bang.xlsx:Mô hình!E7", "Kinh tế biển"));
        cells.put("ngay_dang_ky", Cell.text("bang.xlsx:Mô hình!H7", "31/2/2023"));
        cells.put("kinh_phi.ngan_sach", Cell.text("bang.xlsx:Mô hình!J7", "mười triệu"));
        cells.put("don_vi", Cell.text("bang.xlsx:Mô hình!C7", "Lộc An"));
        Problems problems = new Problems();
        List<Draft> drafts = drafts(List.of(new Entry("bang.xlsx", "bang.xlsx:Mô hình!7", cells)), null, problems);
        assertThat(drafts).isEmpty();
        assertThat(problems.sorted().stream().filter(Problem::isError)).extracting(Problem::file, Problem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!E7", "import-unknown"),
                        org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!H7", "import-date"),
                        org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!J7", "import-money"),
                        org.assertj.core.groups.Tuple.tuple("bang.xlsx:Mô hình!C7", "import-unknown"));
        assertThat(problems.sorted()).filteredOn(p -> p.file().endsWith("!C7")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("[xa-loc-an]").contains("[thpt-loc-an]"));
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.message()).doesNotContain("null"));
    }

    @Test
    void aMissingRequiredValueIsToldAtItsCell() throws IOException {
        Entry row = RegistrationRows.row(root, registrationPaths().get(0), "bang.xlsx:Mô hình!3", false);
        Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
        cells.put("ten_mo_hinh", Cell.text("bang.xlsx:Mô hình!D3", "Mô hình hoàn toàn mới chưa có ở đâu"));
        cells.put("muc_tieu", Cell.text("bang.xlsx:Mô hình!K3", ""));
        cells.put("don_vi", Cell.text("bang.xlsx:Mô hình!C3", "xa-loc-an"));
        Problems problems = new Problems();
        List<Draft> drafts = drafts(List.of(new Entry("bang.xlsx", "bang.xlsx:Mô hình!3", cells)), 2023, problems);
        Importing.Plan plan = new Importing(root, data, dataProblems).plan(drafts, false, problems);
        Problems checked = new Problems();
        assertThat(ImportCheck.run(root, data, plan.targets(), TODAY, checked)).hasSize(1);
        assertThat(checked.sorted().stream().filter(Problem::isError)).extracting(Problem::code).containsExactly("missing-key");
        assertThat(checked.sorted().stream().filter(Problem::isError).findFirst().orElseThrow().file())
                .as("the blank muc_tieu cell").isEqualTo("bang.xlsx:Mô hình!K3");
    }

    private List<Draft> drafts(List<Entry> rows, Integer year, Problems problems) {
        Conversion conversion = new Conversion(data, year, year == null ? null : "xa-loc-an");
        List<Draft> drafts = new ArrayList<>();
        for (Entry e : rows) {
            Problems one = new Problems();
            Draft d = conversion.convert(e, one);
            problems.addAll(one.sorted());
            if (d != null && !one.hasErrors()) {
                drafts.add(d);
            }
        }
        return drafts;
    }

    private List<String> registrationPaths() throws IOException {
        try (var files = Files.walk(root.resolve("data/registrations"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/xa-loc-an/") && p.contains("/2023/")).sorted().toList();
        }
    }
}
