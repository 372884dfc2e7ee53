package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The overview, the object pages and the assets, over HTTP with the real engine. */
class GuiPagesTest {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    @Test
    void givenTheEngine_getIndex_isAnHtmlPageWithBothTablesSortedById() throws Exception {
        HttpResponse<String> r = f.get("/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Page.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        String html = r.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        int off = html.indexOf("id=\"app-off\"");
        int vault = html.indexOf("id=\"app-vault\"");
        int web = html.indexOf("id=\"app-web\"");
        assertTrue(off > 0 && off < vault && vault < web, "apps sorted by id");
        assertTrue(html.indexOf("id=\"service-ssh\"") > web, "services after apps");
        assertTrue(html.contains("href=\"/api/?group=app&amp;id=web\""));
        assertTrue(html.contains("href=\"/app/web\""));
        assertTrue(html.contains("data-state=\"running\""));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/gui/gui.css\">"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @Test
    void givenANameWithMarkup_getIndex_escapesIt() throws Exception {
        String html = f.get("/").body();
        assertTrue(html.contains("Web &lt;b&gt;&amp;amp;"));
        assertFalse(html.contains("<b>"));
    }

    @Test
    void givenAService_getIndex_itsFormPostsGroupServiceWithTheCsrfToken() throws Exception {
        String html = f.get("/").body();
        String form = html.substring(html.indexOf("id=\"f-service-ssh\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertTrue(form.contains("name=\"group\" value=\"service\""), form); // fix of spec §12.47
        assertTrue(form.contains("name=\"csrf\" value=\"" + f.csrf() + "\""), form);
    }

    @Test
    void givenADisabledApp_getIndex_offersEnableAndToggles6And7() throws Exception {
        String html = f.get("/").body();
        String row = html.substring(html.indexOf("id=\"app-off\""), html.indexOf("id=\"app-vault\""));
        assertTrue(row.contains("name=\"enable\""));
        assertTrue(row.contains("name=\"enable-runonce-enable\""));
        assertTrue(row.contains("name=\"enable-runonce-disable\""));
        assertTrue(row.contains("name=\"restart\"") && row.contains("name=\"runonce-enable\""));
        assertTrue(row.contains("data-state=\"disabled\""));
        String web = html.substring(html.indexOf("id=\"app-web\""));
        assertTrue(web.substring(0, web.indexOf("</tr>")).contains("name=\"disable\""));
    }

    @Test
    void givenAProtectedApp_getIndex_hasASecretFieldAndPostsForLogsWithNoSecretInAnyUrl() throws Exception {
        String html = f.get("/").body();
        String row = html.substring(html.indexOf("id=\"app-vault\""), html.indexOf("id=\"app-web\""));
        assertTrue(row.contains("type=\"password\" name=\"secret\""));
        assertTrue(row.contains("form=\"f-app-vault\" formaction=\"/stdout/\" formmethod=\"post\""));
        assertFalse(row.contains("href=\"/stdout/"));
        assertFalse(html.contains("secret="));
        assertFalse(html.contains(GuiFixture.SECRET));
    }

    @Test
    void givenAShutdown_getIndex_showsTheBanner() throws Exception {
        f.engine.shutdown(java.time.Duration.ofSeconds(1));
        assertTrue(f.get("/").body().contains("<div class=\"banner danger\">Patrol IS Shutting Down!!!</div>"));
    }

    @Test
    void givenAFragmentRequest_getIndex_returnsOnlyTheLivePartWithItsVersion() throws Exception {
        String html = f.get("/?fragment=1").body();
        assertTrue(html.startsWith("<div id=\"snapshot\" hidden data-version=\""));
        assertFalse(html.contains("<html"));
    }

    @Test
    void givenAnAppWithHistory_getItsPageCaseInsensitively_showsTheHistoryNewestFirst() throws Exception {
        long pid = f.read("app", "web").pid();
        f.launcher.exit(pid, ExitStatus.exited(3));
        HttpResponse<String> r = f.get("/app/WEB");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<table class=\"history\">"), html);
        assertTrue(html.contains("<td class=\"bad\">3</td>"), html);
        assertTrue(html.contains("<h1>Web &lt;b&gt;&amp;amp;"));
    }

    @Test
    void givenAService_getItsPage_showsStateAndToggles() throws Exception {
        HttpResponse<String> r = f.get("/service/ssh");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("name=\"back\" value=\"/service/ssh\""));
        assertTrue(r.body().contains("No past instances yet."));
    }

    @Test
    void givenUnknownObjects_getTheirPages_404WithTheReason() throws Exception {
        HttpResponse<String> app = f.get("/app/nope");
        assertEquals(404, app.statusCode());
        assertTrue(app.body().contains("<div class=\"warning\" role=\"alert\">Unknown App</div>"));
        assertEquals(404, f.get("/service/nope").statusCode());
    }

    @Test
    void givenTheAssets_get_servesThemFromTheClasspathWithTheirTypes() throws Exception {
        HttpResponse<String> css = f.get("/gui/gui.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/javascript; charset=utf-8", f.get("/gui/gui.js").headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, f.get("/gui/icon.svg").statusCode());
        assertEquals(404, f.get("/gui/nope.js").statusCode());
    }
}
