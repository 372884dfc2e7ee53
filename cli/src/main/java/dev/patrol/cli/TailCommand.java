package dev.patrol.cli;

import java.io.PrintStream;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tail ID [-n N] [-f] [--stderr]`: the last lines of an app's current log; `-f` then polls
 * with `Range` for what is appended (both daemons serve Range), and starts again from the top
 * of the new file when the app starts a new instance.
 */
@Command(name = "tail", description = "Print the last lines of an app's stdout (or stderr); -f follows it.")
final class TailCommand extends Sub {
    private static final long POLL_MS = 250;
    private static final int POLLS_PER_INSTANCE_CHECK = 8;

    @Parameters(index = "0", paramLabel = "ID", description = "The app ID.")
    String target;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Lines to print (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = {"-f", "--follow"}, description = "Keep printing lines as they are written (Ctrl-C ends it).")
    boolean follow;

    @Option(names = "--stderr", description = "The stderr log instead of stdout.")
    boolean stderr;

    @Override
    public Integer call() {
        Target t = Target.parse(target);
        if (!t.isApp()) {
            throw Failure.usage("tail: only apps have logs (" + target + ")");
        }
        if (lines < 0) {
            throw Failure.usage("tail: -n must be 0 or more");
        }
        Http http = daemons().one("tail");
        LogReader reader = new LogReader(http, t, stderr);
        PrintStream out = terminal().out();
        if (!follow) {
            out.print(reader.lastLines(lines));
            out.flush();
            return ExitCodes.OK;
        }
        return follow(reader, new Api(http, t), out);
    }

    private int follow(LogReader reader, Api api, PrintStream out) {
        LogReader.Chunk first = reader.range("bytes=-" + LogReader.TAIL_BYTES);
        out.print(Lines.last(first.data(), lines, first.size() > first.data().length));
        out.flush();
        long offset = Math.max(0, first.size());
        String instance = api.read().started();
        for (int poll = 1; !out.checkError(); poll++) {
            try {
                Thread.sleep(POLL_MS); // polling a remote file; Ctrl-C (or an interrupt) ends it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.OK;
            }
            if (poll % POLLS_PER_INSTANCE_CHECK == 0) {
                String now = api.read().started();
                if (!now.isEmpty() && !now.equals(instance)) {
                    offset = 0; // a new instance writes a new file: read it from its start
                }
                instance = now.isEmpty() ? instance : now;
            }
            LogReader.Chunk c = reader.range("bytes=" + offset + "-");
            if (c.missing() || (c.size() >= 0 && c.size() < offset)) {
                offset = 0; // gone, truncated, or a new instance's file: read it from its start
                String now = api.read().started();
                instance = now.isEmpty() ? instance : now; // so the instance check does not reset again
                continue;
            }
            byte[] fresh = c.data();
            if (c.size() == c.data().length && c.data().length >= offset) {
                fresh = Arrays.copyOfRange(c.data(), (int) offset, c.data().length); // a 200: the whole file
                offset = 0;
            }
            out.write(fresh, 0, fresh.length);
            out.flush();
            offset += fresh.length;
        }
        return ExitCodes.OK;
    }
}
