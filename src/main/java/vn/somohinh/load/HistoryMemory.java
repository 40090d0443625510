package vn.somohinh.load;

/**
 * serve's last Git history and the commit it was read at: while HEAD names the same commit (and the clone is not
 * shallow, which is checked first), the history is the same, and a registry of many thousands of commits is not
 * walked again on every save. {@link #none()} keeps nothing: build reads the history once anyway.
 */
public final class HistoryMemory {
    private final boolean keeps;
    private String key;
    private History last;

    private HistoryMemory(boolean keeps) {
        this.keeps = keeps;
    }

    public static HistoryMemory none() {
        return new HistoryMemory(false);
    }

    public static HistoryMemory kept() {
        return new HistoryMemory(true);
    }

    /** The history kept for {@code key} (HEAD's commit and the site root's place in the repository), or null. */
    synchronized History recall(String key) {
        return key.equals(this.key) ? last : null;
    }

    synchronized void keep(String key, History history) {
        if (keeps) {
            this.key = key;
            this.last = history;
        }
    }
}
