package vn.somohinh.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** A table as CSV the way Excel opens it: UTF-8 with a BOM, CRLF, the header row, text quoted, numbers not. */
final class CsvTable {
    private CsvTable() {
    }

    static byte[] bytes(ReportTables.Table t, UnaryOperator<Object> cell) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(t, cell, out);
        return out.toByteArray();
    }

    /** Writes {@code t} to {@code out}, each cell as {@code cell} gives it (null: an empty field); closes {@code out}. */
    static void write(ReportTables.Table t, UnaryOperator<Object> cell, OutputStream out) throws IOException {
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(t.header().toArray(String[]::new))
                .setQuoteMode(QuoteMode.NON_NUMERIC).get();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, format)) {
                for (List<Object> row : t.rows()) {
                    List<Object> cells = new ArrayList<>(row.size());
                    row.forEach(v -> cells.add(cell.apply(v)));
                    csv.printRecord(cells);
                }
            }
        }
    }
}
