package vn.somohinh.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.somohinh.intake.Cell;

/** Dates, money and lists as people write them in tables, and what is refused rather than guessed. */
class LenientTest {
    @ParameterizedTest
    @ValueSource(strings = {"10/3/2023", "10/03/2023", "10-03-2023", "10.3.2023", "2023-03-10", "2023-3-10",
        " 10 / 3 / 2023 ", "ngày 10 tháng 3 năm 2023", "10 tháng 3 năm 2023"})
    void datesAsWritten(String text) {
        assertThat(Lenient.date(Cell.text("a", text))).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/2/2023", "3/10", "2023", "mười tháng ba", "10/3/23", ""})
    void notADay(String text) {
        assertThat(Lenient.date(Cell.text("a", text))).isNull();
    }

    @Test
    void aDateCellIsTakenAsItIs() {
        assertThat(Lenient.date(new Cell("a", "10/03/2023", LocalDate.of(2023, 3, 10), null))).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15.000.000", "15,000,000", "15 000 000", "15000000", "15.000.000 đồng", "15.000.000đ",
        "15.000.000 VNĐ", "15 triệu", "15 triệu đồng", "0,015 tỷ"})
    void moneyAsWritten(String text) {
        assertThat(Lenient.money(Cell.text("a", text))).isEqualTo(15_000_000L);
    }

    @Test
    void fractionsOfAMillionAndNumberCells() {
        assertThat(Lenient.money(Cell.text("a", "1,5 tỷ"))).isEqualTo(1_500_000_000L);
        assertThat(Lenient.money(Cell.text("a", "2.5 triệu"))).isEqualTo(2_500_000L);
        assertThat(Lenient.money(new Cell("a", "15,000,000", null, new BigDecimal("15000000.00")))).isEqualTo(15_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15.5", "1.50.000", "mười lăm triệu", "-5000", "15.000.000 USD", "0,5 đồng"})
    void notASumOfDong(String text) {
        assertThat(Lenient.money(Cell.text("a", text))).isNull();
    }

    @Test
    void listsOneALineOrBySemicolons() {
        assertThat(Lenient.items("- 40 hộ\r\n\n• 100% nhóm\n2. Ba")).containsExactly("40 hộ", "100% nhóm", "Ba");
        assertThat(Lenient.items("kl-14-tw; nq-07-hu ;")).containsExactly("kl-14-tw", "nq-07-hu");
    }
}
