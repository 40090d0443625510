package vn.somohinh.yaml;

import vn.somohinh.text.Spaces;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML value as written, with its place. Scalars keep their text exactly: {@code 007} stays {@code 007}. */
public sealed interface Node permits Node.Scalar, Node.Seq, Node.Mapping {

    Pos pos();

    /** How a person would call this kind of value, for messages. */
    String describe();

    /**
     * A scalar. {@code plain} is false for quoted or block scalars; {@code isNull} for {@code ~}, {@code null}
     * or nothing at all. {@code resolved} says what YAML would have made of a plain scalar ("số", "có/không").
     */
    record Scalar(String text, Pos pos, boolean plain, boolean isNull, String resolved) implements Node {
        /** Null, or only white space by the one definition of {@link vn.somohinh.text.Spaces#isBlank}. */
        public boolean isBlank() {
            return isNull || Spaces.isBlank(text);
        }

        @Override
        public String describe() {
            return isNull ? "giá trị rỗng" : "một giá trị";
        }
    }

    record Seq(List<Node> items, Pos pos) implements Node {
        @Override
        public String describe() {
            return "một danh sách";
        }
    }

    /** A key as written and where it stands, with its value. */
    record Entry(String key, Pos keyPos, Node value) {
    }

    record Mapping(Map<String, Entry> entries, Pos pos) implements Node {
        public Mapping {
            entries = new SmallMap(entries.values().toArray(Entry[]::new));
        }

        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "một nhóm trường (key: value)";
        }
    }

    /**
     * The entries of a mapping in file order, read-only. A registry holds hundreds of thousands of small mappings:
     * an array searched in order is a tenth of a LinkedHashMap's memory and as fast for a few dozen keys.
     */
    final class SmallMap extends AbstractMap<String, Node.Entry> {
        private final Node.Entry[] entries;

        private SmallMap(Node.Entry[] entries) {
            this.entries = entries;
        }

        @Override
        public Node.Entry get(Object key) {
            for (Node.Entry e : entries) {
                if (e.key() != null ? e.key().equals(key) : key == null) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public Set<Map.Entry<String, Node.Entry>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Node.Entry>> iterator() {
                    return Arrays.stream(entries)
                            .<Map.Entry<String, Node.Entry>>map(e -> new SimpleImmutableEntry<>(e.key(), e)).iterator();
                }

                @Override
                public int size() {
                    return entries.length;
                }
            };
        }
    }
}
