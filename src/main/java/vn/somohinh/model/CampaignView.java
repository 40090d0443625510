package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * One campaign with its derived figures: coverage, counts, the units missing, the late ones, the review desk, the
 * meeting's agenda.
 */
public record CampaignView(CampaignRef ref, List<DirectiveRef> launchedBy, List<DirectiveRef> bases, Day deadline,
                           List<Term> targetTypes, String compiler, String decider, String theme, Coverage total,
                           List<Coverage> byType, List<UnitRef> notRegistered, List<ModelRef> late,
                           List<Count> byStatus, List<Count> byField, List<Count> byUnitType, List<ModelRef> models,
                           Desk desk, Letter report, Reminder reminder, Agenda agenda, RollUp rollUp) implements View.Kept {

    /** The share of each unit type that registered, as a chart (model/Charts). */
    public Chart coverageChart() {
        return Charts.coverage(byType, total);
    }

    /** The models by status, in lifecycle order, as a chart. */
    public Chart statusChart() {
        return Charts.statuses(byStatus, models.size());
    }

    /** The models by field of work, as a chart. */
    public Chart fieldChart() {
        return Charts.fields(byField, models.size());
    }

    /** The models registered on time against late, as a chart. */
    public Chart onTimeChart() {
        return Charts.onTime(models.size(), late.size());
    }

    /**
     * The year-end roll-up (model/UnitRollUps): one row per target unit, then the total; {@code grades} names the
     * columns of {@link UnitRollUp#grades()}, best first.
     */
    public record RollUp(List<Term> grades, List<UnitRollUp> units, UnitRollUp total) {
    }

    /**
     * One unit's year: {@code registration} is on time, late or not registered (null in the total); models approved
     * (ever), in progress (now dang-trien-khai or so-ket), reviewed at sơ kết and at tổng kết (ever), with results
     * reported, by grade, proposed for replication and for commendation.
     */
    public record UnitRollUp(UnitRef unit, Term type, Term registration, int models, int approved, int inProgress,
                             int midYear, int yearEnd, int reported, List<Integer> grades, int replicate,
                             int commend) {
    }

    /**
     * What the committee gives its compiled report beyond the figures (the campaign's {@code bao_cao}); every part
     * may be null or empty, and the document then leaves a blank to fill in by hand.
     */
    public record Letter(String number, Day date, List<String> issuers, String authority, String position,
                         String signer, List<String> recipients, String assessment, String proposals) {
        static Letter of(vn.somohinh.load.Campaign.Report r) {
            if (r == null) {
                return new Letter(null, null, List.of(), null, null, null, List.of(), null, null);
            }
            var ky = r.ky();
            return new Letter(r.so(), Day.of(r.ngay()), List.copyOf(r.coQuanBanHanh()), ky == null ? null : ky.quyenHan(),
                    ky == null ? null : ky.chucVu(), ky == null ? null : ky.hoTen(), List.copyOf(r.noiNhan()),
                    r.danhGia(), r.kienNghi());
        }
    }

    /**
     * The reminder letter (công văn đôn đốc, the campaign's {@code don_doc}) and what each unit still owes. The
     * committee's parts may be null or empty; {@code path} is the letter's file in the site, null when nobody owes
     * anything and there is no letter.
     */
    public record Reminder(String number, Day date, List<String> issuers, String authority, String position,
                           String signer, List<String> recipients, String content, List<Cited> launchedBy,
                           List<Owed> owed, String path) {
        /** How many models of the letter wait for supplementation. */
        public int pending() {
            return owed.stream().mapToInt(o -> o.pending().size()).sum();
        }
    }

    /** A directive as a letter cites it: "Công văn số 854-CV/HU ngày 02/03/2023 của … về …". */
    public record Cited(String kind, String number, Day date, String issuer, String subject) {
    }

    /** One unit the letter goes to: it has not registered, or some of its models are {@code can-bo-sung}. */
    public record Owed(UnitRef unit, boolean notRegistered, List<Pending> pending) {
    }

    /** A model waiting for supplementation, with the review step's note (null when none). */
    public record Pending(ModelRef model, String note) {
    }

    /** Units that must register and those that did; {@code type} is null for the total. */
    public record Coverage(Term type, int required, int registered, String percent) {
    }

    /** How many models have a status, field or unit type; {@code tone} only for statuses. */
    public record Count(String id, String label, int count, String tone) {
    }

    /** The review desk: every warning of the campaign, grouped by unit, then warnings about no unit. */
    public record Desk(List<DeskGroup> groups, List<Notice> general, int warnings) {
    }

    /** One unit's warnings; {@code notRegistered} when it is a target unit with no model. */
    public record DeskGroup(UnitRef unit, boolean notRegistered, List<DeskItem> items) {
    }

    /** A warning and the model it is about (null when about no model). */
    public record DeskItem(ModelRef model, Notice notice) {
    }

    /**
     * The models waiting for a decision (page {@code path}, chờ quyết định) as of {@code date}, the report's date;
     * {@code sentBackDays} is how long a model sent back for supplementation waits for its unit first. {@code docx}
     * is the proposal to the deciding body (phiếu trình), null when nothing waits.
     */
    public record Agenda(String path, Day date, int sentBackDays, List<WaitingGroup> groups, int count, String docx) {
    }

    /** One unit's waiting models, status by status in the table's order. */
    public record WaitingGroup(UnitRef unit, List<WaitingStatus> statuses, int count) {
    }

    /** The waiting models of one unit with one status. */
    public record WaitingStatus(StatusTag status, List<Waiting> models) {
    }

    /**
     * A waiting model: since when it has its status (its last review step, else its registration), for how many days
     * at the agenda's date (null without dates), and the review desk's warnings about it.
     */
    public record Waiting(ModelRef model, Day since, Integer days, List<Notice> warnings) {
    }
}
