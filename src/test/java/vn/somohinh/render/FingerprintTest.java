package vn.somohinh.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    @Test
    void aNextBuildGivesTheSameFingerprintsAsAFreshOne() {
        Fingerprint first = new Fingerprint(java.util.Map.of());
        first.of("a.html", outer("T", "N", "x", "y"));
        Fingerprint next = new Fingerprint(first.remembered());
        assertEquals(new Fingerprint().of("a.html", outer("T", "N", "x", "y")),
                next.of("a.html", outer("T", "N", "x", "y")));
        assertEquals(new Fingerprint().of("a.html", outer("T", "N", "x", "z")),
                next.of("a.html", outer("T", "N", "x", "z")));
        assertNotEquals(next.of(outer("T", "N", "x", "y")), next.of(outer("T", "N", "y", "x")));
    }

    /** A record whose JSON (through its accessor) changes each time it is written, while its value does not. */
    public record Counted(String name) implements View {
        static final java.util.concurrent.atomic.AtomicInteger WRITTEN = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String name() {
            return name + WRITTEN.incrementAndGet();
        }
    }

    @Test
    void aNextBuildTakesTheDigestOfAnEqualRecordWithoutWritingItOut() {
        Fingerprint first = new Fingerprint(java.util.Map.of());
        String before = first.of(new Counted("N"));
        assertNotEquals(before, new Fingerprint().of(new Counted("N")), "written out again, it differs");
        assertEquals(before, new Fingerprint(first.remembered()).of(new Counted("N")));
        Fingerprint alone = new Fingerprint();
        alone.of(new Counted("N"));
        assertEquals(0, alone.remembered().size(), "a build that stands alone keeps nothing");
    }

    /** As {@link Counted}, of a kind that serve's model stage keeps by identity. */
    public record CountedKept(String name) implements View.Kept {
        static final java.util.concurrent.atomic.AtomicInteger WRITTEN = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String name() {
            return name + WRITTEN.incrementAndGet();
        }

        @Override
        public int hashCode() {
            throw new AssertionError("a kept view is never hashed by value");
        }
    }

    /**
     * A kept view found again by identity takes its digest; a new one, even equal, is written out, and is never hashed
     * by value (its hashCode would walk 10,000 rows).
     */
    @Test
    void aKeptViewIsFoundByIdentityOnly() {
        Fingerprint first = new Fingerprint(java.util.Map.of());
        CountedKept kept = new CountedKept("N");
        String before = first.of(kept);
        Fingerprint next = new Fingerprint(first.remembered());
        assertEquals(before, next.of(kept), "the same object: its digest");
        assertNotEquals(before, new Fingerprint(first.remembered()).of(new CountedKept("N")),
                "an equal new object is not taken for the same");
    }

    /**
     * In a build that follows one of the same run, a new kept view stands for itself: it is not written out (serve's
     * model stage gives an equal one back as the same object), and its files are made again. The first build of a
     * run writes every view out, to compare with the files an earlier run left.
     */
    @Test
    void aNewKeptViewAfterABuildOfTheRunIsNotWrittenOut() {
        Fingerprint first = new Fingerprint(java.util.Map.of());
        first.of(new Counted("M"));
        int written = CountedKept.WRITTEN.get();
        String a = first.of(new CountedKept("N"));
        String b = first.of(new CountedKept("N"));
        assertEquals(written + 2, CountedKept.WRITTEN.get(), "the run's first build writes its views out");
        assertNotEquals(a, b, "each is written out: its name counts the writings");
        Fingerprint next = new Fingerprint(first.remembered());
        CountedKept kept = new CountedKept("N");
        String c = next.of(kept);
        String d = next.of(new CountedKept("N"));
        assertEquals(written + 2, CountedKept.WRITTEN.get(), "a following build writes no new kept view out");
        assertNotEquals(c, d);
        assertEquals(c, next.of(kept), "the same object, the same fingerprint");
        assertEquals(c, new Fingerprint(next.remembered()).of(kept), "and so in the next build");
        assertNotEquals(c, new Fingerprint().of(new CountedKept("N")));
    }
}
