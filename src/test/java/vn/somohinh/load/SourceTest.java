package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.Pos;

/** Pointing at list items: one pass over the list however many items are looked up (counted, not timed). */
class SourceTest {

    /** A list that counts how many of its items are read. */
    static final class CountingList extends AbstractList<Node> {
        private final List<Node> items;
        int reads;

        CountingList(List<Node> items) {
            this.items = items;
        }

        @Override
        public Node get(int index) {
            reads++;
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    static Source withList(List<Node> items) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        entries.put("ten", new Node.Entry("ten", Pos.of(1, 1), new Node.Scalar("Mô hình", Pos.of(1, 6), true, false, null)));
        entries.put("can_cu", new Node.Entry("can_cu", Pos.of(2, 1), new Node.Seq(items, Pos.of(3, 3))));
        return new Source("data/registrations/2023/xa-loc-an/a.yaml", new Node.Mapping(entries, Pos.START));
    }

    @Test
    void everyItemOfALongListIsFoundInOnePass() {
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            items.add(new Node.Scalar(" vb-" + i + " ", Pos.of(i + 3, 5), true, false, null));
        }
        CountingList list = new CountingList(items);

        Function<String, String> at = withList(list).itemPaths("can_cu");
        for (int i = 0; i < 20_000; i++) {
            assertThat(at.apply("vb-" + i)).isEqualTo("can_cu[" + (i + 1) + "]");
        }

        // Looking each item up by a scan of the list read 200 million items here.
        assertThat(list.reads).isLessThanOrEqualTo(20_000);
    }

    @Test
    void theFirstOfEqualItemsAndElseTheKey() {
        Function<String, String> at = withList(List.of(new Node.Scalar("a", Pos.of(3, 5), true, false, null),
                new Node.Scalar("a", Pos.of(4, 5), true, false, null))).itemPaths("can_cu");

        assertThat(at.apply("a")).isEqualTo("can_cu[1]");
        assertThat(at.apply("b")).isEqualTo("can_cu");
        assertThat(withList(List.of()).itemPaths("khong_co").apply("a")).isEqualTo("khong_co");
    }
}
