package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/** A unit with its registration state in every campaign and its models by year. */
public record UnitView(UnitRef ref, Term type, Day from, Day until, List<String> admins,
                       List<CampaignState> campaigns, List<YearModels> years) implements View {

    /** Its models across the years and where each stands, as a chart; none when it registered nothing. */
    public Chart chart() {
        return years.isEmpty() ? null : Charts.unitYears(years);
    }

    /**
     * The unit in one campaign. {@code target}: it had to register; {@code count}: models registered;
     * {@code onTime}: its first registration was by the deadline (null when it registered nothing).
     */
    public record CampaignState(CampaignRef campaign, boolean target, boolean active, int count, Day first,
                                Boolean onTime) {
    }

    public record YearModels(String year, List<ModelRef> models) {
    }

    /** The units of one type, for the units page. */
    public record Group(Term type, List<UnitView> units) {
    }
}
