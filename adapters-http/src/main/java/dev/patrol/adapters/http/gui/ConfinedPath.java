package dev.patrol.adapters.http.gui;

import dev.patrol.gocompat.GoPaths;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a request path inside a root (the www directory for static files; for `/logs/`
 * only {@link #lexical}, the disk side being the log port's) and never outside it (F16, fix
 * of spec §12.49). The raw,
 * still percent-encoded path is decoded once, so `%2e%2e` and `..%2f` become `..` and are
 * refused like a literal `..`; a leading or doubled `/` cannot make it absolute; and the
 * real path (symlinks resolved) must stay under the real root.
 */
final class ConfinedPath {
    /** Why a path was not resolved; `NONE` when it was. */
    enum Problem { NONE, BAD_PATH, OUTSIDE, MISSING }

    /** The resolved real path, or the problem. */
    record Outcome(Path path, Problem problem, List<String> segments) {
        static Outcome refused(Problem p) {
            return new Outcome(null, p, List.of());
        }
    }

    private ConfinedPath() {
    }

    /**
     * The lexical half only: the decoded path under `root`, not touched on disk. `/logs/`
     * uses it and leaves the disk to the log port's no-link rule (issue #12).
     */
    static Outcome lexical(Path root, String rawRelative) {
        List<String> segments = segments(rawRelative);
        if (segments == null) {
            return Outcome.refused(Problem.BAD_PATH);
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base;
        for (String s : segments) {
            candidate = candidate.resolve(s);
        }
        candidate = candidate.normalize();
        if (!candidate.startsWith(base)) {
            return Outcome.refused(Problem.BAD_PATH); // unreachable after the segment checks; kept as a guard
        }
        return new Outcome(candidate, Problem.NONE, List.copyOf(segments));
    }

    /** `rawRelative` is the part of the request path below the root, exactly as sent; links inside the root are followed. */
    static Outcome resolve(Path root, String rawRelative) {
        Outcome lexical = lexical(root, rawRelative);
        if (lexical.problem() != Problem.NONE) {
            return lexical;
        }
        Path candidate = lexical.path();
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.refused(Problem.MISSING);
        }
        try {
            Path realRoot = root.toAbsolutePath().normalize().toRealPath();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                return Outcome.refused(Problem.OUTSIDE);
            }
            return new Outcome(real, Problem.NONE, lexical.segments());
        } catch (IOException e) {
            return Outcome.refused(Problem.MISSING); // a dangling link, or the root vanished
        }
    }

    /** The decoded, non-empty segments; null when a segment is `..` or the text is not clean. */
    static List<String> segments(String raw) {
        String decoded = decode(raw == null ? "" : raw);
        if (decoded == null || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : decoded.split("/", -1)) {
            if (s.equals("..")) {
                return null;
            }
            if (!s.isEmpty() && !s.equals(".")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Strict percent-decoding to UTF-8; `+` stays `+` (a path, not a query); null when malformed. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] bytes = GoPaths.unescapeBytes(raw);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
