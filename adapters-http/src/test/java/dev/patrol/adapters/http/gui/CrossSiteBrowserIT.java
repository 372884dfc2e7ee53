package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 12, finding 7 in a real Chromium: a page of another site (served from 127.0.0.2) that
 * points an `<img>` at a toggle URL, or submits a `text/plain` form to `/api/`, changes nothing,
 * while the same page can still load a harmless read, proving its requests do reach Patrol.
 */
class CrossSiteBrowserIT {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();
    private HttpServer attacker;
    private Browser b;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver missing");
        String patrol = "http://127.0.0.1:" + f.server.port();
        String page = "<!DOCTYPE html><html><body>"
                + "<img id=\"read\" src=\"" + patrol + "/gui/icon.svg\" onload=\"this.dataset.done='loaded'\""
                + " onerror=\"this.dataset.done='failed'\">"
                + "<img id=\"toggle\" src=\"" + patrol + "/api/?group=app&id=web&toggle=2\""
                + " onload=\"this.dataset.done='loaded'\" onerror=\"this.dataset.done='failed'\">"
                + "<form id=\"post\" method=\"post\" enctype=\"text/plain\" action=\"" + patrol + "/api/\">"
                + "<input name='{\"group\":\"app\",\"id\":\"web\",\"toggle\":2,\"x\":\"' value='\"}'></form>"
                + "</body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        attacker.createContext("/", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        attacker.start();
        b = new Browser();
    }

    @AfterEach
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    private String done(String id) {
        return b.within(10).until(d -> {
            String v = d.findElement(By.id(id)).getAttribute("data-done");
            return v == null || v.isEmpty() ? null : v;
        });
    }

    @Test
    void issue12_anotherSitesImgAndTextPlainForm_changeNothing() throws Exception {
        b.driver.get("http://127.0.0.2:" + attacker.getAddress().getPort() + "/");
        assertEquals("loaded", done("read"), "the page's requests reach Patrol: cross-site reads are served");
        assertEquals("failed", done("toggle"));
        assertFalse(f.read("app", "web").disabled(), "the img toggle was refused");
        b.driver.findElement(By.id("post")).submit();
        b.within(10).until(d -> d.getPageSource().contains("Cross-Site Request Refused"));
        assertFalse(f.read("app", "web").disabled(), "the text/plain POST was refused");
        assertTrue(f.read("app", "web").errors().isEmpty());
    }

    @Test
    void issue12_aRebindingNameResolvedTo127001_getsNoPageAndNoToken() throws Exception {
        // The browser resolves attacker.example to 127.0.0.1, as a rebinding DNS server would.
        try (Browser rebound = new Browser("--host-resolver-rules=MAP attacker.example 127.0.0.1")) {
            rebound.driver.get("http://attacker.example:" + f.server.port() + "/");
            String page = rebound.driver.getPageSource();
            assertTrue(page.contains("Misdirected Request"), page);
            assertFalse(page.contains("name=\"csrf\""), page);
        }
    }
}
