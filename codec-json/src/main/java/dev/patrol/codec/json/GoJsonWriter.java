package dev.patrol.codec.json;

import dev.patrol.gocompat.GoJsonQuote;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming JSON writer whose output matches Go: compact like json.Marshal, or pretty like
 * an Encoder with SetIndent("", "\t") (one TAB per level, `"key": value`, `[]` and `{}` for
 * empty containers, and a trailing newline).
 */
final class GoJsonWriter {
    private final StringBuilder out = new StringBuilder(256);
    private final boolean pretty;
    // hasElements[d] says whether the container at depth d already holds a member.
    private boolean[] hasElements = new boolean[16];
    private int depth;
    private boolean afterName;

    GoJsonWriter(JsonStyle style) {
        this.pretty = style == JsonStyle.PRETTY;
    }

    GoJsonWriter beginObject() {
        return open('{');
    }

    GoJsonWriter endObject() {
        return close('}');
    }

    GoJsonWriter beginArray() {
        return open('[');
    }

    GoJsonWriter endArray() {
        return close(']');
    }

    GoJsonWriter name(String key) {
        element();
        GoJsonQuote.quote(out, key);
        out.append(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    GoJsonWriter string(String value) {
        beforeValue();
        GoJsonQuote.quote(out, value);
        return this;
    }

    /** A number already in its final text form. */
    GoJsonWriter number(String text) {
        beforeValue();
        out.append(text);
        return this;
    }

    GoJsonWriter bool(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    GoJsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    String text() {
        if (depth != 0) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return pretty ? out + "\n" : out.toString();
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private GoJsonWriter open(char bracket) {
        beforeValue();
        out.append(bracket);
        depth++;
        if (depth == hasElements.length) {
            hasElements = Arrays.copyOf(hasElements, depth * 2);
        }
        hasElements[depth] = false;
        return this;
    }

    private GoJsonWriter close(char bracket) {
        boolean any = hasElements[depth];
        depth--;
        if (any && pretty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            element();
        }
    }

    private void element() {
        if (hasElements[depth]) {
            out.append(',');
        }
        hasElements[depth] = true;
        if (pretty) {
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }
}
