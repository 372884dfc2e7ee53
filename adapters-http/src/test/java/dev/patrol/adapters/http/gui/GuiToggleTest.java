package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST `/`: the toggle buttons, with the CSRF token, secrets and the error box (spec §8.1, F16). */
class GuiToggleTest {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();
    private String csrf;

    @BeforeEach
    void token() throws Exception {
        csrf = f.csrf();
    }

    /** A form as the page sends it: token, group, id, then the button and any extra fields. */
    private Map<String, String> form(String token, String group, String id, String button, String... extra) {
        Map<String, String> m = new LinkedHashMap<>();
        if (token != null) {
            m.put("csrf", token);
        }
        m.put("group", group);
        m.put("id", id);
        if (button != null) {
            m.put(button, "1");
        }
        for (int i = 0; i < extra.length; i += 2) {
            m.put(extra[i], extra[i + 1]);
        }
        return m;
    }

    private static String warning(HttpResponse<String> r) {
        String b = r.body();
        int i = b.indexOf("<div class=\"warning\" role=\"alert\">");
        return i < 0 ? "" : b.substring(i + 34, b.indexOf("</div>", i));
    }

    @Test
    void givenNoCsrfToken_postDisable_403AndNothingChanges() throws Exception {
        HttpResponse<String> r = f.post("/", form(null, "app", "web", "disable"));
        assertEquals(403, r.statusCode());
        assertEquals(ToggleRoute.CSRF_REFUSED, warning(r).replace("&#39;", "'"));
        assertFalse(f.read("app", "web").disabled());
    }

    @Test
    void givenAWrongCsrfToken_postDisable_403AndNothingChanges() throws Exception {
        assertEquals(403, f.post("/", form(csrf + "x", "app", "web", "disable")).statusCode());
        assertEquals(403, f.postRaw("/?csrf=" + csrf, "group=app&id=web&disable=1").statusCode()); // the body only
        assertFalse(f.read("app", "web").disabled());
    }

    @Test
    void givenTheCsrfToken_postDisable_303ToTheOverviewAndTheAppIsDisabled() throws Exception {
        HttpResponse<String> r = f.post("/", form(csrf, "app", "web", "disable"));
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElse(""));
        assertTrue(f.read("app", "web").disabled());
        assertEquals(303, f.post("/", form(csrf, "app", "web", "enable")).statusCode());
        assertFalse(f.read("app", "web").disabled());
    }

    @Test
    void givenAnUppercaseId_postDisable_findsTheAppCaseInsensitively() throws Exception {
        assertEquals(303, f.post("/", form(csrf, "APP", "WEB", "disable")).statusCode());
        assertTrue(f.read("app", "web").disabled());
    }

    @Test
    void givenAService_postDisable_disablesTheService() throws Exception {
        assertEquals(303, f.post("/", form(csrf, "service", "ssh", "disable")).statusCode()); // spec §12.47 fixed
        assertTrue(f.read("service", "ssh").disabled());
    }

    @Test
    void givenAProtectedApp_postWithoutOrWithAWrongSecret_403SecretInvalidAndNothingChanges() throws Exception {
        HttpResponse<String> none = f.post("/", form(csrf, "app", "vault", "disable"));
        assertEquals(403, none.statusCode());
        assertEquals("Secret Invalid", warning(none));
        HttpResponse<String> wrong = f.post("/", form(csrf, "app", "vault", "disable", "secret", "guess"));
        assertEquals(403, wrong.statusCode());
        assertEquals("Secret Invalid", warning(wrong));
        assertFalse(f.read("app", "vault").disabled());
    }

    @Test
    void givenAProtectedApp_postWithTheSecret_appliesTheToggle() throws Exception {
        assertEquals(303, f.post("/", form(csrf, "app", "vault", "disable", "secret", GuiFixture.SECRET)).statusCode());
        assertTrue(f.read("app", "vault").disabled());
    }

    @Test
    void givenBadRequests_post_namesTheErrorWithItsStatus() throws Exception {
        assertRefused(404, "Unknown App", f.post("/", form(csrf, "app", "nope", "disable")));
        assertRefused(404, "Unknown Service", f.post("/", form(csrf, "service", "nope", "disable")));
        assertRefused(400, "Unknown Group", f.post("/", form(csrf, "group", "ssh", "disable")));
        assertRefused(400, "Toggle Invalid", f.post("/", form(csrf, "app", "web", null)));
        assertRefused(400, "Bad POST", f.postRaw("/", "csrf=" + csrf + "&id=%zz&disable=1"));
    }

    private static void assertRefused(int status, String message, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), message);
        assertEquals(message, warning(r));
        assertTrue(r.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void givenADisabledApp_postToggles6And7_enableWithAndWithoutRunOnce() throws Exception {
        assertEquals(303, f.post("/", form(csrf, "app", "off", "enable-runonce-enable")).statusCode());
        assertFalse(f.read("app", "off").disabled());
        assertTrue(f.read("app", "off").runOnce());
        f.toggle("app", "off", 2);
        assertEquals(303, f.post("/", form(csrf, "app", "off", "enable-runonce-disable")).statusCode());
        assertFalse(f.read("app", "off").disabled());
        assertFalse(f.read("app", "off").runOnce());
    }

    @Test
    void givenTwoButtons_post_theOriginalsPriorityWins() throws Exception {
        assertEquals(303, f.post("/", form(csrf, "app", "web", "restart", "disable", "1")).statusCode());
        assertTrue(f.read("app", "web").disabled());
    }

    @Test
    void givenABackPage_post_returnsThereButNeverOffTheServer() throws Exception {
        HttpResponse<String> back = f.post("/", form(csrf, "app", "web", "disable", "back", "/app/web"));
        assertEquals("/app/web", back.headers().firstValue("Location").orElse(""));
        HttpResponse<String> away = f.post("/", form(csrf, "app", "web", "enable", "back", "//evil.example/"));
        assertEquals("/", away.headers().firstValue("Location").orElse(""));
        HttpResponse<String> refused = f.post("/", form(csrf, "app", "vault", "disable", "back", "/app/vault"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("<h1>Vault"), "the refusal shows the page the form came from");
    }
}
