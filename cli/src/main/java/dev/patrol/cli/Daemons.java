package dev.patrol.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The daemons a command talks to, each with the secret, from options and environment. */
final class Daemons {
    static final String DEFAULT_URL = "http://127.0.0.1:8421";

    private final List<Http> hosts;

    private Daemons(List<Http> hosts) {
        this.hosts = hosts;
    }

    /** URLs from `--url`, else `PATROL_URL` (comma or space separated), else the default. */
    static Daemons resolve(List<String> urls, Path secretFile, Terminal t) {
        List<String> given = new ArrayList<>(urls);
        if (given.isEmpty()) {
            for (String u : t.env("PATROL_URL").split("[,\\s]+")) {
                if (!u.isEmpty()) {
                    given.add(u);
                }
            }
        }
        if (given.isEmpty()) {
            given.add(DEFAULT_URL);
        }
        String secret = secret(secretFile, t);
        List<Http> hosts = new ArrayList<>();
        for (String u : given) {
            hosts.add(new Http(normalize(u), secret));
        }
        return new Daemons(hosts);
    }

    private static String normalize(String url) {
        String u = url.strip();
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw Failure.usage("--url " + url + ": expected http://HOST:PORT");
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** `--secret-file` (one trailing newline dropped) wins over `PATROL_SECRET`. */
    private static String secret(Path file, Terminal t) {
        if (file == null) {
            return t.env("PATROL_SECRET");
        }
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            if (s.endsWith("\n")) {
                s = s.substring(0, s.length() - (s.endsWith("\r\n") ? 2 : 1));
            }
            if (s.isEmpty()) {
                throw Failure.usage("--secret-file " + file + ": the file is empty");
            }
            return s;
        } catch (IOException e) {
            throw Failure.usage("--secret-file " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    List<Http> all() {
        return hosts;
    }

    /** The one daemon of a command that acts on one; several `--url`s are a usage error. */
    Http one(String command) {
        if (hosts.size() > 1) {
            throw Failure.usage(command + " talks to one daemon; give one --url");
        }
        return hosts.get(0);
    }
}
