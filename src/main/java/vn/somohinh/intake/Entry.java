package vn.somohinh.intake;

import java.util.Map;

/**
 * One model's worth of cells: a table row or a filled form. Keys are registration keys ({@code ten_mo_hinh}), a
 * group's keys joined by a dot ({@code thoi_gian.bat_dau}), and the identity columns of the full export
 * ({@link Headers#YEAR}, {@link Headers#UNIT}, {@link Headers#CODE}); for the directives of a Word form, one key
 * {@code can_cu} whose text lists the ticked ids one a line.
 *
 * @param source the file, as named in problems ({@code bang-2022.xlsx})
 * @param place  the row or the form, as named in problems ({@code bang-2022.xlsx:Mô hình!12})
 * @param cells  in column order; blank cells may be absent
 */
public record Entry(String source, String place, Map<String, Cell> cells) {
}
