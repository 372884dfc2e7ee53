package dev.patrol.ports.api;

/**
 * Error texts that adapters map to their own statuses. Only errors added by Patrol live here;
 * the original's texts stay in the domain, where they are produced.
 */
public final class ApiErrors {
    /**
     * A source sent too many wrong secrets (product.md issue 12): its secrets are not checked
     * until its budget refills. HTTP answers 429; UDP, as for every error, does not answer.
     */
    public static final String SECRET_THROTTLED = "Too Many Wrong Secrets: try again later";

    private ApiErrors() {
    }
}
