package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What serve's later stages keep between runs: given again only for the same records and an equal value. */
class RecallTest {
    private final AtomicInteger made = new AtomicInteger();

    private String make(String what) {
        made.incrementAndGet();
        return new String(what);
    }

    @Test
    void theSameRecordsAndAnEqualValueGiveWhatWasMade() {
        Recall<String> recall = Recall.kept();
        Object record = new Object();
        String first = recall.get("a", new ArrayList<>(List.of("x")), () -> List.of(record), () -> make("a"));
        recall.finished();
        String again = recall.get("a", new ArrayList<>(List.of("x")), () -> List.of(record), () -> make("a"));
        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void anotherRecordOrAnotherValueMakesItAgain() {
        Recall<String> recall = Recall.kept();
        Object record = new Object();
        String first = recall.get("a", "x", () -> List.of(record), () -> make("a1"));
        recall.finished();
        assertThat(recall.get("a", "x", () -> List.of(new Object()), () -> make("a2"))).isEqualTo("a2");
        recall.finished();
        recall.get("a", "x", () -> List.of(record), () -> make("a3"));
        recall.finished();
        assertThat(recall.get("a", "y", () -> List.of(record), () -> make("a4"))).isEqualTo("a4");
        assertThat(made).hasValue(4);
        assertThat(first).isEqualTo("a1");
    }

    /**
     * Made again for another record, a result equal to the last run's is that very object: a later stage that keeps
     * things by identity (the render's fingerprints) then finds it, and a new object always has a new value.
     */
    @Test
    void aResultMadeAgainEqualIsTheLastRunsObject() {
        Recall<String> recall = Recall.kept();
        String first = recall.get("a", "x", () -> List.of(new Object()), () -> make("a"));
        recall.finished();
        String again = recall.get("a", "x", () -> List.of(new Object()), () -> make("a"));
        assertThat(made).hasValue(2);
        assertThat(again).isSameAs(first);
        recall.finished();
        assertThat(recall.get("a", "x", () -> List.of(new Object()), () -> make("b"))).isNotSameAs(first)
                .isEqualTo("b");
    }

    /** Forgotten, nothing is given for its records; a result made again equal is still the last run's object. */
    @Test
    void forgottenPartsAreMadeAgainAndAnEqualOneIsTheLastObject() {
        Recall<String> recall = Recall.kept();
        Object record = new Object();
        String first = recall.get("a", "x", () -> List.of(record), () -> make("a"));
        recall.finished();
        recall.forget();
        assertThat(recall.get("a", "x", () -> List.of(record), () -> make("a"))).isSameAs(first);
        assertThat(made).as("made again, though the records are the same").hasValue(2);
        recall.finished();
        recall.get("a", "x", () -> List.of(record), () -> make("a"));
        assertThat(made).as("the run after is trusted again").hasValue(2);
    }

    /**
     * Parts asked with one shared value are compared with the last run's once; a part whose last value was another
     * object, unequal, is not taken for the same because its neighbour's comparison said equal.
     */
    @Test
    void aSharedValueIsComparedPerPairOfObjects() {
        Recall<String> recall = Recall.kept();
        Object record = new Object();
        List<String> shared = List.of("problems");
        recall.get("a", shared, () -> List.of(record), () -> make("a"));
        recall.get("b", List.of("other"), () -> List.of(record), () -> make("b"));
        recall.finished();
        List<String> now = new ArrayList<>(shared);
        recall.get("a", now, () -> List.of(record), () -> make("a"));
        recall.get("b", now, () -> List.of(record), () -> make("b"));
        assertThat(made).as("a kept (equal value), b made again (its value differed)").hasValue(3);
    }

    @Test
    void noneKeepsNothing() {
        Recall<String> recall = Recall.none();
        Object record = new Object();
        recall.get("a", "x", () -> List.of(record), () -> make("a"));
        recall.finished();
        recall.get("a", "x", () -> List.of(record), () -> make("a"));
        assertThat(made).hasValue(2);
    }
}
