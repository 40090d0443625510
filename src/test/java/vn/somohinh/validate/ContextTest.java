package vn.somohinh.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.Source;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.Pos;

/** Unknown references: each is reported, and the catalog is searched for a hint a bounded number of times (counted). */
class ContextTest {

    /** A catalog that counts how often it is walked through, as a "did you mean" search does. */
    static final class CountingSet extends AbstractSet<String> {
        private final Set<String> ids;
        int walks;

        CountingSet(Set<String> ids) {
            this.ids = ids;
        }

        @Override
        public boolean contains(Object o) {
            return ids.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            walks++;
            return ids.iterator();
        }

        @Override
        public int size() {
            return ids.size();
        }
    }

    static Source file(String name) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        return new Source(name, new Node.Mapping(entries, Pos.START));
    }

    @Test
    void aFileOfUnknownIdsSearchesTheCatalogForFiftyHintsOnly() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add("chi-bo-thon-so-" + i);
        }
        CountingSet units = new CountingSet(ids);
        Problems problems = new Problems();
        Context ctx = new Context(new Index(DataLoader.load(Map.of(), new Problems())), LocalDate.of(2023, 3, 20), problems);
        Source big = file("data/registrations/2023/xa-loc-an/a.yaml");
        Source small = file("data/registrations/2023/xa-loc-an/b.yaml");

        for (int i = 0; i < 20_000; i++) {
            ctx.requireKnown(big, "don_vi_phoi_hop", "đơn vị", "chi-bo-thon-sox-" + i, units, "data/units.yaml");
        }
        ctx.requireKnown(small, "don_vi_phoi_hop", "đơn vị", "chi-bo-thon-so-1x", units, "data/units.yaml");
        ctx.requireKnown(small, "don_vi_phoi_hop", "đơn vị", "chi-bo-thon-so-1", units, "data/units.yaml");

        List<Problem> found = problems.sorted();
        assertThat(found).hasSize(20_001);
        // Every reference was looked up; the catalog was walked for the first 50 of the big file and one of the other.
        assertThat(units.walks).isEqualTo(51);
        List<String> hinted = found.stream().map(Problem::message).filter(m -> m.contains("có phải")).toList();
        assertThat(hinted).hasSize(51)
                .allMatch(m -> m.matches(".*\"chi-bo-thon-sox-([0-9]|[1-4][0-9])\".*\\(có phải \"chi-bo-thon-so-\\1\"\\?\\).*")
                        || m.contains("\"chi-bo-thon-so-1x\"") && m.contains("(có phải \"chi-bo-thon-so-1\"?)"));
    }
}
