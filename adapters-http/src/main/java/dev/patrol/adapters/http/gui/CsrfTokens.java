package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The GUI's CSRF defence, one token per client (issue 12): each browser gets a random 256-bit
 * id in the cookie {@link #COOKIE} (`HttpOnly; SameSite=Strict`), and its forms carry the
 * HMAC-SHA256 of that id under a key drawn at daemon start. A POST is accepted only when the
 * form's token is the HMAC of the cookie it arrives with (compared in constant time): another
 * site can neither read a page to learn a token nor, without the key, make a cookie and token
 * that fit, and one client's token is worthless with another's cookie. A restart draws a new
 * key, so an old tab's forms stop working until reloaded.
 */
final class CsrfTokens {
    /** Name of the hidden form field. */
    static final String FIELD = "csrf";
    /** Name of the cookie holding the client's id. */
    static final String COOKIE = "patrol_csrf";
    private static final String LABEL = "patrol-gui-csrf-v2:";
    private static final String ATTRIBUTE = "patrol.csrf.token";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecretKeySpec key;
    private final SecureRandom random;

    CsrfTokens(byte[] key, SecureRandom random) {
        if (key.length < 16) {
            throw new IllegalArgumentException("'key' must have at least 16 bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.random = random;
    }

    /** Tokens under a fresh 256-bit key from `random`, which also draws the client ids. */
    static CsrfTokens random(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return new CsrfTokens(key, random);
    }

    /**
     * The token for this request's client, for its forms. A client without a (well-formed)
     * cookie is given one in this answer; asked twice in one request, the same token.
     */
    String tokenFor(Context ctx) {
        String cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String id = clientId(ctx);
        if (id == null) {
            id = newId();
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
        }
        String token = token(id);
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    /** Whether `presented` is the token of the cookie this request carries; never without a cookie. */
    boolean matches(Context ctx, String presented) {
        String id = clientId(ctx);
        return id != null && matches(id, presented);
    }

    /** Whether `presented` is the token of client `id`; null and "" never are. Constant time in the value. */
    boolean matches(String id, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token(id).getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The form token of client `id`. */
    String token(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // not thread-safe: one per call, a few microseconds
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((LABEL + id).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable: " + e, e);
        }
    }

    /** A new client id: 256 random bits, URL-safe. */
    String newId() {
        byte[] id = new byte[32];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private static String clientId(Context ctx) {
        String id = ctx.cookie(COOKIE);
        return id != null && ID.matcher(id).matches() ? id : null;
    }
}
