package vn.somohinh.forge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each forge's own addresses, as its web pages take them (docs/DATA.md, "The forge's links"). */
class LinksTest {
    private static final String FILE = "data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml";

    private static Links links(Forge forge) {
        return new Links(forge, "https://kho.example.vn/hu-bao-lam/so-mo-hinh/", "chinh");
    }

    @Test
    void github() {
        Links l = links(Forge.GITHUB);
        assertThat(l.edit(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/edit/chinh/" + FILE);
        assertThat(l.history(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/commits/chinh/" + FILE);
        assertThat(l.newFile(FILE, "a: 1\n")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/new/chinh/"
                + "data/registrations/2023/xa-loc-an?filename=ca-phe-ben-vung.yaml&value=a%3A%201%0A");
        assertThat(l.commit("1a2b3c4")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/commit/1a2b3c4");
        assertThat(l.compare("chinh", "xa-loc-an/moi")).isEqualTo(
                "https://kho.example.vn/hu-bao-lam/so-mo-hinh/compare/chinh...xa-loc-an%2Fmoi");
    }

    @Test
    void gitlab() {
        Links l = links(Forge.GITLAB);
        assertThat(l.edit(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/-/edit/chinh/" + FILE);
        assertThat(l.history(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/-/commits/chinh/" + FILE);
        assertThat(l.newFile(FILE, "a: 1\n")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/-/new/chinh/"
                + "data/registrations/2023/xa-loc-an?file_name=ca-phe-ben-vung.yaml&content=a%3A%201%0A");
        assertThat(l.commit("1a2b3c4")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/-/commit/1a2b3c4");
        assertThat(l.compare("chinh", "moi")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/-/compare/chinh...moi");
    }

    @ParameterizedTest
    @EnumSource(value = Forge.class, names = {"GITEA", "FORGEJO"})
    void giteaAndForgejo(Forge forge) {
        Links l = links(forge);
        assertThat(l.edit(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/_edit/chinh/" + FILE);
        assertThat(l.history(FILE)).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/commits/branch/chinh/" + FILE);
        assertThat(l.newFile(FILE, "a: 1\n")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/_new/chinh/"
                + "data/registrations/2023/xa-loc-an?filename=ca-phe-ben-vung.yaml&value=a%3A%201%0A");
        assertThat(l.commit("1a2b3c4")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/commit/1a2b3c4");
        assertThat(l.compare("chinh", "moi")).isEqualTo("https://kho.example.vn/hu-bao-lam/so-mo-hinh/compare/chinh...moi");
    }

    @ParameterizedTest
    @EnumSource(Forge.class)
    void everyPartIsEncodedAndTheTemplateGivesTheSameAddress(Forge forge) {
        Links l = new Links(forge, "https://kho.example.vn/o/r", "nhánh 1");
        String text = "tên: Cà phê & \"bền vững\" {noi_dung} $1 #x\n";
        assertThat(l.edit("data/a b.yaml")).endsWith("/nh%C3%A1nh%201/data/a%20b.yaml");
        String made = l.newFile("data/thư mục/tệp.yaml", text);
        assertThat(made).doesNotContain(" ", "\n", "{", "}", "\"", "#").contains("%26%20", "%241");
        assertThat(Links.fill(l.newFileTemplate(), "data/th%C6%B0%20m%E1%BB%A5c", "t%E1%BB%87p.yaml",
                Links.encode(text))).isEqualTo(made);
        assertThat(java.net.URLDecoder.decode(made.substring(made.lastIndexOf('=') + 1),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void onlyGithubComAndGitlabComAreGuessed() {
        assertThat(Forge.guess("https://github.com/hu-bao-lam/so-mo-hinh")).contains(Forge.GITHUB);
        assertThat(Forge.guess("https://www.GitHub.com/a/b")).contains(Forge.GITHUB);
        assertThat(Forge.guess("https://gitlab.com/a/b")).contains(Forge.GITLAB);
        assertThat(Forge.guess("https://gitlab.baolam.vn/a/b")).isEmpty();
        assertThat(Forge.guess("https://github.com.example.vn/a/b")).isEmpty();
        assertThat(Forge.guess("https://codeberg.org/a/b")).isEmpty();
        assertThat(Forge.guess(null)).isEmpty();
    }
}
