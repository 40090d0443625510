package vn.somohinh.render;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbake.app.ContentStore;

/**
 * JBake's content store (OrientDB) takes a second to start in a new JVM, nearly all of it loading and initialising
 * classes, and a tenth of that once they are loaded. A throwaway store is started and closed on a thread of its own
 * while the data is loaded and checked, so the bake's own store starts warm. Once per JVM; JBake's bake waits for it
 * (both hold the store's lock, {@link BakeSession#withStore}), the registry's pages and documents do not. Skipped under a locale whose digits or case mapping differ from the neutral one: the
 * bake switches the JVM's locale for OrientDB (BakeSession), which a thread beside the checks must not do.
 */
final class StoreWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StoreWarmUp() {
    }

    static void start() {
        if (!plainLocale() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(StoreWarmUp::run, "so-mo-hinh-khoi-dong");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        BakeSession.withStore(() -> {
            try {
                QuietOrient.started();
                ContentStore store = new ContentStore("memory", "so-mo-hinh-khoi-dong");
                try {
                    store.startup();
                } finally {
                    store.close();
                    store.shutdown();
                }
            } catch (RuntimeException | LinkageError e) {
                // Only time is lost: the bake starts its own store and reports what fails there.
            }
        });
    }

    /** True when the default locale formats and maps case as the neutral one does, for what OrientDB writes. */
    static boolean plainLocale() {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale locale = Locale.getDefault();
        return String.format(format, "%d", 1234567890).equals("1234567890")
                && String.format(locale, "%d", 1234567890).equals("1234567890")
                && "I".toLowerCase(locale).equals("i") && "i".toUpperCase(locale).equals("I");
    }
}
