package dev.patrol.adapters.http.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium with the flags STACK.md lists (root, no
 * network), a throw-away profile, and waits that survive the page's live updates.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    /** Whether this machine can run the browser tests. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** `extra` Chromium flags go after the standard ones (e.g. `--host-resolver-rules=...`). */
    Browser(String... extra) throws Exception {
        profile = Files.createTempDirectory("patrol-gui-it");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--window-size=1024,768", "--user-data-dir=" + profile);
        o.addArguments(extra);
        // An explicit driver path keeps Selenium Manager off the network.
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    /** A wait polling every 50 ms; live updates replace elements, so a stale one is just looked up again. */
    WebDriverWait within(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    /** The `data-state` of the row (or object header) `domId`, read in one step in the page. */
    String stateOf(String domId) {
        return (String) script("var e = document.getElementById(arguments[0]);"
                + " return e ? e.getAttribute('data-state') : null;", domId);
    }

    /** Waits until `domId` shows `state`. */
    void awaitState(String domId, String state, int seconds) {
        within(seconds).withMessage(() -> "want " + domId + " " + state + ", got " + stateOf(domId))
                .until(d -> state.equals(stateOf(domId)));
    }

    /** Clicks `css`, looking it up again if a live update replaced it in between. */
    void click(String css) {
        within(5).until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** The visible text of the element with `id`. */
    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Marks the page; the mark survives live updates but not a reload. */
    void mark() {
        script("window.__patrolMark = 'same page';");
    }

    boolean stillMarked() {
        return "same page".equals(script("return window.__patrolMark;"));
    }

    /** Saves what the window shows to `target/name`. */
    void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
