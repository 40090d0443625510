package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import vn.somohinh.cli.CommandTree;
import vn.somohinh.docs.MarkdownDoc.Part;
import vn.somohinh.docs.MarkdownDoc.Section;

/**
 * docs/CLI.md and the picocli commands of cli/ say the same: every command and option documented as implemented
 * exists, every one that exists is documented, and every one tagged (planned) does not exist yet. A command's
 * options are those of "Options of every command" and those of the table under its own "### `name`" heading;
 * a name that does not start with "-" (`MODEL...`) is a positional parameter.
 */
class CliContractDocTest {
    private static final String WHERE = "docs/CLI.md";
    private static MarkdownDoc doc;
    private static CommandLine tree;

    @BeforeAll
    static void read() throws IOException {
        doc = MarkdownDoc.read(Path.of(WHERE));
        tree = CommandTree.build();
    }

    /** The "### `name`" sections of "## Each command", by command name; the value says whether it is planned. */
    private static Map<String, Section> commandSections() {
        Map<String, Section> commands = new LinkedHashMap<>();
        boolean inside = false;
        for (Section s : doc.sections()) {
            if (s.level() == 2) {
                inside = s.heading().text().equals("Each command");
            } else if (inside && s.level() == 3 && !s.heading().firstCode().isEmpty()) {
                commands.put(s.heading().firstCode(), s);
            }
        }
        return commands;
    }

    @Test
    void everyCommandIsDocumentedAndEveryImplementedOneExists() {
        List<String> wrong = new ArrayList<>();
        Map<String, Section> sections = commandSections();
        Map<String, Boolean> summary = new LinkedHashMap<>();
        doc.sections().stream().filter(s -> s.level() == 2 && s.heading().text().equals("Commands"))
                .forEach(s -> MarkdownDoc.rows(s, "command").forEach(row -> summary.put(row.get(0).firstCode(), row.get(0).planned())));
        sections.forEach((name, s) -> {
            boolean exists = tree.getSubcommands().containsKey(name);
            if (!summary.containsKey(name) || summary.get(name) != s.heading().planned()) {
                wrong.add(WHERE + ": the table under \"## Commands\" must list `" + name + "`"
                        + (s.heading().planned() ? " tagged (planned)" : " without (planned)") + ", like its section");
            }
            if (s.heading().planned() && exists) {
                wrong.add(WHERE + ": command `" + name + "` is tagged (planned) but cli/Main.java has it: remove the tag, here and under \"## Commands\"");
            } else if (!s.heading().planned() && !exists) {
                wrong.add(WHERE + ": command `" + name + "` is documented as implemented but cli/Main.java does not have it");
            }
        });
        summary.keySet().stream().filter(name -> !sections.containsKey(name)).forEach(name ->
                wrong.add(WHERE + ": command `" + name + "` is listed under \"## Commands\" but has no \"### `" + name + "`\" section"));
        tree.getSubcommands().keySet().stream().filter(name -> !sections.containsKey(name)).forEach(name ->
                wrong.add(WHERE + ": command `" + name + "` exists (cli/Main.java) but is not documented: add a \"### `"
                        + name + "`\" section under \"## Each command\" and a row under \"## Commands\""));
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    @Test
    void everyOptionIsDocumentedAndEveryImplementedOneExists() {
        List<String> wrong = new ArrayList<>();
        Map<String, Boolean> common = new LinkedHashMap<>();
        doc.sections().stream().filter(s -> s.level() == 2 && s.heading().text().equals("Options of every command"))
                .forEach(s -> MarkdownDoc.rows(s, "option").forEach(row -> names(row.get(0)).forEach(n -> common.put(n, row.get(0).planned()))));
        assertThat(common).as(WHERE + ": the section \"Options of every command\" and its table").isNotEmpty();
        // Without a subcommand the tool takes only the help options, which every command has.
        Set<String> root = existing(tree.getCommandSpec());
        root.stream().filter(n -> common.get(n) != Boolean.FALSE).forEach(n -> wrong.add(WHERE + ": option `" + n
                + "` of the command without a subcommand exists (cli/Main.java) but is not under \"Options of every command\""));
        commandSections().forEach((name, section) -> {
            Map<String, Boolean> documented = new LinkedHashMap<>(common);
            MarkdownDoc.rows(section, "option").forEach(row -> names(row.get(0)).forEach(n -> documented.put(n, row.get(0).planned())));
            CommandLine command = tree.getSubcommands().get(name);
            if (command != null) {
                checkOptions("`" + name + "`", existing(command.getCommandSpec()), documented, wrong);
            }
        });
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    /** Compares the options a command has with those the page documents for it (its own and the common ones). */
    private static void checkOptions(String command, Set<String> existing, Map<String, Boolean> documented, List<String> wrong) {
        documented.forEach((name, planned) -> {
            if (planned && existing.contains(name)) {
                wrong.add(WHERE + ": option `" + name + "` of " + command + " is tagged (planned) but the command has it: remove the tag");
            } else if (!planned && !existing.contains(name)) {
                wrong.add(WHERE + ": option `" + name + "` of " + command + " is documented as implemented but the command does not have it");
            }
        });
        existing.stream().filter(name -> !documented.containsKey(name)).forEach(name -> wrong.add(WHERE + ": option `"
                + name + "` of " + command + " exists (cli/) but is not documented: add it to the table of its \"### `…`\" "
                + "section, or to \"Options of every command\" if every command has it"));
    }

    /** The option names of a command and the labels of its positional parameters (`MODEL`). */
    private static Set<String> existing(CommandSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        spec.options().forEach(o -> names.addAll(List.of(o.names())));
        spec.positionalParameters().forEach(p -> names.add(p.paramLabel().replaceAll("[<>]|\\.\\.\\.$", "")));
        return names;
    }

    /** The option names of a cell: the first word of each code span (`--unit ID` → --unit), "..." dropped. */
    private static List<String> names(Part cell) {
        return cell.codes().stream().map(c -> c.split(" ")[0].replaceAll("\\.\\.\\.$", "")).toList();
    }
}
