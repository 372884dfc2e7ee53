package dev.patrol.ports.process;

/**
 * PID files. Reading is strict (product.md F3): surrounding whitespace is allowed, the rest
 * must be a positive 32-bit decimal; `0`, signs and garbage are invalid.
 */
public interface PidFiles {
    PidReading read(String path);

    /** Writes `pid` and a newline atomically; returns an error message, or empty on success. */
    String write(String path, long pid);
}
