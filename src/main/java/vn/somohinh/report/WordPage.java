package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page of a party document (Hướng dẫn 36-HD/VPTW, 2018): A4, margins 20 mm top and bottom, 30 mm left, 15 mm
 * right, Times New Roman 14 in a styles part of its own, the page number at the top centre from page 2 on. A
 * document is one or more sections, portrait or landscape (an annex); {@link #section} ends the current one.
 * Sizes are in twentieths of a point (twips): 1 mm ≈ 56.7.
 */
final class WordPage {
    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int TOP = 1134;
    private static final int BOTTOM = 1134;
    private static final int LEFT = 1701;
    private static final int RIGHT = 850;
    private static final int HEADER = 567;

    private final XWPFDocument doc = new XWPFDocument();
    private final List<CTSectPr> sections = new ArrayList<>();
    private boolean landscape;

    WordPage() {
        styles();
    }

    XWPFDocument doc() {
        return doc;
    }

    /** The width of the text on a portrait page, in twips. */
    static int portraitTextWidth() {
        return A4_SHORT - LEFT - RIGHT;
    }

    /** The width of the text on the current section's page, in twips. */
    int textWidth() {
        return (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT;
    }

    /** Ends the current section (its settings go into an empty paragraph) and starts one with {@code landscape}. */
    void section(boolean nextLandscape) {
        CTSectPr sect = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
        setup(sect, landscape);
        sections.add(sect);
        landscape = nextLandscape;
    }

    /** The whole document, with the last section, page numbers and metadata dated at noon UTC of {@code isoDay}. */
    byte[] bytes(String isoDay, String creator, String title) throws IOException {
        CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        setup(last, landscape);
        sections.add(last);
        pageNumbers();
        Date date = Date.from(Instant.parse((isoDay == null ? "2000-01-01" : isoDay) + "T12:00:00Z"));
        var core = doc.getProperties().getCoreProperties();
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator(creator);
        core.setTitle(title);
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void setup(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(TOP));
        margin.setBottom(BigInteger.valueOf(BOTTOM));
        margin.setLeft(BigInteger.valueOf(LEFT));
        margin.setRight(BigInteger.valueOf(RIGHT));
        margin.setHeader(BigInteger.valueOf(HEADER));
        margin.setFooter(BigInteger.valueOf(HEADER));
        margin.setGutter(BigInteger.ZERO);
    }

    /** A page number at the top centre of every page but the first: the first page's header is empty. */
    private void pageNumbers() {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var run = field.addNewR();
        CTRPr rPr = run.addNewRPr();
        rPr.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
        run.addNewT().setStringValue("2");
        for (int i = 0; i < sections.size(); i++) {
            CTSectPr sect = sections.get(i);
            sect.setHeaderReferenceArray(new CTHdrFtrRef[0]);
            reference(sect, STHdrFtr.DEFAULT, doc.getRelationId(header));
            if (i == 0) {
                reference(sect, STHdrFtr.FIRST, doc.getRelationId(first));
                if (!sect.isSetTitlePg()) {
                    sect.addNewTitlePg();
                }
            } else if (sect.isSetTitlePg()) {
                sect.unsetTitlePg();
            }
        }
    }

    private static void reference(CTSectPr sect, STHdrFtr.Enum type, String id) {
        CTHdrFtrRef ref = sect.addNewHeaderReference();
        ref.setType(type);
        ref.setId(id);
    }

    /** The styles part: Times New Roman 14 by default (Vietnamese), and the Normal paragraph style. */
    private void styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2L));
        defaults.addNewLang().setVal("vi-VN");
        styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        doc.createStyles().setStyles(styles);
    }
}
