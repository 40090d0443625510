package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The hand-written archive read back by the JDK's zip readers, both ways: streaming and by central directory. */
class PackedPartsTest {

    private static Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".repeat(40).getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", new byte[0]);
        parts.put("word/styles.xml", "<w:styles>Times New Roman</w:styles>".getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    @Test
    void everyPartIsReadBackInOrderWithItsBytesAndTheFixedTime() throws IOException {
        byte[] content = "<w:document>Đăng ký mô hình</w:document>".repeat(500).getBytes(StandardCharsets.UTF_8);
        byte[] zip = new PackedParts(parts(), "word/document.xml").with(content);
        Map<String, byte[]> expected = parts();
        expected.put("word/document.xml", content);
        Map<String, byte[]> streamed = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                streamed.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(streamed.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(streamed.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> byDirectory = ReproducibleZip.entries(zip);
        expected.forEach((name, bytes) -> assertThat(byDirectory.get(name)).as(name).isEqualTo(bytes));
        assertThat(zip.length).as("deflated").isLessThan(content.length / 4);
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        PackedParts packed = new PackedParts(parts(), "word/document.xml");
        byte[] a = packed.with("một".getBytes(StandardCharsets.UTF_8));
        packed.with("hai, khác hẳn".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThat(packed.with("một".getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
    }
}
