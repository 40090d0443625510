package vn.somohinh.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page's text into a file as UTF-8, in chunks: Freemarker writes many small pieces, which go into a StringBuilder
 * (unsynchronised, unlike the JDK's encoding writers) and out as one encoded write every 64 K characters. The bytes are
 * those of the whole text encoded at once: a chunk never ends between the two halves of a surrogate pair. Before,
 * the whole page was kept and copied three times (builder, string, bytes): at 52,000 models a campaign's pages are
 * megabytes each, and serve allocated 300 MB a save in them.
 */
final class Utf8Chunks extends Writer {
    static final int CHUNK = 1 << 16;
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 256);

    Utf8Chunks(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        buffer.append(text, offset, length);
        drainIfFull();
    }

    @Override
    public void write(String text) throws IOException {
        buffer.append(text);
        drainIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        buffer.append(text, offset, offset + length);
        drainIfFull();
    }

    @Override
    public void write(int c) throws IOException {
        buffer.append((char) c);
        drainIfFull();
    }

    private void drainIfFull() throws IOException {
        if (buffer.length() >= CHUNK) {
            drainPairs();
        }
    }

    /** Writes out the text so far, but for a high surrogate at its end, which waits for its pair. */
    private void drainPairs() throws IOException {
        int end = buffer.length();
        if (end > 0 && Character.isHighSurrogate(buffer.charAt(end - 1))) {
            end--;
        }
        drain(end);
    }

    private void drain(int end) throws IOException {
        if (end > 0) {
            out.write(buffer.substring(0, end).getBytes(StandardCharsets.UTF_8));
            buffer.delete(0, end);
        }
    }

    @Override
    public void flush() throws IOException {
        drainPairs();
        out.flush();
    }

    /** Writes out the rest, a lone high surrogate at the very end included (as the whole text's encoding would). */
    @Override
    public void close() throws IOException {
        try {
            drain(buffer.length());
            out.flush();
        } finally {
            out.close();
        }
    }
}
