package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * Everything the page of one model shows. Markdown fields hold the text as written; the render stage turns them
 * into sanitised HTML. Optional parts are null or empty. {@code form} is hinh_thuc's id and name ("Tập thể").
 */
public record ModelView(ModelRef ref, Term form, String lead, List<DirectiveRef> bases, String situation,
                        String objectives, String content, String novelty, List<String> targets, Day start, Day end,
                        String area, List<UnitRef> partners, Budget budget, List<Milestone> milestones,
                        String expected, String replication, Contact contact, String results,
                        List<Attachment> attachments, List<Step> timeline, Evaluation evaluation,
                        List<Notice> warnings, String registrationFile, String reviewFile, List<Revision> history,
                        Day submitted, Panel panel, FileLinks registrationLinks, FileLinks reviewLinks,
                        String compareLink)
        implements View {

    /**
     * A file's pages on the forge (site.yaml's kho_ma_nguon and loai_kho): its editor and its history. The model's
     * {@code compareLink} compares the first commit of its files with the last (null without a forge or two commits).
     */
    public record FileLinks(String edit, String history) {
    }

    /**
     * The "Ghi quyết định" panel, null when no step may follow: the review file, the statuses allowed next (the
     * status table), the last step's date (ISO, none before the first step), and, as JSON strings, the file's current
     * text (null when there is none yet) and the schema line a new file starts with; with a forge, the address of
     * the existing file's editor, or the template of a new file's (forge/Links#newFileTemplate), else null.
     */
    public record Panel(String reviewFile, List<StatusTag> next, String after, String textJson, String modelineJson,
                        String editLink, String newFileLink) {
    }

    /**
     * A commit that changed the model's files: when, who, what (in Vietnamese), the commit's message and id, and its
     * page on the forge (null without one).
     */
    public record Revision(Day date, String author, String what, String message, String commit, String link) {
    }

    /** Amounts in đồng; either may be null. */
    public record Budget(Long state, Long social) {
    }

    public record Milestone(Day date, String text) {
    }

    public record Contact(String name, String position, String phone) {
    }

    public record Attachment(String name, String url) {
    }

    /** One review step; {@code decision} is the directive that decided it, if named. */
    public record Step(Day date, StatusTag status, String note, DirectiveRef decision) {
    }

    public record Evaluation(Day date, Term grade, String remark, Boolean replicate, Boolean commend) {
    }
}
