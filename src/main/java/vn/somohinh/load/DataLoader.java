package vn.somohinh.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/** The load stage: finds every file under data/, reads each safely, and returns the records. Never writes. */
public final class DataLoader {
    private DataLoader() {
    }

    /** Loads {@code root/data}; every problem met goes to {@code problems}. */
    public static DataSet load(Path root, Problems problems) {
        return load(root, problems, Store.none());
    }

    /**
     * As {@link #load(Path, Problems)}, each file's YAML tree taken from {@code store} when it holds the tree of the
     * same bytes read by the same reader, and stored there otherwise: the result is the same either way.
     */
    public static DataSet load(Path root, Problems problems, Store store) {
        return load(root, problems, store, Reads.NONE);
    }

    /**
     * As {@link #load(Path, Problems, Store)}, reusing what {@code reads} kept of the last load for every file that
     * did not change since, and keeping this load's for the next: serve's rebuilds. The result is the same as a
     * load that reads everything. The store is used by a load that reads everything only: a later one reads a few
     * files, and storing only those would replace the pack of all the others.
     */
    public static DataSet load(Path root, Problems problems, Store store, Reads reads) {
        Reads.Round round = reads.begin();
        Reads.Listing listing = round.listed(root);
        if (listing == null) {
            listing = listFiles(root);
        }
        listing.links().forEach(link -> problems.add(link, 1, 1, Code.SYMLINK));
        Map<String, Reads.Stamp> listed = listing.files();
        Trees trees = round.last().isEmpty() ? Trees.open(store) : Trees.NONE;
        FileReader.Source disk = FileReader.disk(root);
        List<String> paths = List.copyOf(listed.keySet());
        List<FileReader.Result> results = read(paths, path -> {
            FileReader.Result again = round.reuse(path, listed.get(path));
            return again != null ? again : FileReader.read(disk, path, trees);
        }, problems);
        trees.save();
        if (reads.keeps()) {
            Map<String, Reads.Kept> kept = new HashMap<>();
            for (FileReader.Result result : results) {
                kept.put(result.path(), new Reads.Kept(listed.get(result.path()), result));
            }
            reads.remember(round, listing, kept);
        }
        return build(paths, results, problems);
    }

    /** Loads data files held in memory, by path from the root ("data/…"), e.g. as they were in a commit. */
    public static DataSet load(Map<String, byte[]> files, Problems problems) {
        List<String> paths = files.keySet().stream().filter(p -> p.startsWith("data/")).sorted().toList();
        return load(paths, FileReader.memory(files), Trees.NONE, problems);
    }

    /**
     * Only the models that {@code changed} touches, as they would be with those files (registrations or reviews,
     * "data/…" paths): each changed file read from memory, the model's other file and every catalog and campaign as
     * in {@code before}, and {@code before}'s list of files. Enough to validate changed review files, since what a
     * rule says at a review file depends on nothing but that model's files, the catalogs and the campaigns
     * (RecheckScopeTest holds every rule to this): {@code decide} and {@code grade} check what they write without
     * reading the whole registry again. Not so for registrations, which rules compare with each other (similar
     * names, duplicates): a changed registration needs the whole registry validated.
     */
    public static DataSet changedModels(DataSet before, Map<String, byte[]> changed, Problems problems) {
        Set<ModelKey> keys = new HashSet<>();
        for (String path : changed.keySet()) {
            DataLayout.Place place = DataLayout.classify(path);
            if (place.kind() != DataLayout.Kind.REGISTRATION && place.kind() != DataLayout.Kind.REVIEW) {
                throw new IllegalArgumentException("not a model's file: " + path);
            }
            keys.add(place.key());
        }
        List<String> paths = changed.keySet().stream().sorted().toList();
        DataSetBuilder read = new DataSetBuilder();
        FileReader.Source source = FileReader.memory(changed);
        for (String path : paths) {
            FileReader.Result result = FileReader.read(source, path);
            problems.addAll(result.problems());
            read.add(result);
        }
        DataSet fresh = read.build(paths);
        List<Registration> registrations = new ArrayList<>(fresh.registrations());
        before.registrations().stream().filter(r -> keys.contains(r.key()) && !changed.containsKey(r.src().file()))
                .forEach(registrations::add);
        List<Review> reviews = new ArrayList<>(fresh.reviews());
        before.reviews().stream().filter(r -> keys.contains(r.key()) && !changed.containsKey(r.src().file()))
                .forEach(reviews::add);
        registrations.sort(Comparator.comparing(r -> r.src().file()));
        reviews.sort(Comparator.comparing(r -> r.src().file()));
        Set<String> files = new TreeSet<>(before.files());
        files.addAll(paths);
        return new DataSet(before.site(), before.units(), before.directives(), before.campaigns(),
                List.copyOf(registrations), List.copyOf(reviews), List.copyOf(files));
    }

    private static DataSet load(List<String> paths, FileReader.Source source, Trees trees, Problems problems) {
        return build(paths, read(paths, path -> FileReader.read(source, path, trees), problems), problems);
    }

    private static List<FileReader.Result> read(List<String> paths, Function<String, FileReader.Result> reader,
                                                Problems problems) {
        for (String required : DataLayout.REQUIRED) {
            if (!paths.contains(required)) {
                problems.add(required, 1, 1, Code.MISSING_FILE, required);
            }
        }
        // Files are independent: read them in parallel, each with its own problems, then merge in path order.
        return paths.parallelStream().map(reader).toList();
    }

    private static DataSet build(List<String> paths, List<FileReader.Result> results, Problems problems) {
        DataSetBuilder builder = new DataSetBuilder();
        for (FileReader.Result result : results) {
            problems.addAll(result.problems());
            builder.add(result);
        }
        return builder.build(paths);
    }

    /**
     * Every file under data/, by sorted path from the root, with its stamp (from the walk itself: no more calls to
     * the file system), and the symbolic links met, which are reported, never followed.
     */
    private static Reads.Listing listFiles(Path root) {
        Path data = root.resolve("data");
        Map<String, Reads.Stamp> paths = new TreeMap<>();
        Set<String> links = new TreeSet<>();
        if (!Files.isDirectory(data)) {
            return new Reads.Listing(paths, links);
        }
        try {
            Files.walkFileTree(data, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName().toString().startsWith(".") && !dir.equals(data)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        links.add(rel);
                    } else if (attrs.isRegularFile()) {
                        paths.put(rel, Reads.Stamp.of(attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được thư mục " + data, e);
        }
        return new Reads.Listing(paths, links);
    }

    static String relative(Path root, Path file) {
        String rootName = root.toString();
        String name = file.toString();
        // Files come from walking the root: their names start with it (cheaper than Path.relativize, 86,000 times).
        String rel = name.startsWith(rootName) && name.length() > rootName.length()
                && name.charAt(rootName.length()) == java.io.File.separatorChar
                ? name.substring(rootName.length() + 1) : root.relativize(file).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace('\\', '/');
    }
}
