package vn.somohinh.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a list of jobs on every core and returns only when every worker has stopped, so that a failure never leaves
 * a writer running while the staging folder is being deleted (a parallel stream can return early). Each worker takes
 * the next job from the list: put the longest jobs first and the cores stay busy to the end.
 */
final class Parallel {
    /** A unit of work that may write files. */
    interface Job {
        void run() throws IOException;
    }

    private Parallel() {
    }

    static void run(List<Job> jobs) {
        start(jobs).await();
    }

    /** Starts the jobs in the background; {@link Running#await()} must be called, also when something else failed. */
    static Running start(List<Job> jobs) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < jobs.size() && !failed.get(); i = next.getAndIncrement()) {
                    try {
                        jobs.get(i).run();
                    } catch (IOException e) {
                        failed.set(true);
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        return new Running(pool, workers, failed);
    }

    /** Jobs under way. */
    static final class Running {
        private final ExecutorService pool;
        private final List<Future<?>> workers;
        private final AtomicBoolean failed;

        private Running(ExecutorService pool, List<Future<?>> workers, AtomicBoolean failed) {
            this.pool = pool;
            this.workers = workers;
            this.failed = failed;
        }

        /**
         * The run failed elsewhere with {@code cause}: asks the workers to stop after their current job, waits for
         * them, and adds any failure of theirs to {@code cause}.
         */
        void abandon(Throwable cause) {
            failed.set(true);
            try {
                await();
            } catch (RuntimeException also) {
                cause.addSuppressed(also);
            }
        }

        /** Returns once every worker has stopped; then throws the first failure, if any. */
        void await() {
            RuntimeException first = null;
            boolean interrupted = false;
            for (Future<?> worker : workers) {
                while (true) {
                    try {
                        worker.get();
                        break;
                    } catch (ExecutionException e) {
                        if (first == null) {
                            first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                        }
                        break;
                    } catch (InterruptedException e) {
                        // Keep waiting: returning now would leave a writer running in a folder about to be deleted.
                        interrupted = true;
                        failed.set(true);
                    }
                }
            }
            pool.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
