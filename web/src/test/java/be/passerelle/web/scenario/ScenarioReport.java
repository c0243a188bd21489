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
    private static final AtomicInteger SCREENSHOTS = new AtomicInteger();

    private final Map<Engine, int[]> runs = new EnumMap<>(Engine.class);

    static void screenshotTaken() {
        SCREENSHOTS.incrementAndGet();
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        for (Engine engine : Engine.values()) {
            if (test.getDisplayName().startsWith("[" + engine.label() + "]")) {
                int[] counts = runs.computeIfAbsent(engine, unused -> new int[2]);
                counts[0]++;
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
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
        List<String> lines = new ArrayList<>();
        for (Engine engine : runs.keySet()) {
            int[] counts = runs.get(engine);
            lines.add("Browser scenarios in " + engine.label() + ": " + counts[0] + " run, " + counts[1] + " passed");
        }
        if (runs.containsKey(Engine.CHROMIUM)) {
            lines.add("axe-core (WCAG 2.1 A and AA) in Chromium: " + Accessibility.pagesChecked() + " pages checked, "
                    + Accessibility.violations() + " violations, " + Accessibility.listedViolations()
                    + " listed in accessibility-exceptions.tsv");
        }
        if (Screenshots.enabled()) {
            lines.add(SCREENSHOTS.get() + " screenshots written to " + System.getProperty(Screenshots.DIRECTORY));
        }
        if (!Engine.chromiumInstalled()) {
            lines.add("Chromium suite NOT RUN: no chromium installed");
        }
        Path file = Path.of(System.getProperty(FILE, "target/browser-scenarios.txt"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
