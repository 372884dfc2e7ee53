package dev.patrol.domain.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the generated sections of docs/ENGINE.md (between `<!-- BEGIN name -->` and `<!-- END name -->`). */
final class EngineDoc {
    static final Path FILE = Path.of("..", "docs", "ENGINE.md");

    private EngineDoc() {
    }

    static String section(String name) throws IOException {
        String doc = Files.readString(FILE, StandardCharsets.UTF_8);
        String begin = "<!-- BEGIN " + name + " (rendered from the code by EngineDocTest; do not edit by hand) -->\n";
        String end = "<!-- END " + name + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError("docs/ENGINE.md has no section " + name + "; expected the line " + begin);
        }
        return doc.substring(from + begin.length(), to);
    }
}
