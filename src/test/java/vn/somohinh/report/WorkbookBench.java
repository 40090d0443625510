package vn.somohinh.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.History;
import vn.somohinh.model.ReportView;
import vn.somohinh.model.Site;
import vn.somohinh.model.SiteModel;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * Times the workbook of each campaign of a registry (made by {@code bench.RegistryGenerator}): {@code ReportXlsx}
 * and the zip normalising, five runs after two warm-ups, beside the other report files for comparison; then every
 * model's registration document (dang-ky.docx), on one thread and on as many as there are cores. Not a test:
 * {@code java -cp target/classes:target/test-classes:… vn.somohinh.report.WorkbookBench DIR}.
 */
public final class WorkbookBench {
    private WorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench/registry");
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems);
        Validator.validate(data, LocalDate.of(2026, 12, 1), problems);
        Site site = SiteModel.build(data, problems.sorted(), History.unavailable("bench"));
        for (ReportView r : site.reports()) {
            int models = ReportTables.models(r).rows().size();
            for (int run = 0; run < 7; run++) {
                long t0 = System.nanoTime();
                byte[] xlsx = ReproducibleZip.normalize(ReportXlsx.bytes(r));
                long t1 = System.nanoTime();
                byte[] docx = ReproducibleZip.normalize(ReportDocx.bytes(r));
                long t2 = System.nanoTime();
                byte[] csv = Documents.csv(r);
                byte[] json = Documents.json(r);
                long t3 = System.nanoTime();
                byte[] letter = r.campaign().reminder().owed().isEmpty() ? new byte[0]
                        : ReproducibleZip.normalize(ReminderDocx.bytes(r));
                long t4 = System.nanoTime();
                System.out.printf(java.util.Locale.ROOT,
                        "%s: %d models, run %d: xlsx %d ms (%d kB), docx %d ms (%d kB), csv+json %d ms (%d kB),"
                                + " letter to %d units %d ms (%d kB)%n",
                        r.campaign().ref().year(), models, run + 1, (t1 - t0) / 1_000_000, xlsx.length / 1024,
                        (t2 - t1) / 1_000_000, docx.length / 1024, (t3 - t2) / 1_000_000,
                        (csv.length + json.length) / 1024, r.campaign().reminder().owed().size(),
                        (t4 - t3) / 1_000_000, letter.length / 1024);
            }
        }
        List<Documents.Document> registrations = Documents.of(site.reports(), site.forms(), site.modelPages()).stream()
                .filter(d -> d.path().endsWith("/dang-ky.docx")).toList();
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            long bytes = 0;
            for (Documents.Document d : registrations) {
                bytes += d.content().bytes().length;
            }
            long t1 = System.nanoTime();
            long parallel = registrations.parallelStream().mapToLong(WorkbookBench::size).sum();
            long t2 = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "dang-ky.docx: %d files, run %d: %d ms on one thread, %d ms on %d,"
                    + " %d kB (%d)%n", registrations.size(), run + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    Runtime.getRuntime().availableProcessors(), bytes / 1024, parallel / 1024);
        }
    }

    private static long size(Documents.Document d) {
        try {
            return d.content().bytes().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
