package vn.somohinh.model;

/**
 * A view that stands behind several files and inside other views (a campaign's behind its page, its desk, its report
 * and inside the report's and the form's views). Only a marker: the render stage digests such a view once per build
 * and, where it is nested in another, takes its digest instead of writing it out again.
 */
public interface View {
}
