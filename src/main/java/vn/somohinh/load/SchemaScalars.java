package vn.somohinh.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import vn.somohinh.text.Spaces;

/**
 * The schema of one scalar value, with the Vietnamese message the YAML language server shows when it is wrong.
 * yaml-language-server 1.25 shows {@code errorMessage} for a wrong type or enum value and {@code patternErrorMessage}
 * for a pattern or format, but its own English for minLength, maxLength, minimum, maximum and minItems: so lengths
 * are written as patterns and ranges as {@link #refuse refusals}.
 */
final class SchemaScalars {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The build's white space, written out so that Java and JavaScript validators agree with it and each other. */
    private static final String SPACE = Spaces.spaceClass();
    /** Years divisible by 4 but not by 100, and years divisible by 400 (0000 included, as java.time has it). */
    private static final String LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)";
    /** A date that exists, YYYY-MM-DD: day 29 of February only in leap years, day 31 only in long months. */
    static final String DATE = "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
            + "|(?:0[13578]|1[02])-31)|" + LEAP_YEAR + "-02-29)$";
    static final String SLUG = "^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$";
    private static final long MAX_MONEY = 999_999_999_999_999_999L;
    /** At most this many codes are named in a message; longer lists are left to the editor's completion. */
    private static final int NAMED_CODES = 12;

    private SchemaScalars() {
    }

    /** The schema of a value of {@code f}, from {@code codes} where the key takes a listed code; null allowed when optional. */
    static ObjectNode value(Field f, ValueType type, CodeLists.Kind kind, CodeLists codes, boolean optional) {
        Map<String, String> listed = kind == null ? null : codes.codes(kind);
        if (listed != null) {
            return code(f, kind, listed, optional);
        }
        String message = JsonSchemas.name(f) + ": " + hint(type);
        ObjectNode node = F.objectNode();
        switch (type) {
            case TEXT, MARKDOWN -> {
                // Text is read as written: 007 or no are text too.
                types(node, optional, "string", "number", "boolean");
                node.put("pattern", "^(?=[\\s\\S]*[^" + SPACE + "])[\\s\\S]{1," + type.maxLength() + "}$");
            }
            case ID -> types(node, optional, "string").put("pattern", SLUG);
            case DATE -> types(node, optional, "string").put("pattern", DATE).put("format", "date");
            case MONEY -> {
                types(node, optional, "integer", "string").put("pattern", "^[0-9]{1,18}$");
                refuse(node, F.objectNode().put("type", "integer")
                        .set("not", F.objectNode().put("minimum", 0).put("maximum", MAX_MONEY)), message);
            }
            case BOOLEAN -> {
                types(node, optional, "boolean", "string");
                ArrayNode values = node.putArray("enum").add(true).add(false);
                for (String s : new String[] {"true", "True", "TRUE", "false", "False", "FALSE"}) {
                    values.add(s);
                }
                if (optional) {
                    values.addNull();
                }
            }
            case URL -> types(node, optional, "string").put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+");
            case ACCOUNT -> types(node, optional, "string").put("pattern", "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$");
        }
        return node.put("errorMessage", message).put("patternErrorMessage", message);
    }

    /** One of the listed codes, each with its name beside it when an editor completes. */
    private static ObjectNode code(Field f, CodeLists.Kind kind, Map<String, String> listed, boolean optional) {
        ObjectNode node = types(F.objectNode(), optional, "string");
        ArrayNode values = node.putArray("enum");
        ArrayNode names = F.arrayNode();
        listed.forEach((id, label) -> {
            values.add(id);
            names.add(label);
        });
        if (optional) {
            values.addNull();
            names.add("");
        }
        node.set("enumDescriptions", names);
        if (kind == CodeLists.Kind.FORMS) {
            return node.put("errorMessage", JsonSchemas.name(f) + ": hãy ghi tap-the (tập thể) hoặc ca-nhan (cá nhân)");
        }
        String message = JsonSchemas.name(f) + ": hãy chọn một mã có trong " + kind.where();
        if (listed.size() <= NAMED_CODES && !listed.isEmpty()) {
            message += " (" + String.join(", ", listed.keySet()) + ")";
        }
        return node.put("errorMessage", message);
    }

    /** What to write, for messages. */
    static String hint(ValueType type) {
        return switch (type) {
            case TEXT, MARKDOWN -> "hãy ghi một đoạn văn bản, không để trống, tối đa "
                    + String.format(java.util.Locale.ROOT, "%,d", type.maxLength()).replace(',', '.') + " ký tự";
            case ID -> "hãy ghi một mã gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự";
            case DATE -> "hãy ghi một ngày có thật dạng năm-tháng-ngày, ví dụ 2023-03-10";
            case MONEY -> "hãy ghi một số nguyên không âm (đồng), chỉ gồm chữ số, ví dụ 15000000";
            case BOOLEAN -> "hãy ghi true (có) hoặc false (không)";
            case URL -> "hãy ghi một địa chỉ bắt đầu bằng http:// hoặc https://";
            case ACCOUNT -> "hãy ghi một tài khoản Git dạng @ten hoặc @to-chuc/nhom";
        };
    }

    /** Sets the JSON types a value may have, and null too when the key is optional (an empty optional key is absent). */
    static ObjectNode types(ObjectNode node, boolean optional, String... types) {
        if (types.length == 1 && !optional) {
            return node.put("type", types[0]);
        }
        ArrayNode list = node.putArray("type");
        for (String t : types) {
            list.add(t);
        }
        if (optional) {
            list.add("null");
        }
        return node;
    }

    /**
     * Refuses values matching {@code when} with {@code message}: an {@code if} whose {@code then} no value passes
     * (an empty {@code enum}), because that failure shows the schema's own {@code errorMessage}.
     */
    static void refuse(ObjectNode node, ObjectNode when, String message) {
        ArrayNode all = node.has("allOf") ? (ArrayNode) node.get("allOf") : node.putArray("allOf");
        all.add(F.objectNode().<ObjectNode>set("if", when)
                .set("then", F.objectNode().<ObjectNode>set("enum", F.arrayNode()).put("errorMessage", message)));
    }
}
