package vn.somohinh.problem;

/**
 * A fault in the site's own sources, which its maintainer fixes: a template that does not compile or fails on a
 * page, a template that turns escaping off, a content file on a registry page's path. Not in the data (no problem
 * line, exit 1) and not in the tool or the disk (exit 3's "lỗi nội bộ"): still exit 3, but printed as the place and
 * what to do there, in the terminal's problem format, so that an editor or a maintainer goes straight to it.
 */
public final class SourceFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String place;
    private final String what;
    private final String todo;

    /**
     * {@code place}: the file from the site root, with ":line:column" or ":line" when known; {@code what} and
     * {@code todo} in Vietnamese, without a final full stop.
     */
    public SourceFault(String place, String what, String todo, Throwable cause) {
        super(place + ": " + what, cause);
        this.place = place;
        this.what = what;
        this.todo = todo;
    }

    public String place() {
        return place;
    }

    public String what() {
        return what;
    }

    public String todo() {
        return todo;
    }

    /** "templates/page.ftlh:9:2: error: …: hãy …": one line, as the terminal prints a problem. */
    public String line() {
        return place + ": " + Severity.ERROR.label() + ": " + what + ": " + todo;
    }

    /** The first fault down {@code e}'s chain of causes (itself included), or null. */
    public static SourceFault in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SourceFault fault) {
                return fault;
            }
        }
        return null;
    }
}
