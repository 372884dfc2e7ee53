package dev.patrol.domain.config;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;

/** Intention-named configs for the config tests. */
final class ConfigFixtures {
    static final String HOME = "/home/patrol";

    private ConfigFixtures() {
    }

    /** A PID_PATROL app that passes every rule. */
    static AppConfig.Builder validApp() {
        return AppConfig.builder()
                .keepAlive(AppConfig.KEEPALIVE_PID_PATROL)
                .name("Test App")
                .workingDirectory("/directory")
                .binary("file")
                .logDirectory("log-directory")
                .pidPath("app.pid");
    }

    /** An `ssh` service driven through `service`, passing every rule. */
    static ServiceConfig.Builder validService() {
        return ServiceConfig.builder()
                .management(ServiceConfig.MANAGEMENT_SERVICE)
                .service("ssh")
                .name("SSH");
    }

    static Config.Builder configWithApp(String id, AppConfig app) {
        return Config.builder().app(id, app);
    }

    static Config.Builder configWithService(String id, ServiceConfig service) {
        return Config.builder().service(id, service);
    }

    /** `n` copies of `c`; with ASCII that is also `n` bytes. */
    static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }
}
