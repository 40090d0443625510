package vn.somohinh.validate;

import vn.somohinh.load.Campaign;
import vn.somohinh.problem.Code;
import vn.somohinh.yaml.Node;

/**
 * A document's {@code co_quan_ban_hanh} (in {@code bao_cao} and {@code don_doc}) is the header's two lines, the upper
 * body then the issuing body: any other count cannot be laid out as a party document's header.
 */
final class IssuerLinesRule implements Rule {

    @Override
    public void check(Context ctx) {
        for (Campaign c : ctx.index.data.campaigns()) {
            check(ctx, c, "bao_cao");
            check(ctx, c, "don_doc");
        }
    }

    private static void check(Context ctx, Campaign c, String document) {
        if (!(c.src().node().get(document) instanceof Node.Mapping group)) {
            return;
        }
        Node.Entry entry = group.entries().get("co_quan_ban_hanh");
        // Counted as written: an empty item is reported as empty, not as a line too few.
        if (entry != null && entry.value() instanceof Node.Seq seq && seq.items().size() != 2) {
            ctx.report(c.src(), entry.keyPos(), Code.ISSUER_LINES, c.src().keyPath(document + ".co_quan_ban_hanh"),
                    seq.items().size());
        }
    }
}
