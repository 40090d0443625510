package vn.somohinh.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Numbers;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;

/** Reads one data file: place by path, bytes, YAML tree, shape check, records. */
final class FileReader {

    /** What one file gave: its place, its records (null when the file could not be used) and its problems. */
    record Result(String path, DataLayout.Place place, List<Object> records, List<Problem> problems) {
    }

    private FileReader() {
    }

    /** Where the bytes of a data file come from: the working tree, or a commit (for {@code diff}). */
    interface Source {
        /** The file's bytes, or null when it is over {@code limit} (reported) or unreadable. */
        byte[] read(String path, long limit, Problems problems);
    }

    /** Files of the site root on disk; the size is checked before reading. */
    static Source disk(Path root) {
        return (path, limit, problems) -> readBytes(root.resolve(path), path, limit, problems);
    }

    /** Files held in memory, by path from the root. */
    static Source memory(java.util.Map<String, byte[]> files) {
        return (path, limit, problems) -> {
            byte[] bytes = files.get(path);
            if (bytes != null && bytes.length > limit) {
                problems.add(path, 1, 1, Code.FILE_TOO_LARGE, Numbers.grouped(bytes.length), Numbers.grouped(limit));
                return null;
            }
            return bytes;
        };
    }

    static Result read(Source source, String path) {
        return read(source, path, Trees.NONE);
    }

    /** As {@link #read(Source, String)}, the YAML trees taken from {@code trees} when it holds them. */
    static Result read(Source source, String path, Trees trees) {
        Problems problems = new Problems();
        DataLayout.Place place = DataLayout.classify(path);
        List<Object> records = switch (place.kind()) {
            case IGNORED -> List.of();
            case FOREIGN -> {
                problems.add(path, 1, 1, Code.UNEXPECTED_FILE);
                yield List.of();
            }
            case MISPLACED -> {
                problems.add(path, 1, 1, Code.BAD_PATH, place.reason());
                yield null;
            }
            default -> parse(source, path, place, trees, problems);
        };
        return new Result(path, place, records, problems.sorted());
    }

    private static List<Object> parse(Source source, String path, DataLayout.Place place, Trees trees,
                                      Problems problems) {
        boolean list = place.kind() == DataLayout.Kind.UNITS || place.kind() == DataLayout.Kind.DIRECTIVES;
        byte[] bytes = source.read(path, list ? SafeYamlReader.MAX_LIST_BYTES : SafeYamlReader.MAX_BYTES, problems);
        Node node = bytes == null ? null : trees.read(path, bytes, problems);
        if (node == null) {
            return null;
        }
        ShapeChecker checker = new ShapeChecker(path, problems);
        return switch (place.kind()) {
            case UNITS, DIRECTIVES -> list(path, place.kind(), node, checker, problems);
            default -> {
                if (!(node instanceof Node.Mapping map)) {
                    problems.add(path, node.pos().line(), node.pos().column(), Code.WRONG_SHAPE, "nội dung tệp",
                            "một nhóm trường (key: value)", node.describe());
                    yield null;
                }
                yield List.of(single(path, place, map, checker, bytes));
            }
        };
    }

    private static Object single(String path, DataLayout.Place place, Node.Mapping map, ShapeChecker checker,
                                 byte[] bytes) {
        return switch (place.kind()) {
            case SITE -> {
                checker.check(map, Schemas.SITE, "");
                yield RecordReader.site(path, map);
            }
            case CAMPAIGN -> {
                checker.check(map, Schemas.CAMPAIGN, "");
                yield RecordReader.campaign(path, place.year(), map);
            }
            case REGISTRATION -> {
                checker.check(map, Schemas.REGISTRATION, "");
                yield RecordReader.registration(path, place.key(), map);
            }
            case REVIEW -> {
                checker.check(map, Schemas.REVIEW, "");
                yield RecordReader.review(path, place.key(), map, new String(bytes, StandardCharsets.UTF_8));
            }
            default -> throw new IllegalStateException("not a single-record file: " + place.kind());
        };
    }

    private static List<Object> list(String path, DataLayout.Kind kind, Node node, ShapeChecker checker,
                                     Problems problems) {
        if (!(node instanceof Node.Seq seq)) {
            problems.add(path, node.pos().line(), node.pos().column(), Code.WRONG_SHAPE, "nội dung tệp",
                    "một danh sách (mỗi mục bắt đầu bằng \"- \")", node.describe());
            return null;
        }
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            // Entries are named by their 1-based place in the list: "[3].loai" (docs/DECISIONS.md).
            String entry = "[" + (i + 1) + "]";
            if (!(item instanceof Node.Mapping map)) {
                problems.add(path, item.pos().line(), item.pos().column(), Code.WRONG_SHAPE, "mục " + entry,
                        "một nhóm trường (key: value)", item.describe());
                continue;
            }
            if (kind == DataLayout.Kind.UNITS) {
                checker.check(map, Schemas.UNIT, entry + ".");
                records.add(RecordReader.unit(path, map, entry + "."));
            } else {
                checker.check(map, Schemas.DIRECTIVE, entry + ".");
                records.add(RecordReader.directive(path, map, entry + "."));
            }
        }
        return records;
    }

    private static byte[] readBytes(Path file, String path, long limit, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                // Say so without reading a huge file into memory.
                problems.add(path, 1, 1, Code.FILE_TOO_LARGE, Numbers.grouped(size), Numbers.grouped(limit));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được tệp " + path, e);
        }
    }
}
