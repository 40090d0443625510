package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Normalising an archive from a file, entry by entry (the full export's way), gives the bytes of the in-memory way. */
class ReproducibleZipTest {
    @TempDir
    Path work;

    @Test
    void streamingFromAFileGivesTheSameBytes() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("xl/worksheets/sheet1.xml", "<c><is><t>Lộc An</t></is></c>".repeat(5000).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Path file = work.resolve("a.zip");
        Files.write(file, zip.toByteArray());
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ReproducibleZip.normalize(file, streamed);
        assertThat(streamed.toByteArray()).isEqualTo(ReproducibleZip.normalize(zip.toByteArray()));
        assertThat(ReproducibleZip.entries(streamed.toByteArray())).containsOnlyKeys(entries.keySet());
    }
}
