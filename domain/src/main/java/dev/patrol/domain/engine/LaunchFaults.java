package dev.patrol.domain.engine;

import dev.patrol.ports.api.LaunchError;
import java.util.regex.Pattern;

/**
 * An app's launch failures (issue #12, finding 9): the latest one is kept for `launch-error`
 * in the API and the GUI until a launch works, and logged at WARN once per episode. A
 * repeat is DEBUG while its text differs only in numbers (a log file is named after the
 * launch time, so the text of a crash loop's failures never repeats to the letter).
 */
final class LaunchFaults {
    private static final Pattern NUMBERS = Pattern.compile("[0-9]+");

    private LaunchFaults() {
    }

    /** Records a failed launch; returns the level of its restart-policy line (WARN, or DEBUG for a repeat). */
    static AppEffect.Level failed(Context ctx, AppUnit u, String error) {
        String shape = NUMBERS.matcher(error).replaceAll("#");
        boolean repeat = u.launchError != null && shape.equals(u.launchErrorShape);
        u.launchError = new LaunchError(error, ctx.now());
        u.launchErrorShape = shape;
        u.failedLaunches++;
        return repeat ? AppEffect.Level.DEBUG : AppEffect.Level.WARN;
    }

    /** A launch worked: the error is cleared, and an episode of failures ends with one INFO line. */
    static void succeeded(Context ctx, AppUnit u) {
        if (u.launchError != null) {
            ctx.ports.log().info(u.label() + " launched again after " + u.failedLaunches + " failed launch"
                    + (u.failedLaunches == 1 ? "" : "es"));
        }
        u.launchError = null;
        u.launchErrorShape = null;
        u.failedLaunches = 0;
    }
}
