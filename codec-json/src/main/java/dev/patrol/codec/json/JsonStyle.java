package dev.patrol.codec.json;

/** How to lay out encoded JSON: HTTP bodies are pretty, UDP replies compact (spec §6.7). */
public enum JsonStyle {
    /** One TAB per level, `"key": value`, and a trailing newline (Go's indenting Encoder). */
    PRETTY,
    /** No whitespace and no trailing newline (Go's json.Marshal). */
    COMPACT
}
