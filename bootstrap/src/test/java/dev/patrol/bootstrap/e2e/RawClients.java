package dev.patrol.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hostile HTTP clients on raw loopback sockets: they trickle requests or never read. */
final class RawClients implements AutoCloseable {
    private final int port;
    private static final String BODY_TRICKLE = "1\r\na\r\n"; // a chunk of "a", a byte at a time
    private static final String HEADER_TRICKLE = "X-Slow: 1\r\n";
    /** Each socket and what it trickles ("" for none). */
    private final Map<Socket, String> sockets = new LinkedHashMap<>();

    RawClients(int port) {
        this.port = port;
    }

    /** `n` chunked form POSTs to `/` whose headers are complete and whose body has not begun. */
    void slowFormPosts(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Socket s = connect(0, BODY_TRICKLE);
            send(s, "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n\r\n");
        }
    }

    /** `n` GETs of `/status/` whose headers never end. */
    void slowHeaders(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Socket s = connect(0, HEADER_TRICKLE);
            send(s, "GET /status/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        }
    }

    /** A GET of an event stream from a client with a 4 KiB receive buffer that never reads. */
    void stalledReader(String path) throws IOException {
        Socket s = connect(4096, "");
        send(s, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n\r\n");
    }

    /** One more byte of every trickled request; returns how many sockets took it. */
    int trickle(int step) {
        int open = 0;
        for (Map.Entry<Socket, String> e : sockets.entrySet()) {
            String pattern = e.getValue();
            if (pattern.isEmpty()) {
                continue;
            }
            try {
                e.getKey().getOutputStream().write(pattern.charAt(step % pattern.length()));
                open++;
            } catch (IOException x) {
                // cut off by the server: that is allowed
            }
        }
        return open;
    }

    /** How many of the sockets the server has closed (read -1 or reset), reading what is there. */
    int closedByServer() {
        int closed = 0;
        for (Socket s : sockets.keySet()) {
            try {
                s.setSoTimeout(1);
                InputStream in = s.getInputStream();
                byte[] buf = new byte[4096];
                while (true) {
                    if (in.read(buf) < 0) {
                        closed++;
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // still open
            } catch (IOException e) {
                closed++;
            }
        }
        return closed;
    }

    private Socket connect(int receiveBuffer, String trickle) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        sockets.put(s, trickle);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        for (Socket s : sockets.keySet()) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
