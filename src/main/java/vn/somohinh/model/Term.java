package vn.somohinh.model;

/** An entry of a code list (unit type, field of work, grade) or a fixed label: its id and its Vietnamese name. */
public record Term(String id, String name) {
}
