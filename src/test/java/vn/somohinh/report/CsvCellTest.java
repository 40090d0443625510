package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV report's cells that a spreadsheet would run as formulas are made inert (OWASP CSV injection). */
class CsvCellTest {
    @Test
    void textStartingWithAFormulaSignGetsAnApostrophe() {
        for (String s : new String[] {"=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"}) {
            assertThat(Documents.inert(s)).as(s).isEqualTo("'" + s);
        }
    }

    @Test
    void otherTextAndNumbersAreLeftAsTheyAre() {
        for (String s : new String[] {"", "Liên kết hộ", "a=b", " =1", "'=1", "2023-03-15", "Đúng hạn"}) {
            assertThat(Documents.inert(s)).as(s).isEqualTo(s);
        }
        assertThat(Documents.inert(-5)).isEqualTo(-5);
        assertThat(Documents.inert(2023)).isEqualTo(2023);
    }
}
