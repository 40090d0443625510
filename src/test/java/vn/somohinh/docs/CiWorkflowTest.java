package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI templates of every forge keep the same security properties: never {@code pull_request_target}, read-only
 * permissions and no secret for pull requests, actions pinned by commit, no expression in a shell line, publishing only
 * from the default branch. The ownership check is a job of its own everywhere. Forgejo's and Gitea's copies are the
 * same files, and their publish workflow refuses any branch but the default one (its guard is run here).
 */
class CiWorkflowTest {
    /** Where each forge reads its workflows: Forgejo takes the first of .forgejo/, .gitea/, .github/; Gitea .gitea/, then .github/. */
    static final List<Path> FOLDERS = List.of(Path.of(".github/workflows"), Path.of(".forgejo/workflows"),
            Path.of(".gitea/workflows"));
    private static final Path GITHUB = FOLDERS.get(0);
    private static final Path FORGEJO = FOLDERS.get(1);
    private static final Path GITEA = FOLDERS.get(2);
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
    private static final String DEFAULT_BRANCH_ONLY =
            "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";
    private static final String OWNERS_CHECK =
            "mvn -B -q compile exec:java -Dexec.args=\"owners --check --base origin/$BASE_REF --actor $ACTOR\"";

    /** Every workflow file of every forge, in path order. */
    static List<Path> workflows() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.toString().matches(".*\\.ya?ml")).forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }

    private static JsonNode yaml(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }

    private static boolean pullRequestCheck(JsonNode workflow) {
        return workflow.get("on").has("pull_request");
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(steps::add));
        return steps;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The JSON pointer of every text value that mentions {@code needle}. */
    private static List<String> mentions(JsonNode node, String pointer, String needle) {
        List<String> found = new ArrayList<>();
        if (node.isTextual() && node.asText().contains(needle)) {
            found.add(pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(mentions(node.get(i), pointer + "/" + i, needle));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                found.addAll(mentions(e.getValue(), pointer + "/" + e.getKey(), needle));
            }
        }
        return found;
    }

    @Test
    void eachForgeHasAPullRequestCheckAndAPublishWorkflow() throws IOException {
        for (Path folder : FOLDERS) {
            assertThat(workflows().stream().filter(f -> f.startsWith(folder)).map(f -> f.getFileName().toString()))
                    .as(folder.toString()).containsExactly("kiem-tra.yml", "xuat-ban.yml");
            JsonNode check = yaml(folder.resolve("kiem-tra.yml"));
            assertThat(keys(check.get("on"))).as(folder + " check").containsExactly("pull_request");
            assertThat(check.get("on").get("pull_request").get("branches").toString()).isEqualTo("[\"main\"]");
            JsonNode publish = yaml(folder.resolve("xuat-ban.yml"));
            assertThat(keys(publish.get("on"))).as(folder + " publish").containsExactly("push", "workflow_dispatch");
            assertThat(publish.get("on").get("push").get("branches").toString()).isEqualTo("[\"main\"]");
        }
    }

    @Test
    void forgejoAndGiteaRunTheSameFiles() throws IOException {
        for (String name : List.of("kiem-tra.yml", "xuat-ban.yml")) {
            assertThat(Files.mismatch(FORGEJO.resolve(name), GITEA.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void neverPullRequestTargetAndNoSecretsInPullRequests() throws IOException {
        for (Path file : workflows()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain("pull_request_target");
            if (pullRequestCheck(yaml(file))) {
                assertThat(text).as(file.toString()).doesNotContain("secrets.", "GITHUB_TOKEN", "GITEA_TOKEN",
                        "FORGEJO_TOKEN", "github.token");
            }
        }
    }

    @Test
    void readOnlyByDefaultAndOnlyGithubsPagesDeployMayWrite() throws IOException {
        for (Path file : workflows()) {
            JsonNode wf = yaml(file);
            assertThat(wf.get("permissions").toString()).as(file.toString()).isEqualTo("{\"contents\":\"read\"}");
            wf.get("jobs").fields().forEachRemaining(job -> {
                JsonNode perms = job.getValue().get("permissions");
                String where = file + " " + job.getKey();
                if (file.startsWith(GITHUB) && job.getKey().equals("xuat-ban")) {
                    assertThat(perms.toString()).isEqualTo("{\"pages\":\"write\",\"id-token\":\"write\"}");
                    assertThat(job.getValue().get("environment").get("name").asText()).isEqualTo("github-pages");
                } else {
                    assertThat(perms).as(where).isNull();
                    // Gitea ignores environment and Forgejo has none: a template there must not look protected by it.
                    assertThat(job.getValue().has("environment")).as(where).isFalse();
                }
            });
        }
    }

    @Test
    void secretsReachOnlyTheStepThatPublishesOnForgejoAndGitea() throws IOException {
        for (Path file : workflows()) {
            JsonNode wf = yaml(file);
            List<String> secrets = mentions(wf, "", "secrets.");
            if (file.startsWith(GITHUB) || pullRequestCheck(wf)) {
                assertThat(secrets).as(file.toString()).isEmpty();
            } else {
                JsonNode steps = wf.get("jobs").get("xuat-ban").get("steps");
                int last = steps.size() - 1;
                assertThat(secrets).as(file.toString())
                        .containsExactly("/jobs/xuat-ban/steps/" + last + "/env/XUAT_BAN_TOKEN");
                assertThat(steps.get(last).get("env").get("XUAT_BAN_TOKEN").asText()).isEqualTo("${{ secrets.XUAT_BAN_TOKEN }}");
                assertThat(steps.get(last).has("uses")).isFalse();
            }
        }
    }

    @Test
    void everyActionIsPinnedByCommitAndNoExpressionReachesAShell() throws IOException {
        for (Path file : workflows()) {
            for (JsonNode step : steps(yaml(file))) {
                if (step.has("uses")) {
                    assertThat(step.get("uses").asText()).as(file.toString()).matches(PINNED);
                }
                if (step.has("run")) {
                    // Values from the event go through env:, never straight into a shell line.
                    assertThat(step.get("run").asText()).as(file.toString()).doesNotContain("${{");
                }
                if (step.path("uses").asText().startsWith("actions/checkout@")) {
                    assertThat(step.get("with").get("persist-credentials").asBoolean()).isFalse();
                    assertThat(step.get("with").get("fetch-depth").asInt()).isZero();
                }
                if (step.path("uses").asText().startsWith("actions/setup-java@") && !file.startsWith(GITHUB)) {
                    // No cache shared through the runner: a pull request could poison it for the next check.
                    assertThat(step.get("with").has("cache")).as(file.toString()).isFalse();
                }
            }
        }
    }

    @Test
    void everyPullRequestCheckRunsTheSameCommandsWithTheOwnershipCheckAsItsOwnJob() throws IOException {
        for (Path folder : FOLDERS) {
            Path file = folder.resolve("kiem-tra.yml");
            JsonNode wf = yaml(file);
            assertThat(keys(wf.get("jobs"))).as(file.toString()).containsExactly("kiem-tra", "so-huu");
            assertThat(wf.get("jobs").get("kiem-tra").toString()).as(file.toString())
                    .contains("validate --format github", "diff --base origin/$BASE_REF", "codeowners --check",
                            "schemas --check", "build --out _site")
                    .doesNotContain("owners --check --base");
            JsonNode owners = wf.get("jobs").get("so-huu").get("steps");
            JsonNode last = owners.get(owners.size() - 1);
            assertThat(last.get("run").asText()).as(file.toString()).isEqualTo(OWNERS_CHECK);
            assertThat(last.get("env").get("ACTOR").asText()).isEqualTo("${{ github.actor }}");
            assertThat(last.get("env").get("BASE_REF").asText()).isEqualTo("${{ github.base_ref }}");
        }
        assertThat(Files.readString(GITHUB.resolve("kiem-tra.yml"))).contains("GITHUB_STEP_SUMMARY");
        // Forgejo and Gitea show no job summary: the change summary goes to the log.
        assertThat(Files.readString(FORGEJO.resolve("kiem-tra.yml"))).doesNotContain("GITHUB_STEP_SUMMARY")
                .contains("> thay-doi.md", "cat thay-doi.md");
    }

    @Test
    void forgejoAndGiteaPublishOnlyFromTheDefaultBranch() throws Exception {
        for (Path folder : List.of(FORGEJO, GITEA)) {
            JsonNode wf = yaml(folder.resolve("xuat-ban.yml"));
            assertThat(keys(wf.get("jobs"))).containsExactly("xuat-ban");
            JsonNode job = wf.get("jobs").get("xuat-ban");
            assertThat(job.get("if").asText()).isEqualTo(DEFAULT_BRANCH_ONLY);
            JsonNode guard = job.get("steps").get(0);
            assertThat(guard.get("env").get("REF").asText()).isEqualTo("${{ github.ref }}");
            assertThat(guard.get("env").get("DEFAULT_BRANCH").asText()).isEqualTo("${{ github.event.repository.default_branch }}");
            String script = guard.get("run").asText();
            assertThat(bash(script, Map.of("REF", "refs/heads/main", "DEFAULT_BRANCH", "main"), null).exit()).isZero();
            assertThat(bash(script, Map.of("REF", "refs/heads/trunk", "DEFAULT_BRANCH", "trunk"), null).exit()).isZero();
            for (Map<String, String> refused : List.of(Map.of("REF", "refs/heads/xa-loc-an", "DEFAULT_BRANCH", "main"),
                    Map.of("REF", "refs/heads/main-2", "DEFAULT_BRANCH", "main"),
                    Map.of("REF", "refs/tags/main", "DEFAULT_BRANCH", "main"),
                    Map.of("REF", "refs/pull/7/head", "DEFAULT_BRANCH", "main"),
                    Map.of("REF", "refs/heads/main", "DEFAULT_BRANCH", ""))) {
                Shell run = bash(script, refused, null);
                assertThat(run.exit()).as(refused.toString()).isNotZero();
                assertThat(run.output()).contains("Từ chối xuất bản");
            }
        }
    }

    @Test
    void forgejoAndGiteaPushTheBuiltSiteToItsBranchAndNeedTheirToken(@TempDir Path tmp) throws Exception {
        JsonNode wf = yaml(GITEA.resolve("xuat-ban.yml"));
        assertThat(wf.get("env").get("KHO_TRANG").asText()).isEmpty();
        assertThat(wf.get("env").get("NHANH_TRANG").asText()).isEqualTo("pages");
        JsonNode steps = wf.get("jobs").get("xuat-ban").get("steps");
        String push = steps.get(steps.size() - 1).get("run").asText();
        Path remote = tmp.resolve("trang.git");
        assertThat(new ProcessBuilder("git", "init", "-q", "--bare", remote.toString()).start().waitFor()).isZero();
        Path work = Files.createDirectories(tmp.resolve("work/_site")).getParent();
        Files.writeString(work.resolve("_site/index.html"), "<p>Sổ mô hình</p>");
        Map<String, String> env = Map.of("XUAT_BAN_TOKEN", "bi-mat", "KHO_TRANG", remote.toString(), "NHANH_TRANG",
                "pages", "SERVER_URL", "https://git.example.invalid", "REPOSITORY", "huyen-uy/so-mo-hinh", "SHA",
                "0123abc", "HOME", tmp.toString());

        Shell first = bash(push, env, work);
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(git(remote, "show", "pages:index.html")).isEqualTo("<p>Sổ mô hình</p>");
        assertThat(git(remote, "log", "--format=%s", "pages")).isEqualTo("Trang dựng từ 0123abc\n");

        // The next publish replaces the branch: one commit, the new site only, whatever was there before.
        Files.writeString(work.resolve("_site/index.html"), "<p>lần hai</p>");
        Files.walk(work.resolve("_site/.git")).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Shell second = bash(push, env, work);
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(git(remote, "show", "pages:index.html")).isEqualTo("<p>lần hai</p>");
        assertThat(git(remote, "rev-list", "--count", "pages")).isEqualTo("1\n");

        Map<String, String> noToken = new HashMap<>(env);
        noToken.put("XUAT_BAN_TOKEN", "");
        Shell refused = bash(push, noToken, work);
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("XUAT_BAN_TOKEN");
        assertThat(git(remote, "show", "pages:index.html")).isEqualTo("<p>lần hai</p>");
    }

    @Test
    void gitlabPublishesOnlyFromTheProtectedDefaultBranchAndChecksOwnershipAsItsOwnJob() throws IOException {
        JsonNode ci = yaml(Path.of(".gitlab-ci.yml"));
        assertThat(ci.get("pages").get("rules").get(0).get("if").asText())
                .isEqualTo("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_COMMIT_REF_PROTECTED == \"true\"");
        for (String job : List.of("kiem-tra", "so-huu")) {
            assertThat(ci.get(job).get("rules").get(0).get("if").asText()).contains("merge_request_event");
            assertThat(ci.get(job).toString()).doesNotContain("$CI_JOB_TOKEN");
        }
        assertThat(ci.get("kiem-tra").toString()).contains("codeowners --check").doesNotContain("owners --check --base");
        assertThat(ci.get("so-huu").get("script").get(1).asText()).isEqualTo("mvn -B -q compile exec:java "
                + "-Dexec.args=\"owners --check --base origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME --actor $GITLAB_USER_LOGIN\"");
        assertThat(ci.get("variables").get("GIT_DEPTH").asInt()).isZero();
    }

    private record Shell(int exit, String output) {
    }

    /** Runs a step's script as the runners do ({@code bash -e}, with pipefail), with only these variables added. */
    private static Shell bash(String script, Map<String, String> env, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Shell(p.waitFor(), output);
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return output;
    }
}
