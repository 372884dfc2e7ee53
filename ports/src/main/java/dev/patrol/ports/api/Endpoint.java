package dev.patrol.ports.api;

/** Where an API request came from; decides validation and which response fields appear (spec §2.4). */
public enum Endpoint {
    /** A library call: no ping-endpoint check; every field. */
    NONE,
    /** HTTP `/api/`: every field (history only on request, product.md F13). */
    HTTP,
    /** UDP: no history, no key/value. */
    UDP,
    /** An entry of `/status/`: no id, group or shutdown. */
    STATUS,
    /** A library snapshot: no history. */
    SNAPSHOT
}
