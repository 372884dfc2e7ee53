package dev.patrol.ports.ids;

/** Fresh identifiers: UUIDv4 instance ids and CAS seeds. */
public interface IdGenerator {
    /** A random UUIDv4, lowercase `8-4-4-4-12`. */
    String newInstanceId();

    /** A CAS start value in [1, 100000] (spec §5.5). */
    long casSeed();
}
