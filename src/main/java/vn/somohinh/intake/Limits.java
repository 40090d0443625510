package vn.somohinh.intake;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Every limit on a foreign file, set here and nowhere else: what a hostile workbook (zip bomb, entity expansion, a
 * million rows) can cost is bounded by these numbers. POI's zip limits are JVM-wide, so they are set once, before
 * the first file is opened.
 */
final class Limits {
    /** Rows holding a value, per file (all sheets): more is refused, not read in part. */
    static final int MAX_ROWS = 100_000;
    /** The header row is looked for in rows 1 to this. */
    static final int HEADER_SCAN = 20;
    /** Cells right of this column (0-based) are not read: the full export has 28 columns. */
    static final int MAX_COLUMNS = 256;
    /** Characters kept of one cell: Excel's own limit, so no cell Excel wrote is cut. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Sheets of a workbook: a workbook listing one small sheet a million times would take hours otherwise. */
    static final int MAX_SHEETS = 1_000;
    /** Distinct strings of a workbook's shared strings: 100,000 rows of 28 different texts fit. */
    static final int MAX_SHARED_STRINGS = 4_000_000;
    /** Merged ranges per sheet that are honoured; a real table has a few dozen. */
    static final int MAX_MERGES = 100_000;
    /** A CSV file larger than this is refused before reading (100,000 rows of 1 KB fit). */
    static final long MAX_CSV_BYTES = 128L * 1024 * 1024;
    /** Uncompressed size of one part of a workbook (a sheet's XML, the shared strings). */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    /** Compressed / uncompressed: below this a part is taken for a zip bomb (POI's default, written down). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Parts of one workbook; a real one has tens, a few thousand with many sheets and pictures. */
    static final long MAX_PARTS = 10_000;

    private static volatile boolean applied;

    private Limits() {
    }

    /** Sets POI's limits on zip reading; cheap after the first call. */
    static void apply() {
        if (applied) {
            return;
        }
        synchronized (Limits.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
            ZipSecureFile.setMaxFileCount(MAX_PARTS);
            applied = true;
        }
    }

    /**
     * A SAX reader that refuses any DOCTYPE, so no entity is declared, expanded or fetched: POI's secure reader, with
     * the one feature that matters set again here so that it does not depend on POI's defaults.
     */
    static XMLReader xmlReader() throws SAXException, ParserConfigurationException {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return reader;
    }
}
