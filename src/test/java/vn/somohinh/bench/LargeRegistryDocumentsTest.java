package vn.somohinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry of more units and waiting models than a printed table can hold (1,200 units, about 1,250 models, 1,100 of them waiting for a decision): the
 * compiled report and the proposal say where the long lists are instead of printing them, so that at national
 * scale (48,000 units) the build does not spend its memory on Word tables of tens of thousands of rows.
 */
class LargeRegistryDocumentsTest {
    @TempDir
    static Path work;
    static Path campaign;

    @BeforeAll
    static void build() throws IOException {
        campaign = GeneratedSite.built(work, new RegistryGenerator(7, 0.8), 1200, 1, "1640995200")
                .resolve("dot-dang-ky/2021");
    }

    @Test
    void theReportPointsToTheWorkbookForTheRollUpAndTheModelList() throws IOException {
        try (XWPFDocument doc = open(campaign.resolve("bao-cao-2021.docx"))) {
            for (XWPFTable t : doc.getTables()) {
                assertThat(t.getNumberOfRows()).isLessThanOrEqualTo(1001);
            }
            String text = text(doc);
            assertThat(text).contains("đơn vị ở trang của đợt đăng ký và ở trang “Theo đơn vị” của tệp Excel kèm theo")
                    .doesNotContain("TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ");
        }
    }

    @Test
    void theProposalPointsToTheAgendaPage() throws IOException {
        try (XWPFDocument doc = open(campaign.resolve("cho-quyet-dinh/phieu-trinh-2021.docx"))) {
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getNumberOfRows()).isLessThanOrEqualTo(1001));
            assertThat(text(doc)).contains("mô hình ở trang “Chờ quyết định” của đợt đăng ký trên sổ");
        }
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            all.append(p.getText()).append('\n');
        }
        return all.toString();
    }
}
