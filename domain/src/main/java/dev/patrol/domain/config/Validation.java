package dev.patrol.domain.config;

import dev.patrol.ports.config.Config;
import java.util.Objects;

/** The outcome of validating a whole config: the normalized config, or the first error text. */
public sealed interface Validation permits Validation.Valid, Validation.Invalid {

    /** True for {@link Valid}. */
    boolean isValid();

    /** A config that passed, with lowercase IDs, expanded working directories and defaults applied. */
    record Valid(Config config) implements Validation {
        public Valid {
            Objects.requireNonNull(config, "'config' must not be null");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /** The first rule that failed, as the original's exact error text. */
    record Invalid(String error) implements Validation {
        public Invalid {
            Objects.requireNonNull(error, "'error' must not be null");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
