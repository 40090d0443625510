package vn.somohinh.load;

/** One entry of a code list in site.yaml (unit types, fields of work, grades). */
public record CodeEntry(String id, String ten, Pos pos) {
}
