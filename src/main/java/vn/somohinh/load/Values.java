package vn.somohinh.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.somohinh.text.Spaces;
import vn.somohinh.yaml.Node;

/**
 * Reads typed values out of a mapping that the {@link ShapeChecker} has already judged. Whatever is absent,
 * empty or invalid reads as null (or is left out of a list): its problem has been reported once, by the checker.
 */
final class Values {
    private final Node.Mapping map;

    Values(Node.Mapping map) {
        this.map = map;
    }

    String text(String key) {
        return map.get(key) instanceof Node.Scalar s && !s.isBlank() ? Spaces.strip(s.text()) : null;
    }

    String id(String key) {
        String s = text(key);
        return s != null && ValueType.isSlug(s) ? s : null;
    }

    LocalDate date(String key) {
        String s = text(key);
        return s == null ? null : ValueType.parseDate(s);
    }

    Long money(String key) {
        String s = text(key);
        return s == null ? null : ValueType.parseMoney(s);
    }

    Boolean bool(String key) {
        String s = text(key);
        return s == null ? null : ValueType.parseBoolean(s);
    }

    String url(String key) {
        String s = text(key);
        return s != null && ValueType.isWebUrl(s) ? s : null;
    }

    /** The items of a list of scalars that the type accepts, in order. */
    List<String> list(String key, ValueType type) {
        List<String> out = new ArrayList<>();
        if (map.get(key) instanceof Node.Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Node.Scalar s && !s.isBlank() && type.accepts(Spaces.strip(s.text()))) {
                    out.add(Spaces.strip(s.text()));
                }
            }
        }
        return List.copyOf(out);
    }

    Values group(String key) {
        return map.get(key) instanceof Node.Mapping m ? new Values(m) : null;
    }

    List<Values> groups(String key) {
        List<Values> out = new ArrayList<>();
        if (map.get(key) instanceof Node.Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Node.Mapping m) {
                    out.add(new Values(m));
                }
            }
        }
        return out;
    }

    Node.Mapping node() {
        return map;
    }
}
