package be.passerelle.web.scenario;

import be.passerelle.web.stack.WebTestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Runs each {@link Scenario} once per available {@link Engine}, with a fresh {@link Browser} each time. */
final class Engines implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<Engine> meantFor = List.of(
                context.getRequiredTestMethod().getAnnotation(Scenario.class).engines());
        return Engine.available().stream().filter(meantFor::contains).map(InEngine::new);
    }

    @Override
    public boolean mayReturnZeroTestTemplateInvocationContexts(ExtensionContext context) {
        // a Chromium-only scenario on a machine without Chromium: ScenarioReport says the suite did not run
        return true;
    }

    /** One run of a scenario in one engine; its display name starts with the engine's label. */
    private record InEngine(Engine engine) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + engine.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new BrowserOf(engine));
        }
    }

    /** Opens the browser for the scenario, judges its pages' accessibility after it, and closes it. */
    private record BrowserOf(Engine engine)
            implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Engines.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Browser browser =
                    new Browser(engine, engine.start(), WebTestStack.started().webUrl());
            context.getStore(NAMESPACE).put(Browser.class, browser);
            return browser;
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
            if (browser == null) {
                return;
            }
            if (context.getExecutionException().isPresent()) {
                keepWhatChromiumShowed(browser, context);
                return;
            }
            List<String> inaccessible = browser.inaccessible();
            if (!inaccessible.isEmpty()) {
                throw new AssertionError("accessibility (axe-core, WCAG 2.1 A/AA) violations not listed in"
                        + " accessibility-exceptions.tsv:\n  " + String.join("\n  ", inaccessible));
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
            if (browser != null) {
                browser.close();
            }
        }

        /** A failed scenario leaves Chromium's last page as an image under {@code target/scenario-failures}. */
        private static void keepWhatChromiumShowed(Browser browser, ExtensionContext context) {
            if (browser.engine() != Engine.CHROMIUM) {
                return;
            }
            Path file = Path.of(
                    "target",
                    "scenario-failures",
                    context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + ".png");
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
