package be.passerelle.web.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The README's screenshots, taken by the scenarios at the points they name, only when the system property
 * {@value #DIRECTORY} names a directory: the Maven profile {@code screenshots} sets it (and runs the scenarios
 * in Chromium alone). The default test run takes none.
 */
final class Screenshots {
    static final String DIRECTORY = "passerelle.web.screenshots";

    private Screenshots() {}

    static boolean enabled() {
        String directory = System.getProperty(DIRECTORY);
        return directory != null && !directory.isBlank();
    }

    /** Writes {@code <name>.png}: what the browser's window shows now. */
    static void take(WebDriver driver, String name) {
        Path file = Path.of(System.getProperty(DIRECTORY)).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScenarioReport.screenshotTaken();
    }
}
