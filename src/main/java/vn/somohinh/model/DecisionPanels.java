package vn.somohinh.model;

import java.util.Arrays;
import java.util.List;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.load.Status;

/**
 * The "Ghi quyết định" panel of a model page: what the page's script needs to write the review file a
 * {@code decide} would write. None for a final status, nor when the review file exists but could not be read.
 */
final class DecisionPanels {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private DecisionPanels() {
    }

    static ModelView.Panel of(Catalog cat, ModelKey key, Review review) {
        String file = Catalog.reviewFile(key);
        Status current = Review.currentStatus(review);
        if (current.next().isEmpty() || (review == null && cat.files.contains(file))) {
            return null;
        }
        List<StatusTag> next = Arrays.stream(Status.values()).filter(current::canGoTo).map(StatusTag::of).toList();
        String after = review == null || review.quaTrinh().isEmpty() ? null
                : String.valueOf(review.quaTrinh().get(review.quaTrinh().size() - 1).ngay());
        String modeline = review == null ? SiteAddress.modeline(cat.data.site(), file) : null;
        var links = cat.links;
        return new ModelView.Panel(file, next, after, json(review == null ? null : review.text()), json(modeline),
                links == null || review == null ? null : links.edit(file),
                links == null || review != null ? null : links.newFileTemplate());
    }

    /** A JSON string (or null), every character outside printable ASCII escaped, so that it is safe anywhere. */
    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '\'') {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
