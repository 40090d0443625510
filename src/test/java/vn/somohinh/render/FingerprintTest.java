package vn.somohinh.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.somohinh.model.View;

/** A fingerprint follows every byte of what it covers, nested views included, and not the objects' identity. */
class FingerprintTest {
    public record Inner(String name, List<String> items) implements View {
    }

    public record Outer(String title, Inner inner) implements View {
    }

    private static Outer outer(String title, String name, String... items) {
        return new Outer(title, new Inner(name, List.of(items)));
    }

    @Test
    void equalContentInOtherObjectsGivesTheSameFingerprint() {
        assertEquals(new Fingerprint().of("a.html", outer("T", "N", "x", "y")),
                new Fingerprint().of("a.html", outer("T", "N", "x", "y")));
    }

    @Test
    void aChangeInsideANestedViewChangesTheOuterOne() {
        Fingerprint fingerprint = new Fingerprint();
        String before = fingerprint.of(outer("T", "N", "x", "y"));
        assertNotEquals(before, fingerprint.of(outer("T", "N", "x", "z")));
        assertNotEquals(before, fingerprint.of(outer("T", "M", "x", "y")));
        assertNotEquals(before, fingerprint.of(outer("U", "N", "x", "y")));
    }

    @Test
    void theNestedViewDigestedFirstOrLastMakesNoDifference() {
        Outer o = outer("T", "N", "x");
        Fingerprint innerFirst = new Fingerprint();
        innerFirst.of(o.inner());
        assertEquals(new Fingerprint().of(o), innerFirst.of(o));
    }

    @Test
    void manyThreadsAskingForOneViewAgree() throws Exception {
        Fingerprint fingerprint = new Fingerprint();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            items.add("mục " + i);
        }
        Outer big = new Outer("T", new Inner("N", items));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(pool.submit(() -> fingerprint.of("p", big)));
            }
            String expected = new Fingerprint().of("p", big);
            for (Future<String> f : asked) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The previous build's digests are found again by value (ViewDigests): sound only if a view's equals compares
     * everything its JSON holds. So every type a view holds must be a record, a list, a string, a number, a boolean
     * or an enum, all the way down: no class with an equals of its own making (or of identity).
     */
    @Test
    void everyViewIsMadeOfValuesAllTheWayDown() {
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        List<Class<?>> views = views();
        org.assertj.core.api.Assertions.assertThat(views).contains(vn.somohinh.model.CampaignView.class,
                vn.somohinh.model.ModelView.class, ModelsPage.class);
        for (Class<?> view : views) {
            valuesOnly(view, view.getSimpleName(), seen);
        }
        org.assertj.core.api.Assertions.assertThat(seen).hasSizeGreaterThan(20);
    }

    private static void valuesOnly(java.lang.reflect.Type type, String where, java.util.Set<Class<?>> seen) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            org.assertj.core.api.Assertions.assertThat(raw).as(where).isEqualTo(List.class);
            valuesOnly(p.getActualTypeArguments()[0], where + "[]", seen);
            return;
        }
        org.assertj.core.api.Assertions.assertThat(type).as(where).isInstanceOf(Class.class);
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive() || c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Double.class || c.isEnum() || !seen.add(c)) {
            return;
        }
        org.assertj.core.api.Assertions.assertThat(c.isRecord()).as(where + ": " + c.getName() + " is a record").isTrue();
        for (java.lang.reflect.RecordComponent component : c.getRecordComponents()) {
            valuesOnly(component.getGenericType(), where + "." + component.getName(), seen);
        }
    }

    /** Every class of the project that is a View, found among the compiled classes. */
    private static List<Class<?>> views() {
        Path classes = Path.of("target/classes");
        try (java.util.stream.Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> c = Class.forName(name, false, FingerprintTest.class.getClassLoader());
                if (View.class.isAssignableFrom(c) && c != View.class) {
                    found.add(c);
                }
            }
            return found;
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
