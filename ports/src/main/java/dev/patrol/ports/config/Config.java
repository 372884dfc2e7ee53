package dev.patrol.ports.config;

import dev.patrol.ports.Copies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole config file (spec §1.2) plus our top-level additions. Values are as loaded:
 * zero means "absent" for the original keys, null means "absent" for the added ones.
 * Maps keep their file order and may hold null values ("App was nil").
 */
public record Config(
        Map<String, AppConfig> apps,
        Map<String, ServiceConfig> services,
        int tickEvery,
        int history,
        String jsonTimestamp,
        int pingTimeout,
        List<String> listenHttp,
        List<String> listenUdp,
        ListenerConfig http,
        ListenerConfig udp,
        Object x,
        // additions (product.md A3, issue 4)
        String stateDirectory,
        String serviceCommand,
        String initdDirectory,
        // issue 12: Host names the HTTP listener answers besides loopback and its own address
        List<String> httpAllowedHosts) {

    public Config {
        apps = Copies.map(apps);
        services = Copies.map(services);
        jsonTimestamp = Copies.text(jsonTimestamp);
        listenHttp = Copies.list(listenHttp);
        listenUdp = Copies.list(listenUdp);
        httpAllowedHosts = Copies.list(httpAllowedHosts);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.apps.putAll(apps);
        b.services.putAll(services);
        b.tickEvery = tickEvery;
        b.history = history;
        b.jsonTimestamp = jsonTimestamp;
        b.pingTimeout = pingTimeout;
        b.listenHttp = listenHttp;
        b.listenUdp = listenUdp;
        b.http = http;
        b.udp = udp;
        b.x = x;
        b.stateDirectory = stateDirectory;
        b.serviceCommand = serviceCommand;
        b.initdDirectory = initdDirectory;
        b.httpAllowedHosts = httpAllowedHosts;
        return b;
    }

    /** Mutable builder for tests, the codec and embedders. */
    public static final class Builder {
        private final Map<String, AppConfig> apps = new LinkedHashMap<>();
        private final Map<String, ServiceConfig> services = new LinkedHashMap<>();
        private int tickEvery;
        private int history;
        private String jsonTimestamp = "";
        private int pingTimeout;
        private List<String> listenHttp = List.of();
        private List<String> listenUdp = List.of();
        private ListenerConfig http;
        private ListenerConfig udp;
        private Object x;
        private String stateDirectory;
        private String serviceCommand;
        private String initdDirectory;
        private List<String> httpAllowedHosts = List.of();

        public Builder app(String id, AppConfig app) {
            apps.put(id, app);
            return this;
        }

        public Builder apps(Map<String, AppConfig> all) {
            apps.clear();
            if (all != null) {
                apps.putAll(all);
            }
            return this;
        }

        public Builder service(String id, ServiceConfig service) {
            services.put(id, service);
            return this;
        }

        public Builder services(Map<String, ServiceConfig> all) {
            services.clear();
            if (all != null) {
                services.putAll(all);
            }
            return this;
        }

        public Builder tickEvery(int v) {
            tickEvery = v;
            return this;
        }

        public Builder history(int v) {
            history = v;
            return this;
        }

        public Builder jsonTimestamp(String v) {
            jsonTimestamp = v;
            return this;
        }

        public Builder pingTimeout(int v) {
            pingTimeout = v;
            return this;
        }

        public Builder listenHttp(List<String> v) {
            listenHttp = v;
            return this;
        }

        public Builder listenUdp(List<String> v) {
            listenUdp = v;
            return this;
        }

        public Builder http(ListenerConfig v) {
            http = v;
            return this;
        }

        public Builder udp(ListenerConfig v) {
            udp = v;
            return this;
        }

        public Builder x(Object v) {
            x = v;
            return this;
        }

        public Builder stateDirectory(String v) {
            stateDirectory = v;
            return this;
        }

        public Builder serviceCommand(String v) {
            serviceCommand = v;
            return this;
        }

        public Builder initdDirectory(String v) {
            initdDirectory = v;
            return this;
        }

        public Builder httpAllowedHosts(List<String> v) {
            httpAllowedHosts = v;
            return this;
        }

        public Config build() {
            return new Config(apps, services, tickEvery, history, jsonTimestamp, pingTimeout,
                    listenHttp, listenUdp, http, udp, x, stateDirectory, serviceCommand, initdDirectory,
                    httpAllowedHosts);
        }
    }
}
