package dev.patrol.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subcommands, and which one a command line names. picocli builds a command's model from
 * its annotations by reflection, which is most of a short run's CPU, so `run` registers only
 * the command named (all of them when none is, for help and picocli's own usage errors).
 */
final class Commands {
    static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("status", StatusCommand::new);
        ALL.put("enable", ToggleCommand.Enable::new);
        ALL.put("disable", ToggleCommand.Disable::new);
        ALL.put("restart", ToggleCommand.Restart::new);
        ALL.put("run-once", ToggleCommand.RunOnce::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("tail", TailCommand::new);
        ALL.put("validate", ValidateCommand::new);
        ALL.put("version", VersionCommand::new);
        ALL.put("cds-training", TrainCommand::new);
    }

    private Commands() {
    }

    /** The first argument that is not a global option (or its value), if it names a command. */
    static String chosen(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--url") || a.equals("--secret-file")) {
                i++;
            } else if (!a.startsWith("-")) {
                return ALL.containsKey(a) ? a : null;
            }
        }
        return null;
    }
}
