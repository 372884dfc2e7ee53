package dev.patrol.adapters.http.gui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The GUI's CSRF defence: a synchronizer token, the HMAC-SHA256 of a fixed label under a
 * 256-bit key drawn at daemon start. Every GUI form carries it in a hidden field; a POST
 * whose field does not match (compared in constant time) is refused with 403. Another site
 * can make a browser POST here but cannot read a page to learn the token (same-origin
 * policy, and `frame-ancestors 'none'`). A restart draws a new key, so an old tab's forms
 * stop working until reloaded.
 */
final class CsrfTokens {
    /** Name of the hidden form field. */
    static final String FIELD = "csrf";
    private static final String LABEL = "patrol-gui-csrf-v1";

    private final String token;

    CsrfTokens(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("'key' must have at least 16 bytes, got " + key.length);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            token = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable: " + e, e);
        }
    }

    /** A token under a fresh 256-bit key from `random`. */
    static CsrfTokens random(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return new CsrfTokens(key);
    }

    /** The value to put in every form's hidden field. */
    String token() {
        return token;
    }

    /** Whether a submitted value is the token; null and "" never are. Constant time in the value. */
    boolean matches(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
