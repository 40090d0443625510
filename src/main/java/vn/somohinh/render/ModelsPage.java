package vn.somohinh.render;

import java.util.ArrayList;
import java.util.List;
import vn.somohinh.model.Refs.ModelRef;

/**
 * One page of the models table. The table is split into pages of {@link #SIZE} rows so that it stays complete and
 * quick without JavaScript at any size (a single table of 50,000 rows is a 23 MB page that takes a browser about
 * a minute); search and filters in the browser span every page.
 */
public record ModelsPage(List<ModelRef> rows, int number, int pages, int total, int from, int to, List<Link> links,
                         String previous, String next) {
    static final int SIZE = 1000;

    /** A link of the pager: a page number and its path from the site root; {@code current} for this page. */
    public record Link(int number, String path, boolean current) {
    }

    static String path(int number) {
        return number == 1 ? "mo-hinh/" : "mo-hinh/trang-" + number + "/";
    }

    static List<ModelsPage> split(List<ModelRef> models) {
        int pages = Math.max(1, (models.size() + SIZE - 1) / SIZE);
        List<ModelsPage> out = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            int from = (n - 1) * SIZE;
            int to = Math.min(models.size(), n * SIZE);
            out.add(new ModelsPage(models.subList(from, to), n, pages, models.size(), from + 1, to, links(n, pages),
                    n > 1 ? path(n - 1) : null, n < pages ? path(n + 1) : null));
        }
        return out;
    }

    /** The first and last pages and two on each side of this one; a gap is a link with number 0. */
    private static List<Link> links(int current, int pages) {
        List<Link> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
                if (last != 0 && n - last > 1) {
                    links.add(new Link(0, null, false));
                }
                links.add(new Link(n, path(n), n == current));
                last = n;
            }
        }
        return links;
    }

    public String path() {
        return path(number);
    }
}
