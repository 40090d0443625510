package vn.somohinh.bench;

import java.nio.file.Path;
import java.util.Locale;
import vn.somohinh.cache.Store;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Problems;

/**
 * The load stage alone, for benchmarks: {@code LoadStage --root DIR [--cache]} reads DIR/data as {@code build} does,
 * with the store of DIR (--cache) or without, and prints the stage's time and what it read to standard error.
 */
public final class LoadStage {
    private LoadStage() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        boolean cache = args.length > 2 && args[2].equals("--cache");
        long start = System.nanoTime();
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems, cache ? Store.open(root) : Store.none());
        System.err.println(String.format(Locale.ROOT, "load %s: %.2f s, %d files, %d registrations, %d problems",
                cache ? "with the store" : "without", (System.nanoTime() - start) / 1e9, data.files().size(),
                data.registrations().size(), problems.size()));
    }
}
