package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/** The site built from the shipped Bảo Lâm data: every page there, well-formed, linked, showing the real figures. */
class DefaultSiteTest {
    /** A line that ends a sentence or announces what follows: . ! ? … : ; then perhaps a closing bracket or quote. */
    private static final Pattern LINE_END = Pattern.compile("[.!?…:;][)\\]\"'”’»]*$");
    /** A line that starts an item of a list written by hand: a dash or bullet, "1." / "1)", "a)". */
    private static final Pattern ITEM_START = Pattern.compile("^([-–—+•*]\\s|\\d+[.)]\\s|\\p{Ll}\\)\\s)");

    @TempDir
    static Path work;
    static SiteOutput site;

    @BeforeAll
    static void build() throws IOException {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        site = new SiteOutput(out, "/");
    }

    private Document page(String path) {
        return site.pages().get(site.root.resolve(path));
    }

    @Test
    void everyPageIsThereParsesAndLinksResolve() throws IOException {
        // home, models, units, directives, campaigns, "qua các năm", form, 404, 4 content pages; 46 models, 55 units,
        // 7 directives; the 2023 campaign, its review desk, its report and its agenda.
        assertThat(site.pages()).hasSize(12 + 46 + 55 + 7 + 4);
        assertThat(site.parseErrors()).isEmpty();
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void homeShowsTheCampaignAtAGlance() {
        Document home = page("index.html");
        assertThat(home.select(".stats .value").eachText()).containsExactly("53", "44", "83%", "46", "6", "9");
        assertThat(home.text()).contains("Hạn đăng ký: 10/03/2023", "Ban Tổ chức Huyện ủy");
    }

    @Test
    void listsAreCompleteAndSortedTheVietnameseWay() {
        Document models = page("mo-hinh/index.html");
        assertThat(models.select("tbody tr")).hasSize(46);
        Document units = page("don-vi/index.html");
        assertThat(units.select("tbody tr")).hasSize(55);
        var communes = units.select("table:has(caption:contains(Tổ chức cơ sở đảng)) tbody td:first-child").eachText();
        assertThat(communes.indexOf("Đảng bộ xã Lộc An")).isLessThan(communes.indexOf("Đảng bộ xã Lộc Bắc"));
        assertThat(communes.indexOf("Đảng bộ xã B'Lá")).isLessThan(communes.indexOf("Đảng bộ xã Lộc An"));
        Document directive = page("van-ban/kl-14-tw/index.html");
        assertThat(directive.select("h1").text()).isEqualTo("Kết luận số 14-KL/TW");
        assertThat(directive.text()).contains("Bộ Chính trị", "22/09/2021");
    }

    @Test
    void reviewDeskGroupsEveryWarningByUnit() {
        Document desk = page("ra-soat/2023/index.html");
        assertThat(desk.select("main h2")).hasSizeGreaterThanOrEqualTo(9 + 7);
        assertThat(desk.select("td code").eachText()).contains("late", "not-reviewed", "generic-novelty");
        assertThat(desk.select(".notice").eachText()).allMatch(t -> t.startsWith("Đơn vị chưa đăng ký"));
        assertThat(desk.select(".notice")).hasSize(9);
    }

    /**
     * A line break typed in a registration is shown as a line break (docs/DATA.md: "a line you type is a line you
     * see"), so the default data must not break a sentence in two. Every rendered {@code <br>} of the pages made from
     * the data (every page but the hand-written content/ pages) must end a sentence: the text before it ends with
     * {@code . ! ? … : ;} (perhaps followed by a closing bracket or quote), or the text after it starts a list-like
     * item ({@code - }, {@code • }, {@code 1. }, {@code 1) }, {@code a) }).
     */
    @Test
    void noRenderedLineBreakFallsInsideASentence() throws IOException {
        Set<Path> handWritten;
        try (Stream<Path> content = Files.list(Path.of("content"))) {
            handWritten = content.map(p -> p.getFileName().toString().replaceFirst("\\.html$", ""))
                    .map(name -> site.root.resolve(name).resolve("index.html")).collect(Collectors.toSet());
        }
        List<String> midSentence = new ArrayList<>();
        int breaks = 0;
        for (var page : site.pages().entrySet()) {
            if (handWritten.contains(page.getKey())) {
                continue;
            }
            for (Element br : page.getValue().select("br")) {
                breaks++;
                String before = lineText(br, true);
                String after = lineText(br, false);
                if (!LINE_END.matcher(before).find() && !ITEM_START.matcher(after).find()) {
                    midSentence.add(site.root.relativize(page.getKey()) + ": …" + tail(before) + " / " + head(after) + "…");
                }
            }
        }
        assertThat(midSentence).as("%s line breaks inside a sentence (of %s rendered)", midSentence.size(), breaks).isEmpty();
    }

    /** The text of the line on one side of a break: sibling nodes up to the next break or the end of the block. */
    private static String lineText(Element br, boolean backwards) {
        StringBuilder text = new StringBuilder();
        for (Node n = backwards ? br.previousSibling() : br.nextSibling(); n != null && !n.nodeName().equals("br");
                n = backwards ? n.previousSibling() : n.nextSibling()) {
            String part = n instanceof TextNode t ? t.getWholeText() : n instanceof Element e ? e.text() : "";
            text.insert(backwards ? 0 : text.length(), part);
        }
        return text.toString().strip();
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 30));
    }

    private static String head(String s) {
        return s.substring(0, Math.min(30, s.length()));
    }
}
