package vn.somohinh.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.somohinh.problem.Code;

/**
 * Reads a CSV file as Excel writes it: UTF-8 with or without a BOM, or UTF-16 with its BOM ("Unicode text");
 * the separator found from the first lines (`,`, `;` as Vietnamese regional settings give, or tab). Every value
 * is text; record N is row N, as Excel numbers the rows when it opens the file.
 */
final class CsvReader {
    private static final char[] SEPARATORS = {',', ';', '\t'};
    /** Characters looked at to find the separator. */
    private static final int SNIFF = 64 * 1024;

    private CsvReader() {
    }

    static XlsxReader.Result read(Path file, String name) throws IOException {
        if (Files.size(file) > Limits.MAX_CSV_BYTES) {
            throw new Refused(Code.IMPORT_TOO_LARGE, "tệp CSV lớn hơn " + Limits.MAX_CSV_BYTES / (1024 * 1024) + " MB");
        }
        try (BufferedReader text = decode(Files.newInputStream(file))) {
            text.mark(SNIFF);
            char[] start = new char[SNIFF];
            int n = text.read(start);
            text.reset();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(start, Math.max(n, 0)))
                    .setIgnoreEmptyLines(false).get();
            SheetEntries sheet = new SheetEntries(name, name, Merges.NONE);
            RowBudget budget = new RowBudget();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                for (CSVRecord record : parser) {
                    Row row = row(name, (int) record.getRecordNumber(), record);
                    if (!row.cells().isEmpty()) {
                        budget.count();
                        sheet.accept(row);
                    }
                }
            } catch (UncheckedIOException e) {
                throw unreadable(e.getCause());
            }
            return new XlsxReader.Result(sheet.finish(), sheet.hasHeader());
        } catch (CharacterCodingException e) {
            throw notUnicode();
        }
    }

    private static Refused unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return notUnicode();
        }
        return new Refused(Code.IMPORT_UNREADABLE, "tệp CSV sai cú pháp, thường do một dấu ngoặc kép \" không được đóng");
    }

    private static Refused notUnicode() {
        return new Refused(Code.IMPORT_UNREADABLE, "tệp CSV không dùng bảng mã UTF-8 (Excel cần lưu dạng \"CSV UTF-8\")");
    }

    private static Row row(String name, int number, CSVRecord record) {
        TreeMap<Integer, Cell> cells = new TreeMap<>();
        for (int column = 0; column < Math.min(record.size(), Limits.MAX_COLUMNS); column++) {
            String value = record.get(column);
            Cell c = Cell.text(Row.place(name, column, number), Row.lines(value));
            if (!c.isBlank()) {
                cells.put(column, c);
            }
        }
        return new Row(number, cells);
    }

    /** A strict decoder: bytes that are not UTF-8 (Windows-1258, Latin-1) are refused rather than garbled. */
    private static BufferedReader decode(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = in.readNBytes(3);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            skip = 3;
        }
        in.unread(bom, skip, bom.length - skip);
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), SNIFF * 2);
    }

    /** The candidate met most often outside quotes in the first characters; `,` when none is. */
    static char separator(char[] text, int length) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            }
            for (int s = 0; s < SEPARATORS.length && !quoted; s++) {
                counts[s] += c == SEPARATORS[s] ? 1 : 0;
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return SEPARATORS[best];
    }
}
