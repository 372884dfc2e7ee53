package dev.patrol.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One daemon's HTTP API over plain {@link HttpURLConnection}: a cold JVM's first GET costs
 * ~80 ms of CPU with it and ~480 ms with java.net.http.HttpClient (docs/BENCHMARKS.md). The secret goes only in the
 * `X-Patrol-Secret` header (and, from the callers, in POST bodies), never in a URL.
 */
final class Http {
    static final String SECRET_HEADER = "X-Patrol-Secret";
    private static final int CONNECT_MS = 3_000;
    private static final int READ_MS = 15_000;

    /** A reply: status, body and the headers callers look at. */
    record Reply(int status, byte[] body, Map<String, List<String>> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** The first line of a plain-text refusal, for a one-line error. */
        String firstLine() {
            String t = text().strip();
            int nl = t.indexOf('\n');
            return nl < 0 ? t : t.substring(0, nl);
        }
    }

    private final String base;
    private final String secret;

    /** `base` like `http://127.0.0.1:8421` (no trailing slash); `secret` may be empty. */
    Http(String base, String secret) {
        this.base = base;
        this.secret = secret;
    }

    String base() {
        return base;
    }

    boolean hasSecret() {
        return !secret.isEmpty();
    }

    String secret() {
        return secret;
    }

    Reply get(String pathAndQuery, Map<String, String> headers) {
        return send("GET", pathAndQuery, headers, null);
    }

    Reply get(String pathAndQuery) {
        return get(pathAndQuery, Map.of());
    }

    Reply postJson(String path, byte[] body) {
        return send("POST", path, Map.of("Content-Type", "application/json"), body);
    }

    private Reply send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        HttpURLConnection c = null;
        try {
            URL url = URI.create(base + pathAndQuery).toURL();
            c = (HttpURLConnection) url.openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(CONNECT_MS);
            c.setReadTimeout(READ_MS);
            c.setInstanceFollowRedirects(false);
            if (!secret.isEmpty()) {
                c.setRequestProperty(SECRET_HEADER, secret);
            }
            headers.forEach(c::setRequestProperty);
            if (body != null) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream o = c.getOutputStream()) {
                    o.write(body);
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            byte[] bytes = in == null ? new byte[0] : readAll(in);
            return new Reply(status, bytes, c.getHeaderFields());
        } catch (IllegalArgumentException e) {
            throw Failure.usage("invalid URL " + base + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Failure(ExitCodes.UNREACHABLE, base + ": unreachable (" + reason(e) + ")");
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isEmpty() ? e.getClass().getSimpleName() : m;
    }
}
