package vn.somohinh.load;

import java.util.List;

/** The keys a mapping may have, in the order the contract lists them. */
public record Shape(String name, List<Field> fields) {
    public Shape {
        fields = List.copyOf(fields);
    }

    public static Shape of(String name, Field... fields) {
        return new Shape(name, List.of(fields));
    }

    public Field field(String key) {
        for (Field f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    public List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }
}
