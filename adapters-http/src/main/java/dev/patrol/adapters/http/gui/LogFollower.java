package dev.patrol.adapters.http.gui;

import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.process.LogLinkException;
import dev.patrol.ports.process.OpenLogFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One live follow of a log file, run as a periodic task on the GUI's single scheduler
 * thread (so it needs no locks). Each run sends the lines appended since the last one
 * (event `lines`, a JSON array), at most {@link #MAX_READ} bytes a run; a shrunk file is
 * read again from the start. Events: `file` (name of the followed file), `lines`, `end`.
 */
final class LogFollower {
    /** Bytes of the file end sent when following starts. */
    static final int INITIAL_BYTES = 64 * 1024;
    /** Lines sent when following starts. */
    static final int INITIAL_LINES = 200;
    /** Bytes read per run, so one busy log cannot hog the thread. */
    static final int MAX_READ = 256 * 1024;
    /** A line longer than this is sent in pieces. */
    static final int MAX_LINE = 64 * 1024;

    /** The `end` reason when the followed file is refused. */
    static final String REFUSED = "refused: the log file is a symbolic link below the log root";

    private final SseStream client;
    private final LogFiles files;
    private String root;
    private Path file;
    private long position;
    private boolean tailed;
    private final ByteArrayOutputStream carry = new ByteArrayOutputStream();

    LogFollower(SseStream client, LogFiles files) {
        this.client = client;
        this.files = files;
    }

    /** Issue #12: `file` ("" for none yet) is a link below `root`, so a follow page refuses it up front. */
    static boolean refused(LogFiles files, String root, String file) {
        if (file.isEmpty()) {
            return false;
        }
        try (OpenLogFile ignored = files.open(root, file)) {
            return false;
        } catch (LogLinkException e) {
            return true;
        } catch (IOException e) {
            return false; // missing yet: the stream waits for it
        }
    }

    boolean gone() {
        return client.terminated();
    }

    /** Follows `path` under log `root` ("" while the app has no log yet): announces it and sends its last lines. */
    void switchTo(String root, String path) {
        Path next = path.isEmpty() ? null : Path.of(path);
        if (next != null && next.equals(file)) {
            return;
        }
        this.root = root;
        file = next;
        carry.reset();
        position = 0;
        send("file", next == null ? "" : next.getFileName().toString());
        if (next != null && !tailed) {
            tailed = true; // only the first file starts at its end; a new instance's file is read whole
            sendTail();
        }
    }

    /** Sends whatever was appended since the last run. */
    void poll() {
        if (file == null || gone()) {
            return;
        }
        if (client.backlogged()) {
            return; // the client has not taken the last lines yet: read on when it has
        }
        try (OpenLogFile ch = open()) {
            long size = ch.size();
            if (size < position) {
                position = 0; // truncated or replaced: start again
                carry.reset();
            }
            if (size == position) {
                return;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(MAX_READ, size - position));
            int n = ch.read(buf, position);
            if (n > 0) {
                position += n;
                sendLines(buf.array(), n);
            }
        } catch (NoSuchFileException e) {
            position = 0;
        } catch (LogLinkException e) {
            refuse();
        } catch (IOException e) {
            end("cannot read the log: " + e.getMessage());
        }
    }

    /** Keeps an idle connection open and finds out whether the browser left. */
    void heartbeat() {
        if (!gone()) {
            client.sendComment("keep-alive");
        }
    }

    void end(String reason) {
        send("end", reason);
        client.close();
    }

    private void sendTail() {
        try (OpenLogFile ch = open()) {
            long size = ch.size();
            long from = Math.max(0, size - INITIAL_BYTES);
            ByteBuffer buf = ByteBuffer.allocate((int) (size - from));
            int n = Math.max(0, ch.read(buf, from));
            position = from + n;
            String text = new String(buf.array(), 0, n, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (from > 0 && !lines.isEmpty()) {
                lines.remove(0); // the first piece is the end of a line cut by the window
            }
            String last = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
            carry.writeBytes(last.getBytes(StandardCharsets.UTF_8)); // not ended by a newline yet
            List<String> tail = lines.subList(Math.max(0, lines.size() - INITIAL_LINES), lines.size());
            if (!tail.isEmpty()) {
                send("lines", MiniJson.strings(tail));
            }
        } catch (LogLinkException e) {
            refuse();
        } catch (IOException e) {
            position = 0; // not there yet: poll starts from the beginning when it appears
        }
    }

    /** Every read goes through the log port's no-link rule (issue #12), as `/stdout/` does. */
    private OpenLogFile open() throws IOException {
        return files.open(root, file.toString());
    }

    /** A link below the log root: nothing of it is sent, and the follow ends. */
    private void refuse() {
        file = null;
        end(REFUSED);
    }

    private void sendLines(byte[] bytes, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n') {
                lines.add(carry.toString(StandardCharsets.UTF_8));
                carry.reset();
            } else {
                carry.write(bytes[i]);
                if (carry.size() >= MAX_LINE) {
                    lines.add(carry.toString(StandardCharsets.UTF_8));
                    carry.reset();
                }
            }
        }
        if (!lines.isEmpty()) {
            send("lines", MiniJson.strings(lines));
        }
    }

    private void send(String event, String data) {
        if (!gone()) {
            client.sendEvent(event, data);
        }
    }
}
