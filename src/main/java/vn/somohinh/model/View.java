package vn.somohinh.model;

/**
 * A view that stands behind several files and inside other views (a campaign's behind its page, its desk, its report
 * and inside the report's and the form's views). Only a marker: the render stage digests such a view once per build
 * and, where it is nested in another, takes its digest instead of writing it out again.
 */
public interface View {
    /**
     * A view that serve's model stage gives again as the same object while its inputs are unchanged (ModelMemory:
     * a campaign's view, its report, its form). A new one is one whose inputs changed, so the render stage does not
     * look its digest up by value, which would hash the whole view (10,000 rows) for nothing.
     */
    interface Kept extends View {
    }
}
