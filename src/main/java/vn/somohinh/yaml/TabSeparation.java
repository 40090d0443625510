package vn.somohinh.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * YAML lets a tab separate tokens ({@code key:<tab>value}, a tab before a comment or at the end of a line, a blank
 * line holding a tab); only a tab in indentation is wrong. SnakeYAML refuses a tab wherever it looks for the next
 * token. This turns every tab that lies outside a value and is not indentation into a space: the values, every line
 * and every column stay as they were, and a tab in indentation is still refused by the parser, at its place.
 */
final class TabSeparation {
    private TabSeparation() {
    }

    /** The text with its separating tabs turned into spaces (the same text when it has none). */
    static String spaced(String text, Lines lines, LoaderOptions options) {
        List<int[]> kept = valueSpans(text, lines, options);
        char[] chars = text.toCharArray();
        int span = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\t') {
                continue;
            }
            while (span < kept.size() && kept.get(span)[1] <= i) {
                span++;
            }
            boolean inValue = span < kept.size() && kept.get(span)[0] <= i;
            if (!inValue && !indents(chars, i)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Char ranges of the scalars (a block scalar from the end of its header line), found by scanning the text with
     * every tab read as a space; whatever lies past a scanning error is kept as it is.
     */
    private static List<int[]> valueSpans(String text, Lines lines, LoaderOptions options) {
        List<int[]> spans = new ArrayList<>();
        StreamReader reader = new StreamReader(text.replace('\t', ' '));
        ScannerImpl scanner = new ScannerImpl(reader, options);
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                if (scanner.getToken() instanceof ScalarToken scalar) {
                    int from = lines.offsetOf(scalar.getStartMark().getIndex());
                    if (scalar.getStyle() == DumperOptions.ScalarStyle.LITERAL
                            || scalar.getStyle() == DumperOptions.ScalarStyle.FOLDED) {
                        from = lineEnd(text, from);
                    }
                    spans.add(new int[] {from, lines.offsetOf(scalar.getEndMark().getIndex())});
                }
            }
        } catch (YAMLException e) {
            spans.add(new int[] {lines.offsetOf(reader.getMark().getIndex()), text.length()});
        }
        return spans;
    }

    /** A tab with only white space before it on its line, and something other than a comment after. */
    private static boolean indents(char[] chars, int at) {
        int before = at - 1;
        while (before >= 0 && (chars[before] == ' ' || chars[before] == '\t')) {
            before--;
        }
        if (before >= 0 && chars[before] != '\n' && chars[before] != '\r') {
            return false;
        }
        int after = at + 1;
        while (after < chars.length && (chars[after] == ' ' || chars[after] == '\t')) {
            after++;
        }
        return after < chars.length && chars[after] != '\n' && chars[after] != '\r' && chars[after] != '#';
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
