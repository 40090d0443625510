package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.ModelRef;

/** A policy document with every campaign and model that cites it. */
public record DirectiveView(DirectiveRef ref, Day date, String issuer, String link, List<CampaignRef> launched,
                            List<CampaignRef> basisOf, List<ModelRef> models) implements View {
}
