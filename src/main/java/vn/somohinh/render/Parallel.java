package vn.somohinh.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs an action over a list on every core and returns only when every task has stopped, so that a failure never
 * leaves a writer running while the staging folder is being deleted (a parallel stream can return early).
 */
final class Parallel {
    private Parallel() {
    }

    static <T> void forEach(List<T> items, Consumer<T> action) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> tasks = new ArrayList<>();
            int chunk = Math.max(1, items.size() / (threads * 8));
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> part = items.subList(from, Math.min(items.size(), from + chunk));
                tasks.add(pool.submit(() -> {
                    for (T item : part) {
                        if (failed.get()) {
                            return;
                        }
                        try {
                            action.accept(item);
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                }));
            }
            RuntimeException first = null;
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("render: interrupted", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
