package vn.somohinh.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's settings, found through ServiceLoader before any logback.xml: the tool speaks through its own problem
 * lines, libraries (JBake, JGit, OrientDB) only when something is wrong. Written in Java because reading the same
 * settings from XML loaded an XML parser and Logback's configuration engine, a tenth of a small site's build.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public Configurator.ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(err);
        // JBake warns that it has no AsciiDoc or Markdown engine: content/ pages are HTML, so that is expected.
        context.getLogger("org.jbake.parser.Engines").setLevel(Level.ERROR);
        // The oven's "Failed to bake N item(s)!": the build names the first failure itself (render/SiteRenderer).
        context.getLogger("org.jbake.app.Oven").setLevel(Level.OFF);
        // Its renderer's stack trace of the same failure: the build's own line names the template and its line.
        context.getLogger("org.jbake.app.Renderer").setLevel(Level.OFF);
        // POI speaks English about the files it reads; import reports an unreadable file as one Vietnamese problem.
        context.getLogger("org.apache.poi").setLevel(Level.OFF);
        return Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
