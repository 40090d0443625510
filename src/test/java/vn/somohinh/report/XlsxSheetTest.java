package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many lines a wrapped cell takes: its row's height. */
class XlsxSheetTest {
    @Test
    void wrapsAtSpacesIntoTheColumnsWidth() {
        assertThat(XlsxSheet.lines("Kinh tế", 10)).isEqualTo(1);
        assertThat(XlsxSheet.lines("Đảng bộ xã Lộc An", 10)).isEqualTo(2);
        assertThat(XlsxSheet.lines("aaaa bbbb cccc", 9)).isEqualTo(2);
        assertThat(XlsxSheet.lines("aaaa bbbb cccc", 8)).isEqualTo(3);
    }

    @Test
    void aWordLongerThanTheColumnTakesALineOfItsOwn() {
        assertThat(XlsxSheet.lines("a bbbbbbbbbbbb c", 5)).isEqualTo(3);
        assertThat(XlsxSheet.lines("", 5)).isEqualTo(1);
    }

    /** A Markdown text or a list of the full export keeps its line breaks: each line wraps on its own. */
    @Test
    void eachLineOfAMultiLineCellCounts() {
        assertThat(XlsxSheet.lines("Kinh tế\nXã hội", 20)).isEqualTo(2);
        assertThat(XlsxSheet.lines("- nq-07-hu\n- nq-22-tu\n\nĐảng bộ xã Lộc An", 10)).isEqualTo(5);
    }

    @Test
    void textOverExcelsLimitIsCutWithAnEllipsis() {
        String longest = "a".repeat(XlsxSheet.MOST_CHARACTERS);
        assertThat(XlsxSheet.fitted(longest)).isSameAs(longest);
        assertThat(XlsxSheet.fitted(longest + "b")).hasSize(XlsxSheet.MOST_CHARACTERS).endsWith("a…");
    }
}
