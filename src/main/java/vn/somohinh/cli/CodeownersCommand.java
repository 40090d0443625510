package vn.somohinh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.somohinh.forge.Forge;
import vn.somohinh.forge.OwnersFile;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.owners.CodeOwners;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * {@code codeowners}: the CODEOWNERS files derived from the roster, one per forge at the place that forge reads
 * (forge/OwnersFile). Without options it prints the site's forge's file; {@code --forge} writes the files named;
 * {@code --check} compares the committed ones, and refuses a CODEOWNERS at the root or in docs/, which three of the
 * four forges would read before their own.
 */
@Command(name = "codeowners", mixinStandardHelpOptions = true,
        description = "In tệp CODEOWNERS sinh từ danh sách đơn vị, ghi tệp cho từng loại kho (--forge), hoặc kiểm tra tệp đã commit (--check).")
final class CodeownersCommand implements Callable<Integer> {
    /** Read before a forge's own file by GitLab, Gitea and Forgejo (and by GitHub when .github/ has none). */
    static final List<String> SHADOWING = List.of("CODEOWNERS", "docs/CODEOWNERS");
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--check", description = "Báo lỗi nếu tệp CODEOWNERS đã commit không khớp với danh sách đơn vị.")
    boolean check;

    @Option(names = "--forge", split = ",", paramLabel = "github|gitlab|gitea|forgejo", converter = ForgeConverter.class,
            description = "Loại kho: ghi tệp theo cú pháp và ở chỗ loại kho đó đọc; có thể ghi nhiều loại, cách nhau bằng dấu phẩy.")
    List<Forge> forges = new ArrayList<>();

    CodeownersCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        DataSet data = DataLoader.load(root, new Problems());
        Forge site = data.site() == null ? Forge.GITHUB : data.site().forge().orElse(Forge.GITHUB);
        Set<Forge> chosen = new LinkedHashSet<>(forges);
        if (check && chosen.isEmpty()) {
            // The site's forge, and every other whose file the repository carries.
            chosen.add(site);
            for (Forge f : Forge.values()) {
                if (Files.exists(root.resolve(OwnersFile.place(f)))) {
                    chosen.add(f);
                }
            }
        }
        Map<Forge, String> texts = new LinkedHashMap<>();
        for (Forge f : chosen.isEmpty() ? List.of(site) : chosen) {
            Optional<String> text = data.units() == null ? Optional.empty() : CodeOwners.render(data, f);
            if (text.isEmpty()) {
                session.err().println("Không sinh được CODEOWNERS: cần data/units.yaml đọc được, và một đơn vị trong đó có tên "
                        + "trùng cơ quan tổng hợp (co_quan_tong_hop) của đợt mới nhất, với tài khoản quan_tri.");
                return Main.DATA_ERRORS;
            }
            texts.put(f, text.get());
        }
        if (check) {
            return check(root, texts);
        }
        if (forges.isEmpty()) {
            session.out().print(texts.get(site));
            return Main.OK;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        texts.forEach((f, text) -> files.put(root.resolve(OwnersFile.place(f)), text));
        CommittedFiles.write(files);
        texts.keySet().forEach(f -> session.err().println("Đã ghi " + OwnersFile.place(f) + " cho " + f.title() + "."));
        return Main.OK;
    }

    private int check(Path root, Map<Forge, String> texts) throws java.io.IOException {
        Map<String, String> made = new LinkedHashMap<>();
        Map<String, Forge> byPlace = new LinkedHashMap<>();
        texts.forEach((f, text) -> {
            made.put(OwnersFile.place(f), text);
            byPlace.put(OwnersFile.place(f), f);
        });
        Problems problems = new Problems();
        for (String name : CommittedFiles.stale(root, made)) {
            String what = Files.exists(root.resolve(name)) ? name + " không khớp với data/units.yaml" : "thiếu tệp " + name;
            problems.add(name, 1, 1, Code.CODEOWNERS_OUTDATED, what, byPlace.get(name).id());
        }
        for (String name : SHADOWING) {
            if (Files.exists(root.resolve(name))) {
                problems.add(name, 1, 1, Code.CODEOWNERS_SHADOWED, "GitLab, Gitea và Forgejo");
            }
        }
        problems.sorted().forEach(p -> session.out().println(ProblemReport.text(p)));
        if (problems.size() == 0) {
            session.err().println("Các tệp CODEOWNERS (" + String.join(", ", made.keySet()) + ") khớp với data/units.yaml.");
            return Main.OK;
        }
        return Main.DATA_ERRORS;
    }

    /** An id of site.yaml's loai_kho; anything else is wrong usage, with the four listed. */
    static final class ForgeConverter implements picocli.CommandLine.ITypeConverter<Forge> {
        @Override
        public Forge convert(String value) {
            return Forge.byId(value.strip()).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "không có loại kho \"" + value + "\": chọn một trong " + String.join(", ", Forge.ids())));
        }
    }
}
