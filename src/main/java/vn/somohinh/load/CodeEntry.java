package vn.somohinh.load;

import vn.somohinh.yaml.Pos;
/**
 * One entry of a code list in site.yaml (unit types, fields of work, grades).
 *
 * @param path the entry's key path in site.yaml, e.g. {@code linh_vuc[2]}
 */
public record CodeEntry(String id, String ten, Pos pos, String path) {
}
