package dev.patrol.ports.process;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/** A log file opened by {@link LogFiles#open} (no link followed): its size and positional reads. */
public interface OpenLogFile extends Closeable {
    /** The current size in bytes; a log may still grow. */
    long size() throws IOException;

    /** Reads into `into` from `position` without moving any cursor; -1 at the end. */
    int read(ByteBuffer into, long position) throws IOException;
}
