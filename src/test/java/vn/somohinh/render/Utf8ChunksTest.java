package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page written in chunks has the bytes of the whole text encoded at once, whatever the pieces and the text. */
class Utf8ChunksTest {

    @Test
    void piecesOfAnySizeGiveTheBytesOfTheWholeText() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            String text = text(random, random.nextInt(3 * Utf8Chunks.CHUNK));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Chunks out = new Utf8Chunks(bytes)) {
                int at = 0;
                while (at < text.length()) {
                    int n = Math.min(text.length() - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 5000));
                    switch (random.nextInt(4)) {
                        case 0 -> out.write(text.substring(at, at + n));
                        case 1 -> out.write(text, at, n);
                        case 2 -> out.write(text.toCharArray(), at, n);
                        default -> {
                            n = 1;
                            out.write(text.charAt(at));
                        }
                    }
                    if (random.nextInt(50) == 0) {
                        out.flush();
                    }
                    at += n;
                }
            }
            assertThat(bytes.toByteArray()).as("round " + round).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A pair split exactly at the chunk's end, and a lone surrogate at the very end. */
    @Test
    void aSurrogatePairAtTheChunksEdgeStaysWhole() throws IOException {
        String text = "a".repeat(Utf8Chunks.CHUNK - 1) + "\uD83D\uDE00" + "b\uD83D";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Chunks out = new Utf8Chunks(bytes)) {
            out.write(text.substring(0, Utf8Chunks.CHUNK));
            out.flush();
            out.write(text.substring(Utf8Chunks.CHUNK));
        }
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Vietnamese, ASCII, emoji (surrogate pairs), and now and then a lone surrogate. */
    private static String text(Random random, int length) {
        String vietnamese = "Đảng bộ xã Lộc An đăng ký mô hình “Dân vận khéo” – ";
        StringBuilder s = new StringBuilder(length + 2);
        while (s.length() < length) {
            switch (random.nextInt(10)) {
                case 0 -> s.appendCodePoint(0x1F300 + random.nextInt(500));
                case 1 -> s.append(random.nextBoolean() ? '\uD800' : '\uDC00');
                case 2, 3, 4 -> s.append(vietnamese.charAt(random.nextInt(vietnamese.length())));
                default -> s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
