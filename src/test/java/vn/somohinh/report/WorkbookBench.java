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
 * campaign's full export (dang-ky-&lt;year&gt;.xlsx and .csv), seven runs each; then every model's registration
 * document (dang-ky.docx), on one thread and on as many as there are cores. Not a test:
 * {@code java -cp target/classes:target/test-classes:… vn.somohinh.report.WorkbookBench DIR [export]} ({@code export}:
 * the full export only).
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
        if (args.length > 1 && args[1].equals("export")) {
            export(site);
            return;
        }
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
        export(site);
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

    /**
     * The full export of each campaign (dang-ky-&lt;year&gt;.xlsx and .csv) as a build writes it, to files: the table, the
     * workbook as POI writes it, its normalising, the CSV.
     */
    private static void export(Site site) throws java.io.IOException {
        java.util.Map<String, vn.somohinh.model.ModelView> byId = new java.util.HashMap<>();
        site.modelPages().forEach(m -> byId.put(m.ref().id(), m));
        Path dir = java.nio.file.Files.createTempDirectory("so-mo-hinh-bench-");
        Path raw = dir.resolve("raw.xlsx");
        Path xlsx = dir.resolve("dang-ky.xlsx");
        Path csv = dir.resolve("dang-ky.csv");
        for (ReportView r : site.reports()) {
            for (int run = 0; run < 7; run++) {
                long t0 = System.nanoTime();
                ReportTables.Table table = RegistrationExport.table(r, byId);
                long t1 = System.nanoTime();
                try (var out = java.nio.file.Files.newOutputStream(raw)) {
                    RegistrationExport.xlsx(r, table, out);
                }
                long t2 = System.nanoTime();
                try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(xlsx))) {
                    ReproducibleZip.normalize(raw, out);
                }
                long t3 = System.nanoTime();
                try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(csv))) {
                    RegistrationExport.csv(r, byId).write(out);
                }
                long t4 = System.nanoTime();
                System.out.printf(java.util.Locale.ROOT, "%s: full export of %d models, run %d: xlsx %d ms (table %d,"
                        + " workbook %d, normalising %d; %d kB), csv %d ms (%d kB)%n", r.campaign().ref().year(),
                        r.campaign().models().size(), run + 1, (t3 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, java.nio.file.Files.size(xlsx) / 1024,
                        (t4 - t3) / 1_000_000, java.nio.file.Files.size(csv) / 1024);
            }
        }
        for (Path p : List.of(raw, xlsx, csv, dir)) {
            java.nio.file.Files.deleteIfExists(p);
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
