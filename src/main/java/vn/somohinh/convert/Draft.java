package vn.somohinh.convert;

import java.util.Map;
import java.util.Set;

/**
 * A registration as read from one table row or form, its values converted to the contract's (ids, dates
 * year-month-day, whole đồng), ready to be written.
 *
 * @param place   the row or form, as problems name it
 * @param year    the campaign year: the source's, else {@code --year}
 * @param unit    the unit id: the source's, else {@code --unit}
 * @param code    the file's slug when the source names it (the export's "Mã" column), else null
 * @param values  top-level key → value in the contract's order: String, Long, List of String, or for groups a Map
 *                (lists of groups: a List of Map); only keys with a value
 * @param columns the keys the source had a column or item for, blank or not: the keys it speaks for (top-level
 *                keys, and a group's keys as {@code kinh_phi.ngan_sach} too)
 * @param places  top-level key → where its value was read, for problems
 */
public record Draft(String source, String place, int year, String unit, String code, Map<String, Object> values,
                    Set<String> columns, Map<String, String> places) {
}
