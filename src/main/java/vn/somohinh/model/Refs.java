package vn.somohinh.model;

/** Short references between pages: enough to name and link the target. Paths are site-relative, ending in "/". */
public final class Refs {
    private Refs() {
    }

    public record UnitRef(String id, String name, String path) {
    }

    public record DirectiveRef(String id, String number, String kind, String subject, String path) {
    }

    public record CampaignRef(String year, String name, String path, String deskPath) {
    }

    /**
     * A model in a list: everything a table row needs. {@code id} is year/unit/slug; {@code grade} is null until
     * the year-end evaluation. A {@link View}: a model's row stands in its campaign's lists, its desk, its agenda,
     * its unit's and its directives' pages, and the render stage digests it once for all of them.
     */
    public record ModelRef(String id, String path, String name, UnitRef unit, Term unitType, String year, Term field,
                           StatusTag status, Day registered, boolean late, Term grade) implements View {
    }
}
