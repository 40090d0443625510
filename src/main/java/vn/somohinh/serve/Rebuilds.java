package vn.somohinh.serve;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs rebuilds one at a time, after the files have been quiet for a moment: an editor's save is several events
 * (a temporary file, a rename, a change of attributes), and a checkout changes many files. A change that arrives
 * during a rebuild starts one more after it, however many changes arrive.
 */
final class Rebuilds {
    /** Quiet time before a rebuild: long enough for one save's events, short beside the rebuild. */
    static final long QUIET_MILLIS = 60;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "so-mo-hinh-dung-lai");
        t.setDaemon(true);
        return t;
    });
    private final Runnable rebuild;
    private Future<?> pending;
    /** A rebuild was asked for since the running one started (or serve is stopping). */
    private volatile boolean asked;

    Rebuilds(Runnable rebuild) {
        this.rebuild = rebuild;
    }

    /** Asks for a rebuild: replaces one that is waiting, or queues one behind the one that runs. */
    synchronized void request() {
        if (worker.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        asked = true;
        pending = worker.schedule(() -> {
            asked = false;
            rebuild.run();
        }, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs a rebuild now on the rebuilds' thread and waits for it; changes meanwhile queue one more after it. */
    void runNow() {
        Future<?> first;
        synchronized (this) {
            first = worker.submit(rebuild);
        }
        try {
            first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bị ngắt khi đang dựng lần đầu", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Whether a newer change waits behind the running rebuild, or serve stops: work that can wait should stop. */
    boolean newerWaiting() {
        return asked;
    }

    /** Drops a waiting rebuild and waits for a running one to finish (it removes its own staging folder). */
    void close() throws InterruptedException {
        asked = true;
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
            worker.shutdown();
        }
        worker.awaitTermination(10, TimeUnit.MINUTES);
    }
}
