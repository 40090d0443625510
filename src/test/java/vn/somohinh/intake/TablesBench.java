package vn.somohinh.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.somohinh.problem.Problems;

/**
 * Times {@link Tables#read} on workbooks in the full export's shape ({@link ExportShape}), 10,000 and 50,000
 * models: three runs after one warm-up, with the heap the entries keep. Not a
 * test: {@code java -cp target/classes:target/test-classes:… vn.somohinh.intake.TablesBench [DIR]}.
 */
public final class TablesBench {
    private TablesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench/tables"));
        for (int models : new int[] {10_000, 50_000}) {
            Path file = ExportShape.write(dir.resolve("dang-ky-" + models + ".xlsx"), models);
            System.out.printf("%,d models, %,d bytes%n", models, Files.size(file));
            for (int run = 0; run < 4; run++) {
                System.gc();
                long t0 = System.nanoTime();
                Problems problems = new Problems();
                List<Entry> entries = Tables.read(file, file.getFileName().toString(), problems);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.gc(); // what the entries keep, not the garbage of reading
                Runtime rt = Runtime.getRuntime();
                problems.sorted().stream().limit(1).forEach(p -> System.out.println("  " + p.code() + ": " + p.message()));
                System.out.printf("  run %d: %,d entries, %d problems, %,d ms, heap %,d MB%n", run, entries.size(),
                        problems.size(), ms, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
    }
}
