package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiRequestReader.DRAIN_LIMIT;
import static dev.patrol.adapters.http.ApiRequestReader.MAX_BODY;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Collects a POST body as Jetty delivers it, without holding a thread while the client is
 * slow (F14): at most {@link ApiRequestReader#MAX_BODY} bytes, one more is a 413.
 */
final class BodyReader implements Runnable {
    private static final String TOO_LARGE = "Request Too Large";

    /** Where the outcome goes: the whole body, or the rejection to answer with. */
    interface Outcome {
        void body(byte[] body);

        /** `close`: the body was not read to its end, so the connection cannot be reused. */
        void refused(int status, String error, boolean close);
    }

    private final Request request;
    private final Outcome outcome;
    private byte[] body;
    private int kept;
    private long seen;
    /** Past the limit: the rest is read and dropped so that the client can read the 413. */
    private boolean over;

    private BodyReader(Request request, Outcome outcome, long declared) {
        this.request = request;
        this.outcome = outcome;
        this.over = declared > MAX_BODY;
        this.body = over ? null : new byte[(int) (declared >= 0 ? declared : 1024)];
    }

    /**
     * Reads the body of `request` and reports once. A declared length past the limit is
     * refused at once when it is also past {@link ApiRequestReader#DRAIN_LIMIT}: waiting
     * for 10 MiB to throw away is what F14 forbids; Go drains the same 256 KiB.
     */
    static void read(Request request, Response response, Outcome outcome) {
        long declared = request.getLength();
        if (declared > DRAIN_LIMIT) {
            outcome.refused(413, TOO_LARGE, true);
            return;
        }
        BodyReader reader = new BodyReader(request, outcome, declared);
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            // Go (and the servlet layer) send the 100 on the first read even when the body
            // came with the headers; Jetty's core would skip it then. The final answer may
            // only be written after the interim one.
            response.writeInterim(HttpStatus.CONTINUE_100, HttpFields.EMPTY).whenComplete((ok, failed) -> reader.run());
        } else {
            reader.run();
        }
    }

    /** Reads what is there; asks Jetty to call again when more arrives. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                // A broken chunked body or an early close: the stream cannot go on. A body
                // already too large stays a 413, whatever happens while it is drained.
                chunk.release();
                outcome.refused(over ? 413 : 400, over ? TOO_LARGE : "Invalid Body", true);
                return;
            }
            take(chunk.getByteBuffer());
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                finish();
                return;
            }
            if (over && seen >= DRAIN_LIMIT) {
                outcome.refused(413, TOO_LARGE, true);
                return;
            }
        }
    }

    private void take(ByteBuffer bytes) {
        int n = bytes.remaining();
        seen += n;
        if (over) {
            return;
        }
        if (kept + n > MAX_BODY) {
            over = true; // nothing of a refused body is kept
            body = null;
            return;
        }
        if (kept + n > body.length) {
            body = Arrays.copyOf(body, Math.min(MAX_BODY, Math.max(kept + n, body.length * 2)));
        }
        bytes.get(body, kept, n);
        kept += n;
    }

    private void finish() {
        if (over) {
            outcome.refused(413, TOO_LARGE, false);
        } else {
            outcome.body(kept == body.length ? body : Arrays.copyOf(body, kept));
        }
    }
}
