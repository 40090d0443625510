package vn.somohinh.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.somohinh.model.View;

/**
 * The digests of the last build's views, kept in memory from one build to the next by a process that builds again
 * and again (serve): a view equal to one of the last build's takes its digest instead of being written out as JSON
 * and digested again, which was half of the work of a rebuild at 52,000 models. A build alone has no use for it: it
 * would only pay for the views' hash codes.
 */
public final class ViewMemory {
    private volatile Map<View, byte[]> last = Map.of();

    /** A fingerprint for the next build, which finds the last build's digests and keeps its own. */
    Fingerprint fingerprint() {
        return new Fingerprint(last, new ConcurrentHashMap<>());
    }

    /** After a build rendered whole: its digests are the ones the next build compares with. */
    void keep(Map<View, byte[]> digests) {
        last = digests;
    }
}
