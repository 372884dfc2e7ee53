package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.patrol.adapters.http.HttpApiServer;
import dev.patrol.adapters.http.HttpRoutes;
import dev.patrol.codec.json.ApiJson;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.inbound.PatrolApi;
import java.util.List;
import java.util.Set;

/** The HTTP API on `http.listen`; other modules (the GUI) add routes to the `HttpRoutes` set. */
final class HttpAdapterModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), HttpRoutes.class);
    }

    @Provides
    @Singleton
    HttpApiServer server(PatrolApi api, ApiJson json, Config config, Set<HttpRoutes> routes) {
        return new HttpApiServer(api, json, config.http().listen(), List.copyOf(routes),
                HttpApiServer.DEFAULT_ENGINE_TIMEOUT, config.httpAllowedHosts());
    }

    @ProvidesIntoSet
    Listening listening(HttpApiServer server, Config config) {
        return Listening.of("http " + config.http().listen(), server::start, server::stop);
    }
}
