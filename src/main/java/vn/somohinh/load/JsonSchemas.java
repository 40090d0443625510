package vn.somohinh.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) for every data file kind, made from {@link Schemas}, so that an editor with a YAML
 * language server completes and checks keys while people type. They accept what the build accepts: text fields
 * take numbers and yes/no as written, optional keys may be left empty.
 */
public final class JsonSchemas {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    /** File name → schema text, for site, units, directives, campaign, registration and review files. */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("site.schema.json", text(root("site.schema.json", "Cấu hình chung của sổ (data/site.yaml)", object(Schemas.SITE))));
        out.put("units.schema.json", text(root("units.schema.json", "Danh sách đơn vị (data/units.yaml)", list(Schemas.UNIT))));
        out.put("directives.schema.json", text(root("directives.schema.json", "Danh sách văn bản (data/directives.yaml)", list(Schemas.DIRECTIVE))));
        out.put("campaign.schema.json", text(root("campaign.schema.json", "Một đợt đăng ký (data/campaigns/<năm>.yaml)", object(Schemas.CAMPAIGN))));
        out.put("registration.schema.json", text(root("registration.schema.json",
                "Hồ sơ đăng ký một mô hình (data/registrations/<năm>/<đơn vị>/<mã>.yaml)", object(Schemas.REGISTRATION))));
        out.put("review.schema.json", text(root("review.schema.json",
                "Quá trình xem xét một mô hình (data/reviews/<năm>/<đơn vị>/<mã>.yaml)", object(Schemas.REVIEW))));
        return out;
    }

    private static ObjectNode root(String id, String title, ObjectNode body) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", title);
        root.setAll(body);
        return root;
    }

    private static ObjectNode list(Shape item) {
        ObjectNode node = F.objectNode();
        node.put("type", "array");
        node.set("items", object(item));
        return node;
    }

    private static ObjectNode object(Shape shape) {
        ObjectNode node = F.objectNode();
        node.put("type", "object");
        ObjectNode props = node.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Field f : shape.fields()) {
            props.set(f.key(), field(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode field(Field f) {
        ObjectNode node = switch (f.kind()) {
            case VALUE -> scalar(f.type(), f.required());
            case VALUES -> array(scalar(f.type(), true), f.minItems());
            case GROUP -> object(f.shape());
            case GROUPS -> array(object(f.shape()), f.minItems());
        };
        node.put("title", f.title());
        node.put("description", f.title() + ": " + f.expected() + (f.required() ? " (bắt buộc)" : " (không bắt buộc)"));
        if (!f.required()) {
            // An optional key left empty counts as absent.
            return F.objectNode().put("title", f.title()).put("description", node.get("description").asText())
                    .set("anyOf", F.arrayNode().add(node).add(F.objectNode().put("type", "null")));
        }
        return node;
    }

    private static ObjectNode array(ObjectNode items, int minItems) {
        ObjectNode node = F.objectNode();
        node.put("type", "array");
        node.set("items", items);
        if (minItems > 0) {
            node.put("minItems", minItems);
        }
        return node;
    }

    private static ObjectNode scalar(ValueType type, boolean required) {
        ObjectNode node = F.objectNode();
        switch (type) {
            case TEXT, MARKDOWN -> {
                // Text is read as written: 007 or no are text too.
                node.set("type", F.arrayNode().add("string").add("number").add("boolean"));
                node.put("pattern", "\\S");
                node.put("maxLength", type.maxLength());
            }
            case ID -> node.put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$").put("maxLength", 64);
            case DATE -> node.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("format", "date");
            case MONEY -> node.set("anyOf", F.arrayNode()
                    .add(F.objectNode().put("type", "integer").put("minimum", 0))
                    .add(F.objectNode().put("type", "string").put("pattern", "^[0-9]{1,18}$")));
            case BOOLEAN -> node.set("anyOf", F.arrayNode().add(F.objectNode().put("type", "boolean"))
                    .add(F.objectNode().set("enum", F.arrayNode().add("true").add("True").add("TRUE").add("false").add("False").add("FALSE"))));
            case URL -> node.put("type", "string").put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+");
            case ACCOUNT -> node.put("type", "string").put("pattern", "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$");
        }
        return node;
    }

    private static String text(ObjectNode node) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
