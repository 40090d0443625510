package vn.somohinh.load;

import java.util.Map;
import vn.somohinh.cache.Store;

/**
 * The YAML reads of one recipe's last load, kept in memory for its next load (serve loads after every save): the pack
 * in the store is then read once, not at every rebuild. With {@code untilStop}, a load that read something anew does
 * not write the pack (72 MB at 52,012 models, about a second) but leaves that to {@link #keep}, when serve stops. A
 * pack not written is only a cache that misses: every read in it is still keyed by the bytes it was made from.
 */
public final class TreeMemory {
    private final boolean untilStop;
    /** The last load's reads by key; null before the first load. */
    private Map<String, TreePack.Slice> reads;
    private boolean unsaved;

    public TreeMemory(boolean untilStop) {
        this.untilStop = untilStop;
    }

    /** The last load's reads, or null when none was made by this memory. */
    Map<String, TreePack.Slice> last() {
        return reads;
    }

    /** After a load: its reads; whether they differ from the store's is {@code changed}. */
    boolean remember(Map<String, TreePack.Slice> now, boolean changed) {
        reads = now;
        unsaved |= changed && untilStop;
        return changed && !untilStop;
    }

    /** Writes the reads down if a load left them unwritten (serve, when it stops). */
    public void keep(Store store) {
        if (unsaved && reads != null) {
            Trees.store(store, reads);
            unsaved = false;
        }
    }
}
