package vn.somohinh.intake;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Every part of a Word package inflated once before POI sees it, counted as it comes (so that a zip bomb stops at
 * the limit, not at its end), and each XML part streamed through StAX: a DOCTYPE (the only way to declare an entity)
 * or elements nested deeper than any document needs refuse the file. POI's object tree and the readers' walks are
 * then bounded by these numbers.
 */
final class WordParts {
    /** Elements nested in a part: the form's deepest is about 15; nested tables and text boxes stay well under this. */
    static final int MAX_DEPTH = 256;
    private static final XMLInputFactory STAX = stax();

    private WordParts() {
    }

    /** Why the package is refused, as the problem says it, or null when every part passes. */
    static String refusal(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > WordGuard.MAX_PARTS) {
                return "hơn " + String.format(Locale.forLanguageTag("vi"), "%,d", WordGuard.MAX_PARTS) + " phần";
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry e = entries.nextElement();
                try (Counted in = new Counted(zip.getInputStream(e), e, total)) {
                    read(e, in);
                    total += in.size;
                } catch (Refusal r) {
                    return r.getMessage();
                }
            }
            return null;
        }
    }

    /** Drains a part; an XML part (by its first byte, whatever its name) is parsed on the way. */
    private static void read(ZipEntry e, Counted counted) throws IOException {
        BufferedInputStream in = new BufferedInputStream(counted);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        counted.xml = isXml(head);
        if (!counted.xml) {
            in.transferTo(OutputStream.nullOutputStream());
            return;
        }
        try {
            XMLStreamReader xml = STAX.createXMLStreamReader(in);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Refusal("phần " + e.getName() + " khai báo DOCTYPE, có thể để mở rộng thực thể XML");
                }
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                if (depth > MAX_DEPTH) {
                    throw new Refusal("phần " + e.getName() + " lồng nhau hơn " + MAX_DEPTH + " tầng");
                }
            }
            xml.close();
        } catch (XMLStreamException x) {
            throw refusalIn(x);
        }
    }

    /** The limit the stream broke while StAX read it, else the XML error as a damaged file. */
    private static IOException refusalIn(XMLStreamException x) {
        for (Throwable t = x; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException s ? s.getNestedException() : null) {
            if (t instanceof Refusal r) {
                return r;
            }
        }
        return new IOException("XML hỏng", x);
    }

    /** "&lt;" first, in UTF-8 (a byte order mark before it or not) or UTF-16: how any XML of a package starts. */
    private static boolean isXml(byte[] head) {
        int[] b = new int[4];
        for (int i = 0; i < head.length; i++) {
            b[i] = head[i] & 0xFF;
        }
        boolean utf8Bom = b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && b[3] == '<';
        boolean utf16 = b[0] == 0 && b[1] == '<' || b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE;
        return head.length > 0 && b[0] == '<' || utf8Bom || utf16;
    }

    private static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** A part's inflated bytes, counted; the first byte over a limit throws {@link Refusal}. */
    private static final class Counted extends FilterInputStream {
        private final ZipEntry entry;
        private final long before;
        private long size;
        private boolean xml;

        Counted(InputStream in, ZipEntry entry, long before) {
            super(in);
            this.entry = entry;
            this.before = before;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws Refusal {
            size += n;
            String name = entry.getName();
            if (xml && size > WordGuard.MAX_XML_BYTES) {
                throw new Refusal("phần " + name + " giải nén ra hơn " + WordGuard.mb(WordGuard.MAX_XML_BYTES));
            }
            if (before + size > WordGuard.MAX_TOTAL_BYTES) {
                throw new Refusal("các phần giải nén ra hơn " + WordGuard.mb(WordGuard.MAX_TOTAL_BYTES));
            }
            long packed = entry.getCompressedSize();
            if (size > WordGuard.RATIO_FROM && packed >= 0 && packed < size * Limits.MIN_INFLATE_RATIO) {
                throw new Refusal("phần " + name + " nén hơn " + Math.round(1 / Limits.MIN_INFLATE_RATIO)
                        + " lần (zip bomb)");
            }
        }
    }

    /** A limit a part broke, with the reason as the problem says it. */
    static final class Refusal extends IOException {
        Refusal(String why) {
            super(why);
        }
    }
}
