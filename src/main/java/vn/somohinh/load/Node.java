package vn.somohinh.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        public boolean isBlank() {
            return isNull || text.isBlank();
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
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
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
}
