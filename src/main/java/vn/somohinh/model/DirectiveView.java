package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.ModelRef;

/**
 * A policy document with every campaign that cites it and the models that do: all of them when they are at most
 * {@link #LISTED}, else none (the page then links to the models page filtered by the directive), so that a directive
 * every registration cites is not a table of tens of thousands of rows, nor a view remade on every save.
 *
 * @param modelCount how many models cite it
 * @param models     the models citing it, newest first, when they are at most {@link #LISTED}; else empty
 */
public record DirectiveView(DirectiveRef ref, Day date, String issuer, String link, List<CampaignRef> launched,
                            List<CampaignRef> basisOf, int modelCount, List<ModelRef> models) implements View {
    /** As many rows as a page of the models table. */
    public static final int LISTED = 1000;
}
