package vn.somohinh.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Problems;

/** A stored read gives back exactly the reader's tree and problems, places included; anything else gives null. */
class TreeCodecTest {
    /** Every YAML file of the fixtures and the default data: good ones, and every kind the reader refuses. */
    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"));
             Stream<Path> data = Files.walk(Path.of("data"))) {
            return Stream.concat(fixtures, data).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static TreeCodec.Read read(Path file) throws IOException {
        Problems problems = new Problems();
        Node root = SafeYamlReader.read(file.toString(), Files.readAllBytes(file), problems);
        return new TreeCodec.Read(root, problems.inOrder());
    }

    @Test
    void aStoredReadIsTheRead() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(50);
        int refused = 0;
        for (Path file : files) {
            TreeCodec.Read read = read(file);
            refused += read.root() == null ? 1 : 0;
            TreeCodec.Read back = TreeCodec.decode(TreeCodec.encode(read), file.toString());
            assertThat(back).as(file.toString()).isEqualTo(read);
            assertThat(String.valueOf(back.root())).isEqualTo(String.valueOf(read.root()));
        }
        assertThat(refused).as("files the reader refuses").isGreaterThan(5);
    }

    @Test
    void keysAreSharedAsTheReaderSharesThem() throws IOException {
        Path file = Path.of("src/test/resources/fixtures/_base/data/site.yaml");
        Node.Mapping map = (Node.Mapping) TreeCodec.decode(TreeCodec.encode(read(file)), "x").root();
        for (String key : map.entries().keySet()) {
            assertThat(key).isSameAs(key.intern());
        }
    }

    @Test
    void cutOrAlteredBytesNeverThrow() throws IOException {
        for (Path file : yamlFiles().subList(0, 20)) {
            byte[] bytes = TreeCodec.encode(read(file));
            for (int length = 0; length < bytes.length; length += Math.max(1, bytes.length / 40)) {
                assertThat(TreeCodec.decode(Arrays.copyOf(bytes, length), "x")).isNull();
            }
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
            assertThat(TreeCodec.decode(longer, "x")).isNull();
            for (int i = 0; i < bytes.length; i += 3) {
                byte[] flipped = bytes.clone();
                flipped[i] ^= (byte) 0xA5;
                TreeCodec.decode(flipped, "x"); // null or some tree, never an exception (the store checksums)
            }
        }
    }

    /** The fingerprint covers the code of the whole reading layer, found where it was loaded from. */
    @Test
    void theVersionCoversEveryReaderClass() throws Exception {
        Path classes = Path.of("target/classes/vn/somohinh/yaml");
        List<String> compiled;
        try (Stream<Path> all = Files.list(classes)) {
            compiled = all.map(p -> "vn/somohinh/yaml/" + p.getFileName()).filter(n -> n.endsWith(".class"))
                    .sorted().toList();
        }
        assertThat(ReaderVersion.classes()).isEqualTo(compiled).contains("vn/somohinh/yaml/SafeYamlReader.class",
                "vn/somohinh/yaml/SafeYamlReader$TooDeep.class");
        assertThat(TreeCodec.VERSION).hasSize(64).isEqualTo(ReaderVersion.fingerprint());
    }
}
