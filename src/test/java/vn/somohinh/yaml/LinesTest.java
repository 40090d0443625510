package vn.somohinh.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;

/** The one line table of the reading layer counts lines and columns exactly as the YAML parser's marks do. */
class LinesTest {

    @Test
    void agreesWithTheParserOnMixedLineEndingsAndWideCharacters() {
        String text = "a: 1\rb: 😀x\r\nc: [d, e]\n\nf: \"g\r\n  h\"\ri: 🇻🇳 j\n";
        Lines lines = Lines.of(text);
        int checked = 0;
        for (Event event : new Yaml().parse(new StringReader(text))) {
            for (Mark mark : new Mark[] {event.getStartMark(), event.getEndMark()}) {
                assertThat(lines.atPoint(mark.getIndex())).as("%s at %s", event, mark.getIndex())
                        .isEqualTo(new Pos(mark.getLine() + 1, mark.getColumn() + 1));
                assertThat(lines.at(lines.offsetOf(mark.getIndex()))).isEqualTo(lines.atPoint(mark.getIndex()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(lines.count()).isEqualTo(8);
    }

    @Test
    void countsLinesAsAnEditorShowsThem() {
        assertThat(Lines.of("").count()).isEqualTo(1);
        assertThat(Lines.of("a").count()).isEqualTo(1);
        assertThat(Lines.of("a\n").count()).isEqualTo(2);
        assertThat(Lines.of("a\r\nb\rc\n").count()).isEqualTo(4);
        assertThat(Lines.of("a\r\nb\rc").at(6)).isEqualTo(new Pos(3, 2));
        assertThat(Lines.of("x\r").at(2)).isEqualTo(new Pos(2, 1));
    }
}
