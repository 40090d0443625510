package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Office files are zip archives whose entries carry the time they were written; rewriting them with one fixed time
 * (in local DOS time, so no time zone enters) makes the same report give the same bytes. The archive is read
 * through its central directory (a streaming read trips on the data descriptors POI's streaming writer uses).
 */
final class ReproducibleZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip) throws IOException {
        Path tmp = Files.createTempFile("so-mo-hinh-", ".zip");
        try {
            Files.write(tmp, zip);
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(FIXED);
                    z.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(z);
                    }
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
