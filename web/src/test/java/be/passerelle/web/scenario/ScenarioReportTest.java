package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioReportTest {

    @Test
    void without_chromium_the_last_line_says_that_its_suite_did_not_run() {
        ScenarioReport report = new ScenarioReport();
        report.finished("[Java engine (HtmlUnit)]", true);
        report.finished("[Java engine (HtmlUnit)]", false);
        report.finished("a_test_that_is_no_scenario()", true);

        assertThat(report.lines(false))
                .containsExactly(
                        "Browser scenarios in Java engine (HtmlUnit): 2 run, 1 passed",
                        "Chromium suite NOT RUN: no chromium installed");
    }

    @Test
    void with_chromium_each_engine_has_its_line_and_axe_cores_figures_follow() {
        ScenarioReport report = new ScenarioReport();
        report.finished("[Java engine (HtmlUnit)]", true);
        report.finished("[Chromium]", true);

        assertThat(report.lines(true))
                .hasSize(3)
                .startsWith(
                        "Browser scenarios in Java engine (HtmlUnit): 1 run, 1 passed",
                        "Browser scenarios in Chromium: 1 run, 1 passed")
                .noneMatch(line -> line.contains("NOT RUN"));
        assertThat(report.lines(true).get(2)).startsWith("axe-core (WCAG 2.1 A and AA) in Chromium: ");
    }
}
