package vn.somohinh.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files are zip archives whose entries carry the time they were written; rewriting them with one fixed time
 * (in local DOS time, so no time zone enters) makes the same report give the same bytes.
 */
final class ReproducibleZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
