package vn.somohinh.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mutations of one data file for {@link FuzzTest}: bytes flipped, truncated or inserted; lines moved, repeated,
 * deleted, re-indented; YAML constructs, odd values and odd Unicode inserted; line endings changed. Everything is
 * drawn from the given {@link Random}, so a seed gives the same mutant again; the description says what was done.
 */
final class Mutator {
    /** A mutated file and what was done to it. */
    record Mutant(byte[] bytes, String description) {
    }

    private static final String[] CONSTRUCTS = {"&a ", "*a", "!!str ", "!!binary ", "!!int ", "!custom ", "? [a, b]\n: c\n",
        "...\n", "---\n", "<<: *a\n", "{", "}", "[", "]", "\"", "'", "| ", "|\t", "> ", "|0", "%YAML 1.1\n", "%TAG ! x\n",
        "- ", ": ", ":", "#", "@", "`", "\t", "\t# ghi chú", " \t", "? ", ", ", "*a : b\n", "&a [x]\n", "!!binary \"không\"",
        "\"\\ud800\"", "\"\\x00\"", "\"\\L\"", "\"\\UFFFFFFFF\"", "\"\\q\"", "\"\\ud83d\\ude00\"", "'it''s'", "\\"};
    private static final String[] VALUES = {"~", "null", "\"\"", "''", "1e9", "-5", "0x1F", ".inf", "yes", "2023-02-30",
        "[]", "{}", "[a, [b]]", "{a: 1}", "\u00a0", "\u2007\u202f", "\"\u00a0\"", "|\n  x\n", ">-\n  x\n  y\n",
        "\"" + "dài ".repeat(400) + "\"", "15.000.000", "@ten", "https://vi.wikipedia.org/", "javascript:x", "true"};
    private static final int[] CHARACTERS = {0x2028, 0x2029, 0x85, 0xFEFF, 0xFFFE, 0xFFFF, 0xA0, 0x200B, 0x200F, 0x202E,
        0x2066, 0x061C, 0x0, 0x7, 0x1B, 0x7F, 0x9F, 0x1F600, 0x1F1FB, 0x0301, 0xFDD0, 0x10FFFF, 0xE000, 0x3000};
    private static final byte[][] BYTES = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE9}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80},
        {(byte) 0xFE, (byte) 0xFF}, {0}};

    private final Random random;
    private final List<String> done = new ArrayList<>();

    private Mutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of the file, then, one time in four, a mutation of its bytes. */
    static Mutant mutate(byte[] original, Random random) {
        Mutator m = new Mutator(random);
        String text = new String(original, StandardCharsets.UTF_8);
        int count = 1 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < count; i++) {
            text = m.mutateText(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            bytes = m.mutateBytes(bytes);
        }
        return new Mutant(bytes, String.join("; ", m.done));
    }

    private String mutateText(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        String line = lines.get(a);
        switch (random.nextInt(12)) {
            case 0 -> {
                int b = random.nextInt(lines.size());
                lines.add(b, lines.remove(a));
                done.add("move line " + (a + 1) + " to " + (b + 1));
            }
            case 1 -> {
                lines.remove(a);
                done.add("delete line " + (a + 1));
            }
            case 2 -> {
                int n = 1 + random.nextInt(3);
                boolean in = random.nextBoolean() || !line.startsWith(" ");
                lines.set(a, in ? " ".repeat(n) + line : line.substring(Math.min(n, countSpaces(line))));
                done.add((in ? "indent" : "unindent") + " line " + (a + 1) + " by " + n);
            }
            case 3 -> {
                int n = countSpaces(line);
                lines.set(a, "\t".repeat(1 + random.nextInt(2)) + line.substring(n));
                done.add("tab-indent line " + (a + 1));
            }
            case 4, 5 -> {
                String construct = pick(CONSTRUCTS);
                int at = insertionPoint(line);
                lines.set(a, line.substring(0, at) + construct + line.substring(at));
                done.add("insert " + show(construct) + " in line " + (a + 1) + " at column " + (at + 1));
            }
            case 6 -> {
                int colon = line.indexOf(": ");
                String value = pick(VALUES);
                lines.set(a, (colon < 0 ? line + ":" : line.substring(0, colon + 1)) + " " + value);
                done.add("value of line " + (a + 1) + " := " + show(value));
            }
            case 7 -> {
                int c = CHARACTERS[random.nextInt(CHARACTERS.length)];
                int at = line.isEmpty() ? 0 : line.offsetByCodePoints(0, random.nextInt(line.codePointCount(0, line.length()) + 1));
                lines.set(a, line.substring(0, at) + Character.toString(c) + line.substring(at));
                done.add(String.format(Locale.ROOT, "insert U+%04X in line %d at char %d", c, a + 1, at));
            }
            case 8 -> {
                return lineEndings(String.join("\n", lines));
            }
            case 9 -> {
                int item = findItem(lines, a);
                int n = random.nextInt(4) == 0 ? 2_000 + random.nextInt(8_000) : 2 + random.nextInt(20);
                for (int i = 0; i < n; i++) {
                    lines.add(item, lines.get(item));
                }
                done.add("repeat line " + (item + 1) + " " + n + " times");
            }
            case 10 -> {
                int at = random.nextInt(text.length() + 1);
                done.add("truncate text at char " + at);
                return text.substring(0, at);
            }
            default -> {
                done.add("byte order mark at the start");
                return "\uFEFF" + text;
            }
        }
        return String.join("\n", lines);
    }

    private String lineEndings(String text) {
        int kind = random.nextInt(3);
        done.add("line endings " + (kind == 0 ? "CR" : kind == 1 ? "CRLF" : "mixed"));
        if (kind < 2) {
            return text.replace("\n", kind == 0 ? "\r" : "\r\n");
        }
        StringBuilder out = new StringBuilder();
        for (String part : text.split("\n", -1)) {
            out.append(part).append(new String[] {"\n", "\r", "\r\n"}[random.nextInt(3)]);
        }
        return out.substring(0, out.length() - 1);
    }

    private byte[] mutateBytes(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        switch (random.nextInt(3)) {
            case 0 -> {
                if (at < bytes.length) {
                    int bit = random.nextInt(8);
                    bytes[at] ^= (byte) (1 << bit);
                    done.add("flip bit " + bit + " of byte " + at);
                }
                return bytes;
            }
            case 1 -> {
                done.add("truncate bytes at " + at);
                return Arrays.copyOf(bytes, at);
            }
            default -> {
                byte[] insert = BYTES[random.nextInt(BYTES.length)];
                byte[] out = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
                done.add("insert bytes " + hex(insert) + " at " + at);
                return out;
            }
        }
    }

    /** Line start, just after "key: ", the end of the line, or anywhere in it. */
    private int insertionPoint(String line) {
        int colon = line.indexOf(": ");
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> colon < 0 ? countSpaces(line) : colon + 2;
            case 2 -> line.length();
            default -> line.isEmpty() ? 0 : line.offsetByCodePoints(0, random.nextInt(line.codePointCount(0, line.length())));
        };
    }

    /** A list item at or after line {@code from} (the line itself when there is none). */
    private static int findItem(List<String> lines, int from) {
        for (int i = 0; i < lines.size(); i++) {
            int at = (from + i) % lines.size();
            if (lines.get(at).stripLeading().startsWith("- ")) {
                return at;
            }
        }
        return from;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int countSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String show(String s) {
        StringBuilder out = new StringBuilder("«");
        s.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c > 0x7E
                ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
        return out.append(s.length() > 40 ? "…»" : "»").toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return out.toString();
    }
}
