package vn.somohinh.load;

import java.util.List;
import java.util.regex.Pattern;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;
import vn.somohinh.text.Suggest;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.Pos;

/**
 * Checks a mapping against its {@link Shape}: unknown keys (with a "did you mean"), missing and empty required
 * values, values of the wrong type or form. Optional keys left empty count as absent, so a scaffold with every key
 * validates once the required ones are filled.
 */
final class ShapeChecker {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** Unknown keys given the whole list of keys allowed: as many as are printed, no more. */
    static final int LISTS_PER_FILE = Problems.PRINTED_PER_FILE;

    private final String file;
    private final Problems problems;
    private int lists;

    ShapeChecker(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void check(Node.Mapping map, Shape shape, String prefix) {
        java.util.Set<String> suggested = new java.util.HashSet<>();
        // Made once a mapping has an unknown key, for all of them: there may be 100,000.
        List<String> keys = null;
        String noMatch = null;
        for (Node.Entry entry : map.entries().values()) {
            Field field = shape.field(entry.key());
            if (field == null) {
                keys = keys == null ? shape.keys() : keys;
                String best = Suggest.closest(SEPARATORS.matcher(entry.key().strip()).replaceAll("_"), keys);
                noMatch = best != null || noMatch != null ? noMatch : suggestion(null, shape);
                add(entry.keyPos(), Code.UNKNOWN_KEY, prefix + entry.key(), best != null ? suggestion(best, shape)
                        : lists++ < LISTS_PER_FILE ? noMatch : SEE_FIRST);
                suggested.add(best);
            } else {
                checkValue(field, entry.value(), entry.keyPos(), prefix + entry.key());
            }
        }
        for (Field field : shape.fields()) {
            // A misspelt required key is reported once, as the typo with its correction, not also as missing.
            if (field.required() && !map.entries().containsKey(field.key()) && !suggested.contains(field.key())) {
                add(map.pos(), Code.MISSING_KEY, prefix + field.key(), field.title());
            }
        }
    }

    private void checkValue(Field field, Node node, Pos keyPos, String path) {
        if (node == null || (node instanceof Node.Scalar s && s.isBlank())) {
            if (field.required()) {
                add(keyPos, Code.EMPTY_VALUE, path, field.expected());
            }
            return;
        }
        switch (field.kind()) {
            case VALUE -> checkScalar(field.type(), node, path, field.expected());
            case GROUP -> {
                if (node instanceof Node.Mapping m) {
                    check(m, field.shape(), path + ".");
                } else {
                    add(node.pos(), Code.WRONG_TYPE, path, field.expected(), node.describe());
                }
            }
            case VALUES, GROUPS -> checkList(field, node, keyPos, path);
        }
    }

    private void checkList(Field field, Node node, Pos keyPos, String path) {
        if (!(node instanceof Node.Seq seq)) {
            add(node.pos(), Code.WRONG_TYPE, path, field.expected(), node.describe());
            return;
        }
        if (seq.items().size() < field.minItems()) {
            add(keyPos, Code.EMPTY_VALUE, path, "ít nhất " + field.minItems() + " mục");
        }
        List<Node> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = path + "[" + (i + 1) + "]";
            if (field.kind() == Field.Kind.GROUPS) {
                if (item instanceof Node.Mapping m) {
                    check(m, field.shape(), itemPath + ".");
                } else {
                    add(item.pos(), Code.WRONG_TYPE, itemPath, "một nhóm trường (" + String.join(", ", field.shape().keys()) + ")", item.describe());
                }
            } else if (item instanceof Node.Scalar s && s.isBlank()) {
                add(item.pos(), Code.EMPTY_VALUE, itemPath, field.type().description());
            } else {
                checkScalar(field.type(), item, itemPath, field.type().description());
            }
        }
    }

    private void checkScalar(ValueType type, Node node, String path, String expected) {
        if (!(node instanceof Node.Scalar scalar)) {
            add(node.pos(), Code.WRONG_TYPE, path, expected, node.describe());
            return;
        }
        String text = Spaces.strip(scalar.text());
        int length = text.codePointCount(0, text.length());
        if (length > type.maxLength()) {
            add(node.pos(), Code.TEXT_TOO_LONG, path, String.format(java.util.Locale.ROOT, "%,d", length).replace(',', '.'),
                    String.format(java.util.Locale.ROOT, "%,d", type.maxLength()).replace(',', '.'));
            return;
        }
        if (type.accepts(text)) {
            return;
        }
        Code code = switch (type) {
            case ID -> Code.INVALID_ID;
            case DATE -> Code.INVALID_DATE;
            case MONEY -> Code.INVALID_NUMBER;
            case BOOLEAN -> Code.INVALID_BOOLEAN;
            case URL -> Code.INVALID_URL;
            case ACCOUNT -> Code.INVALID_ACCOUNT;
            case TEXT, MARKDOWN -> throw new IllegalStateException("text accepts everything");
        };
        add(node.pos(), code, path, text);
    }

    // A file of 100,000 unknown keys would otherwise hold 100,000 copies of the list (about 100 MB).
    private static final String SEE_FIRST = ": hãy xóa hoặc sửa lại; các trường hợp lệ được liệt kê ở các lỗi unknown-key đầu tiên của tệp này";

    /** ": có phải ý bạn là "x"?" when a known key is close, else the list of keys allowed here. */
    private static String suggestion(String best, Shape shape) {
        if (best != null) {
            return ": có phải ý bạn là \"" + best + "\"? Hãy sửa lại tên trường";
        }
        return ": hãy xóa hoặc sửa lại; các trường hợp lệ ở đây là " + String.join(", ", shape.keys());
    }

    private void add(Pos pos, Code code, Object... args) {
        problems.add(file, pos.line(), pos.column(), code, args);
    }
}
