package be.passerelle.web.scenario;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on the web client's pages, in Chromium. Each state of a page (its path
 * and query, its title, and how many error or status messages it shows) is checked once per run, whichever
 * scenario reaches it first. A violation is either listed in {@code accessibility-exceptions.tsv} (test
 * resources: rule, path, reason) or fails the scenario that met it. Keycloak's login pages are not the web
 * client's and are not checked.
 */
final class Accessibility {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String EXCEPTIONS = "/accessibility-exceptions.tsv";
    private static final String STATE = "return location.pathname + location.search + '|' + document.title + '|'"
            + " + document.querySelectorAll('[aria-invalid=\"true\"], .field-error, [role=alert], [role=status]')"
            + ".length;";

    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger VIOLATIONS = new AtomicInteger();
    private static final AtomicInteger LISTED = new AtomicInteger();
    private static final List<Listed> EXCEPTIONS_LISTED = load();

    private Accessibility() {}

    /** Checks the page the browser shows unless this state was checked already; the violations not listed. */
    static List<String> check(WebDriver driver, String path) {
        String state = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(STATE);
        if (!CHECKED.add(state)) {
            return List.of();
        }
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.getError() != null) {
            throw new AssertionError("axe-core could not check " + path + ": " + results.getErrorMessage());
        }
        List<String> unlisted = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (EXCEPTIONS_LISTED.stream().anyMatch(exception -> exception.covers(rule.getId(), path))) {
                LISTED.incrementAndGet();
                continue;
            }
            VIOLATIONS.incrementAndGet();
            unlisted.add(describe(rule, path));
        }
        return unlisted;
    }

    static int pagesChecked() {
        return CHECKED.size();
    }

    static int violations() {
        return VIOLATIONS.get();
    }

    static int listedViolations() {
        return LISTED.get();
    }

    private static String describe(Rule rule, String path) {
        List<String> targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(Objects::toString)
                .limit(5)
                .toList();
        return rule.getId() + " (" + rule.getImpact() + ") on " + path + ": " + rule.getHelp() + " — " + targets;
    }

    private static List<Listed> load() {
        InputStream stream = Accessibility.class.getResourceAsStream(EXCEPTIONS);
        if (stream == null) {
            return List.of();
        }
        List<Listed> exceptions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3 || columns[2].isBlank()) {
                    throw new IllegalStateException(EXCEPTIONS + ": rule, path and reason, tab-separated: " + line);
                }
                exceptions.add(new Listed(columns[0].trim(), columns[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(exceptions);
    }

    /** One listed violation: this rule on this path ({@code *} for every path, a trailing {@code *} for a prefix). */
    private record Listed(String rule, String path) {
        boolean covers(String violatedRule, String violatedPath) {
            if (!rule.equals(violatedRule)) {
                return false;
            }
            if (path.endsWith("*")) {
                return violatedPath.startsWith(path.substring(0, path.length() - 1));
            }
            return path.equals(violatedPath);
        }
    }
}
