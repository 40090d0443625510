package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * The compiled report of one campaign ("báo cáo tổng hợp"), as Ban Tổ chức hands it to Ban Thường vụ: the header of a
 * Vietnamese party document, then the figures and lists. The place and date in the header come from the data and
 * the last commit, never the clock.
 *
 * @param place  the place named in the header ("Bảo Lâm"), from the committee's name
 * @param date   the report's date: the last commit's day, or the newest date in the data
 * @param commit the build's commit, for the foot; null outside Git
 */
public record ReportView(CampaignView campaign, String issuer, String parentIssuer, String place, Day date,
                         String longDate, List<TypeSection> sections, List<Graded> graded, String commit) implements View.Kept {

    /** The models of one unit type, unit by unit. */
    public record TypeSection(Term type, List<UnitModels> units) {
    }

    public record UnitModels(UnitRef unit, List<ModelRef> models) {
    }

    /** A model with its year-end evaluation and proposals. */
    public record Graded(ModelRef model, Boolean replicate, Boolean commend, String remark) {
    }
}
