package be.passerelle.web.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * What the browser scenarios did in this run, per engine, with axe-core's figures, written to {@code
 * target/browser-scenarios.txt} for the build to print after the web ITs (the test JVM's own output goes to
 * files). Where Chromium is not installed, its last line says that the Chromium suite did not run: never a
 * silent skip. Registered in {@code META-INF/services}.
 */
public final class ScenarioReport implements TestExecutionListener {
    static final String FILE = "passerelle.web.scenario-report";
    static final String NOT_RUN = "Chromium suite NOT RUN: no chromium installed";
    private static final AtomicInteger SCREENSHOTS = new AtomicInteger();

    private final Map<Engine, int[]> runs = new EnumMap<>(Engine.class);

    static void screenshotTaken() {
        SCREENSHOTS.incrementAndGet();
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            finished(test.getDisplayName(), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL);
        }
    }

    /** Counts a finished test when it is a scenario's run in an engine (its display name starts so). */
    void finished(String displayName, boolean passed) {
        for (Engine engine : Engine.values()) {
            if (displayName.startsWith("[" + engine.label() + "]")) {
                int[] counts = runs.computeIfAbsent(engine, unused -> new int[2]);
                counts[0]++;
                if (passed) {
                    counts[1]++;
                }
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (runs.isEmpty() && !Screenshots.enabled()) {
            return; // no scenario in this run (unit tests, or ITs chosen by name)
        }
        Path file = Path.of(System.getProperty(FILE, "target/browser-scenarios.txt"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines(Engine.chromiumInstalled()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary: per engine, then axe-core's figures, then what did not run. */
    List<String> lines(boolean chromiumInstalled) {
        List<String> lines = new ArrayList<>();
        runs.forEach((engine, counts) -> lines.add(
                "Browser scenarios in " + engine.label() + ": " + counts[0] + " run, " + counts[1] + " passed"));
        if (runs.containsKey(Engine.CHROMIUM)) {
            lines.add("axe-core (WCAG 2.1 A and AA) in Chromium: " + Accessibility.pagesChecked() + " pages checked, "
                    + Accessibility.violations() + " violations, " + Accessibility.listedViolations()
                    + " listed in accessibility-exceptions.tsv");
        }
        if (Screenshots.enabled()) {
            lines.add(SCREENSHOTS.get() + " screenshots written to " + System.getProperty(Screenshots.DIRECTORY));
        }
        if (!chromiumInstalled) {
            lines.add(NOT_RUN);
        }
        return lines;
    }
}
