package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Review;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * {@code decide} and {@code grade} check what they write by validating only the changed models
 * ({@link DataLoader#changedModels}). That is right only while every rule says the same at a review file whether the
 * whole registry is validated or only that model with the catalogs: held here for the default data and every fixture
 * scenario, so that a new cross-file rule about reviews fails this test instead of letting a bad write through.
 */
class RecheckScopeTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

    @TempDir
    Path tmp;

    @Test
    void aReviewFileValidatesAloneAsItDoesInTheWholeRegistry() throws IOException {
        List<String> roots = new ArrayList<>(List.of("."));
        try (Stream<Path> dirs = Files.list(FixtureSite.FIXTURES)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> !n.equals("_base"))
                    .sorted().forEach(roots::add);
        }
        int compared = 0;
        int withProblems = 0;
        for (String scenario : roots) {
            Path root = scenario.equals(".") ? Path.of(".") : FixtureSite.compose(scenario, tmp.resolve(scenario));
            Problems whole = new Problems();
            DataSet data = DataLoader.load(root, whole);
            Validator.validate(data, TODAY, whole);
            List<Problem> all = whole.sorted();
            for (Review review : data.reviews()) {
                String file = review.src().file();
                Problems alone = new Problems();
                DataSet one = DataLoader.changedModels(data, Map.of(file, Files.readAllBytes(root.resolve(file))), alone);
                Validator.validate(one, TODAY, alone);
                List<Problem> expected = at(file, all);
                assertThat(at(file, alone.sorted())).as(scenario + ": " + file).isEqualTo(expected);
                compared++;
                withProblems += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).as("review files compared").isGreaterThan(20);
        assertThat(withProblems).as("review files with problems, which make the comparison tell").isGreaterThan(3);
    }

    private static List<Problem> at(String file, List<Problem> problems) {
        return problems.stream().filter(p -> p.file().equals(file)).toList();
    }
}
