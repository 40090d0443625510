package vn.somohinh.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) for every data file kind, made from {@link Schemas} and from the registry's own code
 * lists ({@link CodeLists}), so that an editor with a YAML language server completes keys and codes and flags wrong
 * ones, in Vietnamese, while people type. They accept what the build accepts: text fields take numbers and yes/no
 * as written, optional keys may be left empty, a catalog that could not be read lets any id through.
 */
public final class JsonSchemas {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The catalogs whose code lists go into the schemas: schemas made while one of them has errors would be wrong. */
    public static final List<String> CATALOGS = DataLayout.REQUIRED;

    private JsonSchemas() {
    }

    /** File name → schema text, for site, units, directives, campaign, registration and review files of {@code data}. */
    public static Map<String, String> all(DataSet data) {
        CodeLists codes = CodeLists.of(data);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("site.schema.json", text(root("Cấu hình chung của sổ (data/site.yaml)", object(Schemas.SITE, codes, false))));
        out.put("units.schema.json", text(root("Danh sách đơn vị (data/units.yaml)", list(Schemas.UNIT, codes))));
        out.put("directives.schema.json", text(root("Danh sách văn bản (data/directives.yaml)", list(Schemas.DIRECTIVE, codes))));
        out.put("campaign.schema.json", text(root("Một đợt đăng ký (data/campaigns/<năm>.yaml)", object(Schemas.CAMPAIGN, codes, false))));
        out.put("registration.schema.json", text(root("Hồ sơ đăng ký một mô hình (data/registrations/<năm>/<đơn vị>/<mã>.yaml)",
                object(Schemas.REGISTRATION, codes, false))));
        out.put("review.schema.json", text(root("Quá trình xem xét một mô hình (data/reviews/<năm>/<đơn vị>/<mã>.yaml)",
                object(Schemas.REVIEW, codes, false))));
        return out;
    }

    /** A key as messages name it: its title and the key as written, e.g. {@code ngày đăng ký (ngay_dang_ky)}. */
    static String name(Field f) {
        return f.title() + " (" + f.key() + ")";
    }

    private static ObjectNode root(String title, ObjectNode body) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", title);
        root.setAll(body);
        return root;
    }

    private static ObjectNode list(Shape item, CodeLists codes) {
        ObjectNode node = F.objectNode();
        node.put("type", "array");
        node.set("items", object(item, codes, false));
        return node.put("errorMessage", "tệp này là một danh sách: mỗi " + item.name() + " một mục, bắt đầu bằng \"- \"");
    }

    /**
     * A mapping of the shape's keys. Unknown keys are refused through {@code propertyNames} and each required key has
     * its own {@code required}, because there the server shows the message given, where it would show its English
     * for {@code additionalProperties} or one message for all missing keys.
     */
    private static ObjectNode object(Shape shape, CodeLists codes, boolean optional) {
        ObjectNode node = SchemaScalars.types(F.objectNode(), optional, "object");
        ObjectNode props = node.putObject("properties");
        ArrayNode keys = F.arrayNode();
        ArrayNode required = F.arrayNode();
        for (Field f : shape.fields()) {
            props.set(f.key(), field(shape, f, codes));
            keys.add(f.key());
            if (f.required()) {
                required.add(F.objectNode().<ObjectNode>set("required", F.arrayNode().add(f.key()))
                        .put("errorMessage", "thiếu trường bắt buộc \"" + f.key() + "\" (" + f.title() + "): hãy bổ sung"));
            }
        }
        node.set("propertyNames", F.objectNode().<ObjectNode>set("enum", keys).put("errorMessage",
                "trường không có trong mẫu " + shape.name() + ": hãy kiểm tra tên trường; các trường có thể có: "
                        + String.join(", ", shape.keys())));
        if (!required.isEmpty()) {
            node.set("allOf", required);
        }
        return node.put("errorMessage", shape.name() + ": hãy ghi một nhóm trường (" + String.join(", ", shape.keys()) + ")");
    }

    private static ObjectNode field(Shape shape, Field f, CodeLists codes) {
        boolean optional = !f.required();
        CodeLists.Kind kind = CodeLists.kindOf(shape, f.key());
        ObjectNode node = switch (f.kind()) {
            case VALUE -> SchemaScalars.value(f, f.type(), kind, codes, optional);
            case VALUES -> array(f, SchemaScalars.value(f, f.type(), kind, codes, false), optional);
            case GROUP -> object(f.shape(), codes, optional).put("errorMessage",
                    name(f) + ": hãy ghi một nhóm trường (" + String.join(", ", f.shape().keys()) + ")");
            case GROUPS -> array(f, object(f.shape(), codes, false), optional);
        };
        ObjectNode out = F.objectNode();
        out.put("title", f.title());
        out.put("description", f.title() + ": " + f.expected() + (f.required() ? " (bắt buộc)" : " (không bắt buộc)"));
        return out.setAll(node);
    }

    private static ObjectNode array(Field f, ObjectNode items, boolean optional) {
        ObjectNode node = SchemaScalars.types(F.objectNode(), optional, "array");
        node.set("items", items);
        String message = name(f) + ": hãy ghi một danh sách, mỗi mục một dòng bắt đầu bằng \"- \"";
        if (f.minItems() > 0) {
            SchemaScalars.refuse(node, F.objectNode().put("type", "array").put("maxItems", f.minItems() - 1),
                    message + ", ít nhất " + f.minItems() + " mục");
        }
        return node.put("errorMessage", message);
    }

    private static String text(ObjectNode node) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
