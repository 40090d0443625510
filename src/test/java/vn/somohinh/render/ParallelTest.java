package vn.somohinh.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The render pool: every job runs once, and a failure surfaces only after every worker has stopped. */
class ParallelTest {

    @Test
    void runsEveryJobExactlyOnce() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        List<Parallel.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            jobs.add(() -> assertTrue(done.add(n), "job " + n + " ran twice"));
        }
        Parallel.run(jobs);
        assertEquals(10_000, done.size());
    }

    @Test
    void aFailureWaitsForTheJobStillRunning() {
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean slowFinished = new AtomicBoolean();
        RuntimeException boom = new IllegalStateException("boom");
        List<Parallel.Job> jobs = List.of(
                () -> {
                    slowStarted.countDown();
                    sleep(300);
                    slowFinished.set(true);
                },
                () -> {
                    awaitQuietly(slowStarted);
                    throw boom;
                });
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Parallel.run(jobs));
        assertSame(boom, thrown);
        assertTrue(slowFinished.get(), "run() returned while a job was still writing");
    }

    @Test
    void anInputOutputFailureComesBackWithItsCause() {
        IOException cause = new IOException("disk full");
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
                () -> Parallel.run(List.of(() -> {
                    throw cause;
                })));
        assertSame(cause, thrown.getCause());
    }

    @Test
    void afterAFailureNoNewJobStarts() {
        AtomicBoolean lateJobRan = new AtomicBoolean();
        List<Parallel.Job> jobs = new ArrayList<>();
        jobs.add(() -> {
            throw new IllegalStateException("first");
        });
        for (int i = 0; i < 1_000; i++) {
            jobs.add(() -> sleep(1));
        }
        jobs.add(() -> lateJobRan.set(true));
        assertThrows(IllegalStateException.class, () -> Parallel.run(jobs));
        assertFalse(lateJobRan.get());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
