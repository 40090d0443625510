package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.load.Field;
import vn.somohinh.load.Schemas;

/**
 * The default 2023 campaign's registration form in Word (mau-dang-ky-2023.docx): read back with POI, every key of a
 * registration (from the contract's one declaration) is one content control tagged with it, the campaign's
 * directives are tagged check boxes, every table has its grid; LibreOffice prints it on a few pages with the labels.
 */
class RegistrationFormDocxTest {
    private static final String NS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'; "
            + "declare namespace w14='http://schemas.microsoft.com/office/word/2010/wordml'; ";
    @TempDir
    static Path work;
    static Path form;

    @BeforeAll
    static void build() {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        form = out.resolve("dot-dang-ky/2023/mau-dang-ky-2023.docx");
    }

    /** The keys a filled form is read back by: a group's keys with the group in front, other keys as they are. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Field f : Schemas.REGISTRATION.fields()) {
            if (f.kind() == Field.Kind.GROUP) {
                f.shape().fields().forEach(sub -> keys.add(f.key() + "." + sub.key()));
            } else {
                keys.add(f.key());
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsOneTaggedControlAndEveryDirectiveATaggedCheckBox() throws IOException {
        List<String> tags = new ArrayList<>();
        List<String> boxes = new ArrayList<>();
        try (XWPFDocument doc = open()) {
            for (XmlObject sdt : doc.getDocument().selectPath(NS + ".//w:sdt")) {
                XmlObject[] tag = sdt.selectPath(NS + "./w:sdtPr/w:tag/@w:val");
                assertThat(tag).as("every control has a tag").hasSize(1);
                String value = text(tag[0]);
                tags.add(value);
                if (sdt.selectPath(NS + "./w:sdtPr/w14:checkbox").length == 1) {
                    boxes.add(value);
                }
            }
        }
        for (String key : keys()) {
            assertThat(tags).as("controls tagged %s", key).filteredOn(key::equals).hasSize(1);
        }
        List<String> bases = new ArrayList<>();
        new YAMLMapper().readTree(Path.of("data/campaigns/2023.yaml").toFile()).get("can_cu")
                .forEach((JsonNode n) -> bases.add("can_cu:" + n.asText()));
        assertThat(bases).hasSizeGreaterThan(1);
        assertThat(boxes).containsExactlyElementsOf(bases);
        assertThat(tags).contains("don_vi").doesNotHaveDuplicates();
    }

    @Test
    void hinhThucAndLinhVucAreDropDownsOfTheirCodes() throws IOException {
        try (XWPFDocument doc = open()) {
            assertThat(values(doc, "hinh_thuc")).containsExactly("tap-the", "ca-nhan");
            List<String> fields = new ArrayList<>();
            new YAMLMapper().readTree(Path.of("data/site.yaml").toFile()).get("linh_vuc")
                    .forEach((JsonNode n) -> fields.add(n.get("id").asText()));
            assertThat(values(doc, "linh_vuc")).containsExactlyElementsOf(fields);
            XmlObject[] format = control(doc, "thoi_gian.bat_dau").selectPath(NS + "./w:sdtPr/w:date/w:dateFormat/@w:val");
            assertThat(format).hasSize(1);
            assertThat(text(format[0])).as("dates as docs/DATA.md writes them").isEqualTo("yyyy-MM-dd");
        }
    }

    @Test
    void everyTableHasAGridAndWidthsOnA4() throws IOException {
        try (XWPFDocument doc = open()) {
            XmlObject[] tables = doc.getDocument().selectPath(NS + ".//w:tbl");
            assertThat(tables).hasSizeGreaterThanOrEqualTo(2);
            for (XmlObject t : tables) {
                int columns = t.selectPath(NS + "./w:tblGrid/w:gridCol").length;
                assertThat(columns).as("grid columns").isPositive();
                for (XmlObject row : t.selectPath(NS + "./w:tr")) {
                    assertThat(row.selectPath(NS + "./w:tc")).hasSize(columns);
                    assertThat(row.selectPath(NS + "./w:tc/w:tcPr/w:tcW")).hasSize(columns);
                }
            }
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(doc.getStyles()).isNotNull();
            try (org.apache.xmlbeans.XmlCursor root = doc.getDocument().newCursor()) {
                assertThat(root.getAttributeText(new javax.xml.namespace.QName(
                        "http://schemas.openxmlformats.org/markup-compatibility/2006", "Ignorable"))).isEqualTo("w14");
            }
        }
    }

    @Test
    void libreOfficePrintsItOnAFewPagesWithEveryLabel() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(form, Files.createDirectories(work.resolve("pdf")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 4);
            String text = flat(new PDFTextStripper().getText(doc));
            assertThat(text).contains(flat("PHIẾU ĐĂNG KÝ MÔ HÌNH MỚI, CÁCH LÀM SÁNG TẠO NĂM 2023"));
            for (Field f : Schemas.REGISTRATION.fields()) {
                String title = f.title().replaceAll(" \\(.*", "");
                assertThat(text).as("label %s", f.key()).contains(flat(title));
            }
            assertThat(text).as("example dates kept on one line").containsPattern("2023[-\u2011]03[-\u2011]10")
                    .doesNotContainPattern("[0-9][-\u2011] [0-9]");
            Path pages = Files.createDirectories(Path.of("target/pages/mau-dang-ky-2023"));
            Files.copy(pdf, pages.resolve("mau-dang-ky-2023.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(form, pages.resolve("mau-dang-ky-2023.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                ImageIO.write(image, "png", pages.resolve("trang-" + (i + 1) + ".png").toFile());
            }
            System.out.println("mau-dang-ky-2023.pdf: " + doc.getNumberOfPages() + " pages, PNGs in " + pages);
        }
    }

    private static List<String> values(XWPFDocument doc, String tag) {
        List<String> out = new ArrayList<>();
        for (XmlObject v : control(doc, tag).selectPath(NS + "./w:sdtPr/w:dropDownList/w:listItem/@w:value")) {
            out.add(text(v));
        }
        return out;
    }

    /** The one control tagged {@code tag} (XPath predicates would need Saxon, which POI leaves out). */
    private static XmlObject control(XWPFDocument doc, String tag) {
        List<XmlObject> found = new ArrayList<>();
        for (XmlObject sdt : doc.getDocument().selectPath(NS + ".//w:sdt")) {
            for (XmlObject t : sdt.selectPath(NS + "./w:sdtPr/w:tag/@w:val")) {
                if (text(t).equals(tag)) {
                    found.add(sdt);
                }
            }
        }
        assertThat(found).as("controls tagged %s", tag).hasSize(1);
        return found.get(0);
    }

    private static String text(XmlObject attribute) {
        return ((org.apache.xmlbeans.SimpleValue) attribute).getStringValue();
    }

    private static String flat(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static XWPFDocument open() throws IOException {
        try (InputStream in = Files.newInputStream(form)) {
            return new XWPFDocument(in);
        }
    }
}
