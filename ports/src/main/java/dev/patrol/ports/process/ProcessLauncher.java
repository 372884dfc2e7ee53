package dev.patrol.ports.process;

/** Starts app processes. Must return quickly; the exit is reported through the future. */
public interface ProcessLauncher {
    LaunchedProcess launch(LaunchSpec spec) throws LaunchException;
}
