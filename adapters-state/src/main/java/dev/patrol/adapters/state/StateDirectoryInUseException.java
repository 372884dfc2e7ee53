package dev.patrol.adapters.state;

import java.io.IOException;

/** Another daemon holds the state directory: this one must not start (product.md A3). */
public final class StateDirectoryInUseException extends IOException {
    StateDirectoryInUseException(String message) {
        super(message);
    }
}
