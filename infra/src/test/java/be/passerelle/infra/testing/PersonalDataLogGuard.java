package be.passerelle.infra.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Fails a test class when a log line written while it ran holds a {@linkplain PersonalDataMarkers
 * marked personal value}: the test data's personal fields must never reach a log. Captures every
 * event that reaches Logback's root logger (at the levels the suite runs at, message, arguments,
 * exceptions with their causes and the MDC) and every line written to {@code System.out} and {@code
 * System.err}. Lines written after the last class (e.g. by a background job) fail the run.
 *
 * <p>Registered for every integration test of the modules that use infra's test jar (see {@code
 * META-INF/services} and the failsafe configuration in the parent POM).
 */
public final class PersonalDataLogGuard implements BeforeAllCallback, AfterAllCallback {
    private static final int SHOWN = 20;
    private static final List<String> LEAKS = new ArrayList<>();
    private static Capture capture;
    private static Reattaching reattaching;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PersonalDataLogGuard.class))
                .computeIfAbsent("end of run", key -> (AutoCloseable) () -> verify("after the last test class"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        verify(context.getDisplayName());
    }

    /** Starts capturing (once per JVM). */
    public static synchronized void install() {
        if (capture != null) {
            return;
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            throw new IllegalStateException("the personal-data log guard needs Logback, found "
                    + LoggerFactory.getILoggerFactory().getClass().getName());
        }
        capture = new Capture();
        capture.setName("personal-data-guard");
        capture.setContext(logback);
        reattaching = new Reattaching();
        reattach();
        System.setOut(new PrintStream(new LineScanner(System.out, "System.out"), true, Charset.defaultCharset()));
        System.setErr(new PrintStream(new LineScanner(System.err, "System.err"), true, Charset.defaultCharset()));
    }

    /**
     * Puts the appender (back) on the root logger: after a reset of Logback (see {@link Reattaching})
     * and after Spring Boot configured it (see {@link SpringBootLogging}); a stop of the context
     * removes every listener, so the reattaching one is added again too.
     */
    static synchronized void reattach() {
        if (capture == null || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            return;
        }
        capture.setContext(logback);
        if (!capture.isStarted()) {
            capture.start();
        }
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(capture.getName()) == null) {
            root.addAppender(capture);
        }
        if (!logback.getCopyOfListenerList().contains(reattaching)) {
            logback.addListener(reattaching);
        }
    }

    /** Throws when a leak was seen since the last call, naming {@code where}. */
    public static void verify(String where) {
        reattach();
        List<String> leaks;
        synchronized (LEAKS) {
            leaks = List.copyOf(LEAKS);
            LEAKS.clear();
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " log line(s) with personal data (" + where + "):\n  "
                    + String.join("\n  ", leaks.subList(0, Math.min(SHOWN, leaks.size()))));
        }
    }

    static void inspect(String source, String text) {
        if (PersonalDataMarkers.holdsPersonalData(text)) {
            synchronized (LEAKS) {
                LEAKS.add(source + ": " + text);
            }
        }
    }

    /** The appender on the root logger. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder text =
                    new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    text.append(" | ").append(argument);
                }
            }
            for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
                text.append(" | ").append(entry.getKey()).append('=').append(entry.getValue());
            }
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                for (IThrowableProxy suppressed : t.getSuppressed()) {
                    text.append(" | ")
                            .append(suppressed.getClassName())
                            .append(": ")
                            .append(suppressed.getMessage());
                }
            }
            inspect(event.getLoggerName(), text.toString());
        }
    }

    /** Puts the appender back on the root logger after a reset of Logback. */
    static final class Reattaching implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            reattach();
        }

        @Override
        public void onStart(LoggerContext context) {}

        @Override
        public void onStop(LoggerContext context) {}

        @Override
        public void onLevelChange(Logger logger, Level level) {}
    }

    /**
     * Spring Boot stops and resets Logback when an application starts (which also drops Logback's
     * listeners), then configures it; this puts the appender back afterwards. Registered in {@code
     * META-INF/spring.factories}; does nothing where the guard is not installed.
     */
    public static final class SpringBootLogging
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            reattach();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Passes every byte on and inspects each line. */
    static final class LineScanner extends OutputStream {
        private final OutputStream target;
        private final String source;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineScanner(OutputStream target, String source) {
            this.target = target;
            this.source = source;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            target.write(b);
            if (b == '\n') {
                flushLine();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            target.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    flushLine();
                } else {
                    line.write(bytes[i]);
                }
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }

        private void flushLine() {
            inspect(source, line.toString(Charset.defaultCharset()));
            line.reset();
        }
    }
}
