package vn.somohinh.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes the three inputs of the scale figures in docs/PERFORMANCE.md, each a site root holding a copy of this
 * repository's data/ with one oversized file: {@code --out DIR} gives DIR/roster (units.yaml with 50,000 more
 * units, about 9 MB), DIR/ids (a registration whose can_cu lists 60,000 distinct unknown ids, about 650 KB) and
 * DIR/keys (a registration of 100,000 unknown keys, just under the 1 MB limit). {@code --units N --ids N --keys N}
 * change the sizes. The same arguments give the same files.
 */
public final class ScaleInputs {
    static final String REGISTRATION = "data/registrations/2023/xa-loc-an/to-lien-ho-tu-quan-an-ninh.yaml";
    static final String NEW_REGISTRATION = "data/registrations/2023/xa-loc-an/rat-nhieu.yaml";

    private ScaleInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/bench/scale");
        int units = 50_000;
        int ids = 60_000;
        int keys = 100_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--ids" -> ids = Integer.parseInt(args[i + 1]);
                case "--keys" -> keys = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        roster(copyData(out.resolve("roster")), units);
        ids(copyData(out.resolve("ids")), ids);
        keys(copyData(out.resolve("keys")), keys);
        System.out.println("roster: " + units + " đơn vị, ids: " + ids + " mã, keys: " + keys + " khóa → " + out);
    }

    /** A fresh site root with a copy of this repository's data/. */
    private static Path copyData(Path root) throws IOException {
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
        Files.createDirectories(root.resolve("data"));
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        return root;
    }

    /** The default roster followed by {@code count} valid units of the four kinds, as a province would list them. */
    static void roster(Path root, int count) throws IOException {
        String[] types = {"to-chuc-co-so-dang", "co-quan-tham-muu", "mat-tran-doan-the", "phong-ban-ubnd"};
        Path file = root.resolve("data/units.yaml");
        String defaults = Files.readString(file, StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(defaults);
            for (int i = 0; i < count; i++) {
                String id = "chi-bo-thon-so-" + i;
                w.write("- id: " + id + "\n  ten: Chi bộ thôn số " + i + " thuộc Đảng bộ xã Lộc Thành\n  loai: "
                        + types[i % types.length] + "\n  quan_tri: ['@tinh-uy-lam-dong/" + id + "']\n");
            }
        }
    }

    /** A copy of a default registration whose can_cu lists {@code count} distinct ids that no directive has. */
    static void ids(Path root, int count) throws IOException {
        String text = Files.readString(root.resolve(REGISTRATION), StandardCharsets.UTF_8);
        StringBuilder list = new StringBuilder("can_cu:\n");
        for (int i = 0; i < count; i++) {
            list.append("- vb-").append(i).append('\n');
        }
        String changed = text.replace("can_cu:\n  - nq-07-hu\n  - kl-14-tw\n", list.toString());
        if (changed.equals(text)) {
            throw new IllegalStateException(REGISTRATION + " no longer has the can_cu list this generator replaces");
        }
        Files.writeString(root.resolve(NEW_REGISTRATION), changed, StandardCharsets.UTF_8);
    }

    /** A registration made of {@code count} keys that no registration has. */
    static void keys(Path root, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format(java.util.Locale.ROOT, "k%05d: 1\n", i));
        }
        Files.writeString(root.resolve(NEW_REGISTRATION), text, StandardCharsets.UTF_8);
    }
}
