package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.api.Toggle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** The GUI in headless Chromium against a Patrol with real child processes (A6, F16). */
class GuiBrowserIT {
    private static Browser b;

    @TempDir
    Path tmp;
    private RealPatrol patrol;

    @BeforeAll
    static void browser() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver missing");
        b = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        patrol = new RealPatrol(tmp);
    }

    @AfterEach
    void stop() throws Exception {
        patrol.close();
    }

    private void open(String path) {
        b.driver.get(patrol.url(path));
    }

    @Test
    void givenARunningApp_clickDisableThenEnable_theRowChangesLiveWithoutReload() {
        open("/");
        b.awaitState("app-loop", "running", 10);
        b.mark();
        b.click("#app-loop button[name=disable]");
        b.awaitState("app-loop", "disabled", 15);
        b.click("#app-loop button[name=enable]");
        b.awaitState("app-loop", "running", 15);
        assertTrue(b.stillMarked(), "toggled without a page reload");
    }

    @Test
    void givenAnOpenOverview_anotherClientDisablesAnApp_theRowChangesWithinASecond() throws Exception {
        open("/");
        b.awaitState("app-loop", "running", 10);
        b.within(5).until(d -> b.text("live-indicator").equals("live"));
        b.mark();
        patrol.toggle("app", "loop", Toggle.DISABLE);
        b.within(1).until(d -> !"running".equals(b.stateOf("app-loop")));
        assertTrue(b.stillMarked(), "updated without a page reload");
    }

    @Test
    void givenAService_clickDisableThenEnable_itsRowFollows() {
        open("/");
        b.awaitState("service-ssh", "running", 10);
        b.click("#service-ssh button[name=disable]");
        b.awaitState("service-ssh", "disabled", 10);
        b.click("#service-ssh button[name=enable]");
        b.awaitState("service-ssh", "running", 10);
    }

    @Test
    void givenTheLoopApp_openItsStdout_showsALineItPrinted() {
        open("/");
        b.awaitState("app-loop", "running", 10);
        b.click("#app-loop .loglinks a[title^='Whole stdout']");
        b.within(10).until(d -> {
            if (d.findElement(By.tagName("body")).getText().contains("hello from loop line 1")) {
                return true;
            }
            d.navigate().refresh(); // served up to its size at request time: ask again until the line is in
            return false;
        });
    }

    @Test
    void givenTheLoopApp_followItsLog_newLinesAppearLive() {
        open("/");
        b.click("#app-loop .loglinks a[title^='Follow']");
        b.within(10).until(d -> b.text("follow").contains("hello from loop line"));
        int before = b.text("follow").length();
        b.within(5).until(d -> b.text("follow").length() > before);
        assertEquals("following", b.text("follow-status"));
    }

    @Test
    void givenAProtectedApp_toggleWithoutTheSecret_isRefusedThenAppliedWithIt() {
        open("/");
        b.awaitState("app-vault", "running", 10);
        b.click("#app-vault button[name=disable]");
        b.within(5).until(d -> b.text("flash").equals("Secret Invalid"));
        assertEquals("running", b.stateOf("app-vault"));
        b.driver.findElement(By.cssSelector("#app-vault input.secret")).sendKeys(RealPatrol.SECRET);
        b.click("#app-vault button[name=disable]");
        b.awaitState("app-vault", "disabled", 15);
        assertTrue(b.driver.findElements(By.id("flash")).isEmpty(), "the refusal box is gone");
    }

    @Test
    void givenAllKindsOfObjects_loadTheOverview_aScreenshotIsSaved() throws Exception {
        patrol.toggle("app", "vault", Toggle.RUNONCE_ENABLE);
        open("/");
        b.awaitState("app-loop", "running", 10);
        patrol.toggle("app", "loop", Toggle.RESTART); // one past instance to show
        b.within(15).until(d -> b.text("app-loop").contains("1 past instance"));
        b.awaitState("app-loop", "running", 15);
        b.awaitState("service-ssh", "running", 10);
        b.driver.manage().window().setSize(new Dimension(1024, 900));
        try {
            b.within(5).until(d -> b.text("live-indicator").equals("live"));
            b.screenshot("gui-index.png");
            open("/app/loop");
            b.awaitState("app-loop", "running", 5);
            b.screenshot("gui-app.png");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1024, 768));
        }
    }
}
