package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.ModelRef;

/**
 * What the pages show, built once from validated data; immutable. Lists are in display order: campaigns newest
 * first, models by year (newest first) then unit and name the Vietnamese way, units by type then name.
 *
 * @param current the newest campaign, or null when there is none
 * @param forms   each campaign's registration form as a Word file offers it
 */
public record Site(SiteInfo info, Codes codes, List<CampaignView> campaigns, CampaignView current,
                   List<ModelRef> models, List<ModelView> modelPages, List<UnitView.Group> unitGroups,
                   List<UnitView> units, List<DirectiveView> directives, List<FeedEntry> feed, Day updated,
                   Git git, List<ReportView> reports, java.util.Map<String, String> schemas, List<FormView> forms) {

    /** What Git says: the last commit, or why there is no history ({@code note}). */
    public record Git(boolean available, String note, Day lastCommit, String lastCommitId) {
    }

    /** The code lists in their configured order (statuses in the fixed table order), for filters and legends. */
    public record Codes(List<Term> types, List<Term> fields, List<Term> grades, List<StatusTag> statuses) {
    }

    /** One entry of the Atom feed: a registration or a status change. */
    public record FeedEntry(String id, String title, Day date, String path, String summary) {
    }

    /** "Qua các năm": every campaign's figures side by side (model/YearsView). */
    public YearsView years() {
        return YearsView.of(campaigns);
    }
}
