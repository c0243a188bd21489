package be.passerelle.web.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's journey through the web client, run once per {@link Engine} of the machine: the method takes a
 * {@link Browser}, already open on nothing, and drives it as a user would (sign in, open, click, fill, submit),
 * asserting what the pages show. In Chromium, every page of the web client the scenario reaches is checked by
 * axe-core (WCAG 2.1 A and AA); a violation not listed in {@code accessibility-exceptions.tsv} fails the scenario.
 *
 * <pre>{@code
 * class StaffScenarioIT extends WebIntegrationTest {
 *     @Scenario
 *     void admin_invites_a_colleague(Browser browser) {
 *         browser.signInAt("/admin/staff", "fed-admin");
 *         browser.fill("#email", "…").click("form.invite button[type=submit]");
 *         assertThat(browser.text(".flash")).contains("…");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Engines.class)
public @interface Scenario {
    /**
     * The engines this scenario is meant for, when not all: a journey made with the keyboard alone needs a
     * browser that moves the focus as a real one does, which HtmlUnit does not.
     */
    Engine[] engines() default {Engine.JAVA, Engine.CHROMIUM};
}
