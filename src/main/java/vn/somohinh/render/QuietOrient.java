package vn.somohinh.render;

import com.orientechnologies.orient.core.Orient;

/**
 * OrientDB starts once per JVM and takes over Ctrl-C and SIGTERM: its handler closed the store under a rebuild in
 * progress and ended the JVM with status 1, and its shutdown hook did the same beside serve's own. Without them
 * the JVM's own handling stands: shutdown hooks, then status 130 (Ctrl-C) or 143 (SIGTERM). Started on the first
 * bake or warm-up, under a locale that prints ASCII digits (OrientDB fails to start under ar_EG's digits).
 */
final class QuietOrient {
    static {
        Orient.instance().removeSignalHandler();
        Orient.instance().removeShutdownHook();
    }

    private QuietOrient() {
    }

    static void started() {
        // The class's initialisation is the work.
    }
}
