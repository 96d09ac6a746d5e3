package dev.newsline.sink.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Test fixture: Debian's {@code chromium} driven through its {@code chromedriver}, headless. Both are looked up
 * on the machine (never downloaded), so a test can skip with a clear message when they are not installed.
 */
final class HeadlessChromium {

    /** What to tell the reader of a skipped test. */
    static final String MISSING = "chromium and chromedriver not found on PATH or in /usr/bin "
            + "(Debian: apt-get install chromium chromium-driver; .ci/run installs them when it can)";

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser");
    private static final List<String> DRIVERS = List.of("chromedriver");

    private HeadlessChromium() {
    }

    /** The browser and its driver, when both are installed. */
    static Optional<Installed> find() {
        Optional<Path> browser = executable(BROWSERS);
        Optional<Path> driver = executable(DRIVERS);
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Installed(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> executable(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** A browser binary and the chromedriver that drives it. */
    record Installed(Path browser, Path driver) {

        /** Starts a headless browser with a window of {@code width} x {@code height} CSS pixels. */
        ChromeDriver start(int width, int height) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser.toFile());
            // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=" + width + "," + height, "--lang=en-GB", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync");
            // Naming the driver binary keeps Selenium Manager from looking for (or downloading) one.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.toFile())
                    .usingAnyFreePort()
                    .withTimeout(Duration.ofSeconds(60))
                    .build();
            return new ChromeDriver(service, options);
        }
    }
}
