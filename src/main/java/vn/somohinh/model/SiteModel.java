package vn.somohinh.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.Objects;
import java.util.stream.Stream;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.History;
import vn.somohinh.load.Recall;
import vn.somohinh.load.Review;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.load.SiteConfig;
import vn.somohinh.problem.Problem;

/** The model stage: builds the {@link Site} from data that passed validation, and the warnings found on it. */
public final class SiteModel {
    private SiteModel() {
    }

    public static Site build(DataSet data, List<Problem> warnings, History history) {
        return build(data, warnings, history, ModelMemory.none());
    }

    /**
     * As {@link #build(DataSet, List, History)}, taking from {@code memory} each model's row and page that the last
     * build made from the same inputs (serve), and keeping this build's there.
     */
    public static Site build(DataSet data, List<Problem> warnings, History history, ModelMemory memory) {
        Catalog cat = new Catalog(data, warnings, memory.keys());
        ModelPages models = new ModelPages(cat, history, memory.reusable(data));
        List<Refs.ModelRef> refs = List.copyOf(models.refs.values());
        Day documentDay = reportDate(history, data);
        Map<Integer, Refs.CampaignRef> campaignRefs = CampaignPages.refs(cat);
        SiteInfo info = info(data.site());
        Site.Codes codes = new Site.Codes(List.copyOf(cat.types.values()), List.copyOf(cat.fields.values()),
                List.copyOf(cat.grades.values()),
                java.util.Arrays.stream(vn.somohinh.load.Status.values()).map(StatusTag::of).toList());
        // Two halves that read the catalog and the models and not each other, one on each core: at 52,000 models
        // each takes a few hundred milliseconds of a save in serve.
        String commit = history.available() && history.lastCommit() != null ? history.lastCommit().commit() : null;
        CompletableFuture<CampaignHalf> campaignHalf = CompletableFuture.supplyAsync(() -> {
            List<CampaignView> views = List.copyOf(new CampaignPages(cat, campaignRefs, refs, documentDay, warnings,
                    memory.campaigns()).views);
            return new CampaignHalf(views, Reports.build(info, views, models.pages, documentDay, commit,
                    memory.reports()), forms(data.site(), views, codes.fields(), memory.forms()));
        }, ForkJoinPool.commonPool());
        UnitPages units = new UnitPages(cat, refs, campaignRefs);
        DirectivePages directives = new DirectivePages(cat, models, campaignRefs);
        List<Site.FeedEntry> feed = FeedEntries.build(cat, models);
        Day newest = Day.of(newest(data));
        var schemas = vn.somohinh.load.JsonSchemas.all(data);
        CampaignHalf campaigns = joined(campaignHalf);
        Site site = new Site(info, codes, campaigns.views(), campaigns.views().isEmpty() ? null
                : campaigns.views().get(0), refs, List.copyOf(models.pages), List.copyOf(units.groups),
                List.copyOf(units.views), List.copyOf(directives.views), feed, newest, git(history),
                campaigns.reports(), schemas, campaigns.forms());
        memory.remember(data, models.made, cat.keys());
        return site;
    }

    /** The campaigns' views and what is made from them alone. */
    private record CampaignHalf(List<CampaignView> views, List<ReportView> reports, List<FormView> forms) {
    }

    /** The half's result, its failure thrown as it was thrown. */
    private static CampaignHalf joined(CompletableFuture<CampaignHalf> half) {
        try {
            return half.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** Each campaign's Word registration form: the contract's keys, its directives, the code lists to choose from. */
    private static List<FormView> forms(SiteConfig s, List<CampaignView> campaigns, List<Term> fields,
                                        Recall<FormView> recall) {
        List<FormView.Item> items = RegistrationForm.items();
        List<Object> value = java.util.Arrays.asList(s.toChuc(), fields);
        // The same form object while its campaign's view is the same: the render stage then finds its digest by
        // identity instead of hashing the campaign's view inside it.
        return campaigns.stream().map(c -> recall.get("form " + c.ref().year(), value, () -> List.of(c),
                () -> new FormView(c, s.toChuc(), items, RegistrationForm.forms(), fields))).toList();
    }

    /** The report's date: the last commit's day in Vietnam, else the newest date in the data. */
    private static Day reportDate(History history, DataSet data) {
        if (history.available() && history.lastCommit() != null) {
            return Day.of(Revisions.date(history.lastCommit().when()));
        }
        return Day.of(newest(data));
    }

    private static Site.Git git(History history) {
        if (!history.available() || history.lastCommit() == null) {
            return new Site.Git(false, history.reason(), null, null);
        }
        return new Site.Git(true, null, Day.of(Revisions.date(history.lastCommit().when())), history.lastCommit().commit());
    }

    private static SiteInfo info(SiteConfig s) {
        String base = basePath(s.duongDanGoc());
        String feedId = "urn:uuid:" + java.util.UUID.nameUUIDFromBytes((s.toChuc() + base)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        vn.somohinh.forge.Links links = Forges.of(s);
        return new SiteInfo(s.tenTrang(), s.toChuc(), s.toChucCapTren(), base, s.khoMaNguon(), feedId,
                SiteAddress.root(s), SiteAddress.schemaRef(s, "data/registrations/nam/don-vi/ma.yaml"),
                links == null ? null : links.forge().title(), links == null ? null : links.newFileTemplate());
    }

    /** The path prefix with one leading and one trailing "/": "so-mo-hinh" and "/so-mo-hinh/" both give the latter. */
    static String basePath(String written) {
        return SiteAddress.basePath(written);
    }

    private static java.time.LocalDate newest(DataSet data) {
        Stream<java.time.LocalDate> dates = Stream.concat(
                data.registrations().stream().map(r -> r.ngayDangKy()),
                data.reviews().stream().flatMap(r -> Stream.concat(r.quaTrinh().stream().map(Review.Step::ngay),
                        Stream.ofNullable(r.danhGia()).map(Review.Evaluation::ngay))));
        return dates.filter(Objects::nonNull).max(java.time.LocalDate::compareTo).orElse(null);
    }
}
