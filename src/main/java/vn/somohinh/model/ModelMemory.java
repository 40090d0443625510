package vn.somohinh.model;

import java.text.CollationKey;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.History;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Recall;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.model.Refs.ModelRef;

/**
 * serve's memory of the last model stage: each model's row and page with what they were made from, so that a
 * rebuild makes them again only for the models whose files, warnings or history changed, and the Vietnamese sort
 * keys of the names. serve's loads give the records of unchanged files back as the very same objects
 * (load/Reads), so "made from the same" is asked by identity: the registration, the review, and every record of the
 * catalogs (site.yaml, the units, the directives, the campaigns), on which a row or a page may depend in ways not
 * worth listing. A row or page reused is the same object as before, which the render stage finds again at no cost.
 * {@link #none()} remembers nothing (build).
 */
public final class ModelMemory {
    private final boolean keeps;
    private Map<ModelKey, Made> last = Map.of();
    private List<Object> lastCatalogs = List.of();
    private Map<String, CollationKey> keys = Map.of();
    /** Each campaign's view, by year, with what it was made from. */
    private final Recall<CampaignView> campaigns;
    /** Each campaign's report and Word form, made from its view: the same objects while the view is. */
    private final Recall<ReportView> reports;
    private final Recall<FormView> forms;

    /** One model as the last build made it, and what from. */
    record Made(Registration registration, Review review, boolean reviewFileListed, List<Notice> warnings,
                List<History.Change> registrationHistory, List<History.Change> reviewHistory, ModelRef ref,
                ModelView page) {
    }

    private ModelMemory(boolean keeps) {
        this.keeps = keeps;
        this.campaigns = keeps ? Recall.kept() : Recall.none();
        this.reports = keeps ? Recall.kept() : Recall.none();
        this.forms = keeps ? Recall.kept() : Recall.none();
    }

    public static ModelMemory none() {
        return new ModelMemory(false);
    }

    public static ModelMemory kept() {
        return new ModelMemory(true);
    }

    /**
     * The last build's models, when its catalogs are the same records as {@code data}'s; else none, and no campaign
     * view either.
     */
    synchronized Map<ModelKey, Made> reusable(DataSet data) {
        if (Recall.sameObjects(lastCatalogs, catalogs(data))) {
            return last;
        }
        campaigns.forget();
        reports.forget();
        forms.forget();
        return Map.of();
    }

    /** The campaigns' views of the last build, for a build whose catalogs were found the same ({@link #reusable}). */
    Recall<CampaignView> campaigns() {
        return campaigns;
    }

    /** The campaigns' reports of the last build, for a build whose catalogs were found the same. */
    Recall<ReportView> reports() {
        return reports;
    }

    /** The campaigns' Word forms of the last build, for a build whose catalogs were found the same. */
    Recall<FormView> forms() {
        return forms;
    }

    /** The sort keys of the last build, to start this one's from. */
    synchronized Map<String, CollationKey> keys() {
        return keys;
    }

    /** Keeps this build's models and sort keys for the next. */
    synchronized void remember(DataSet data, Map<ModelKey, Made> made, Map<String, CollationKey> used) {
        if (keeps) {
            last = made;
            lastCatalogs = catalogs(data);
            keys = used;
        }
        campaigns.finished();
        reports.finished();
        forms.finished();
    }

    /** Whether a row and page made from {@code before} hold for these inputs. */
    static boolean same(Made before, Registration registration, Review review, boolean reviewFileListed,
                        List<Notice> warnings, List<History.Change> registrationHistory,
                        List<History.Change> reviewHistory) {
        return before != null && before.registration() == registration && before.review() == review
                && before.reviewFileListed() == reviewFileListed && before.warnings().equals(warnings)
                && before.registrationHistory().equals(registrationHistory)
                && before.reviewHistory().equals(reviewHistory);
    }

    private static List<Object> catalogs(DataSet data) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(data.site());
        all.addAll(data.units());
        all.addAll(data.directives());
        all.addAll(data.campaigns());
        return all;
    }
}
