package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 12, finding 7: each GUI client has its own CSRF token, bound to its own cookie. */
class GuiCsrfCookieTest {
    private static final Pattern FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private String tokenOf(HttpClient c) throws Exception {
        Matcher m = FIELD.matcher(c.send(HttpRequest.newBuilder(f.uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertTrue(m.find(), "want a csrf field on the overview");
        return m.group(1);
    }

    private int disable(HttpClient c, String token) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(f.uri("/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&group=app&id=web&disable=1")).build();
        return c.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void issue12_aFirstVisit_setsAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> r = f.get("/");
        String cookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.matches("patrol_csrf=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict"), cookie);
        assertFalse(f.get("/").headers().firstValue("Set-Cookie").isPresent(), "the cookie is kept, not replaced");
    }

    @Test
    void issue12_twoClients_getDifferentTokens_andOnesTokenFailsWithTheOthersCookie() throws Exception {
        HttpClient a = browser();
        HttpClient b = browser();
        String ta = tokenOf(a);
        String tb = tokenOf(b);
        assertNotEquals(ta, tb);
        assertEquals(ta, tokenOf(a), "stable for one client");
        assertEquals(403, disable(b, ta));
        assertEquals(403, disable(a, tb));
        assertFalse(f.read("app", "web").disabled());
        assertEquals(303, disable(a, ta));
        assertTrue(f.read("app", "web").disabled());
    }

    @Test
    void issue12_aTokenWithoutItsCookie_isRefused() throws Exception {
        String token = tokenOf(browser());
        HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(403, disable(noCookies, token));
        assertFalse(f.read("app", "web").disabled());
    }
}
