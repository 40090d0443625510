package vn.somohinh.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import vn.somohinh.cache.Store;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.History;
import vn.somohinh.load.Reads;
import vn.somohinh.problem.Problems;

/**
 * The load and model stages as serve runs them, build after build, on a copy of the default data: the records of
 * unchanged files and the models' memory are kept from one build to the next. For tests of what serve keeps.
 */
public final class ServeModels {
    private static final History NO_GIT = History.unavailable("no Git in this test");
    private final Path root;
    private final Reads reads = Reads.kept();
    private final ModelMemory memory = ModelMemory.kept();

    private ServeModels(Path root) {
        this.root = root;
    }

    /** The default data copied under {@code root}. */
    public static ServeModels onTheDefaultData(Path root) throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        return new ServeModels(root);
    }

    /** serve's next build of the data as it is now. */
    public Site next() {
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems, Store.none(), reads);
        return SiteModel.build(data, problems.sorted(), NO_GIT, memory);
    }

    /** A build from scratch of the same data, keeping nothing. */
    public Site fresh() {
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems);
        return SiteModel.build(data, problems.sorted(), NO_GIT);
    }

    /** One replacement in one data file, which must change it. */
    public void edit(String file, String regex, String replacement) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(path, changed, StandardCharsets.UTF_8);
    }

    ModelMemory memory() {
        return memory;
    }
}
