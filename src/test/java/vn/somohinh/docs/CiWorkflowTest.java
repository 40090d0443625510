package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CI templates keep their security properties: least privilege, pinned actions, no secrets for pull requests. */
class CiWorkflowTest {
    private static final Path CHECK = Path.of(".github/workflows/kiem-tra.yml");
    private static final Path PUBLISH = Path.of(".github/workflows/xuat-ban.yml");
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");

    private static JsonNode yaml(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(steps::add));
        return steps;
    }

    @Test
    void neverPullRequestTargetAndNoSecretsInPullRequests() throws IOException {
        for (Path file : List.of(CHECK, PUBLISH)) {
            assertThat(Files.readString(file)).doesNotContain("pull_request_target");
        }
        String check = Files.readString(CHECK);
        assertThat(check).doesNotContain("secrets.").doesNotContain("GITHUB_TOKEN");
        assertThat(yaml(CHECK).get("on").has("pull_request")).isTrue();
    }

    @Test
    void readOnlyByDefaultAndOnlyTheDeployJobMayWrite() throws IOException {
        for (Path file : List.of(CHECK, PUBLISH)) {
            JsonNode wf = yaml(file);
            assertThat(wf.get("permissions").toString()).isEqualTo("{\"contents\":\"read\"}");
            wf.get("jobs").fields().forEachRemaining(job -> {
                JsonNode perms = job.getValue().get("permissions");
                if (job.getKey().equals("xuat-ban")) {
                    assertThat(perms.toString()).isEqualTo("{\"pages\":\"write\",\"id-token\":\"write\"}");
                    assertThat(job.getValue().get("environment").get("name").asText()).isEqualTo("github-pages");
                } else {
                    assertThat(perms).as(file + " " + job.getKey()).isNull();
                }
            });
        }
        assertThat(yaml(PUBLISH).get("on").get("push").get("branches").toString()).isEqualTo("[\"main\"]");
    }

    @Test
    void everyActionIsPinnedByCommitAndNoExpressionReachesAShell() throws IOException {
        for (Path file : List.of(CHECK, PUBLISH)) {
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
            }
        }
        assertThat(Files.readString(CHECK)).contains("--format github", "diff --base", "codeowners --check", "GITHUB_STEP_SUMMARY");
    }

    @Test
    void gitlabPublishesOnlyFromTheProtectedDefaultBranch() throws IOException {
        JsonNode ci = yaml(Path.of(".gitlab-ci.yml"));
        assertThat(ci.get("pages").get("rules").get(0).get("if").asText())
                .isEqualTo("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_COMMIT_REF_PROTECTED == \"true\"");
        assertThat(ci.get("kiem-tra").get("rules").get(0).get("if").asText()).contains("merge_request_event");
        assertThat(ci.get("kiem-tra").toString()).doesNotContain("$CI_JOB_TOKEN").contains("codeowners --check");
        assertThat(ci.get("variables").get("GIT_DEPTH").asInt()).isZero();
    }
}
