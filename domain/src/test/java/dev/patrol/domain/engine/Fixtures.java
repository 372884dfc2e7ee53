package dev.patrol.domain.engine;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;
import java.util.List;

/** Intention-named configs for engine tests. */
final class Fixtures {
    private Fixtures() {
    }

    static AppConfig.Builder app(int keepAlive) {
        return AppConfig.builder().keepAlive(keepAlive).name(keepAlive == 3 ? "HTTP" : "App " + keepAlive)
                .workingDirectory("/srv/app").binary("run").logDirectory("logs").pidPath("app.pid");
    }

    static ServiceConfig.Builder ssh() {
        return ServiceConfig.builder().management(1).service("ssh").name("SSH");
    }

    /** The setup of the original TestAPI: app `http` (keepalive 3), service `ssh`, history 5. */
    static Config apiConfig() {
        return Config.builder().history(5).listenHttp(List.of("127.0.0.1")).listenUdp(List.of("127.0.0.1"))
                .app("http", app(AppConfig.KEEPALIVE_HTTP).build())
                .service("ssh", ssh().build())
                .build();
    }

    static Config oneApp(AppConfig app) {
        return Config.builder().history(5).listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))
                .app("web", app).build();
    }

    static Config oneService(ServiceConfig service) {
        return Config.builder().service("svc", service).build();
    }
}
