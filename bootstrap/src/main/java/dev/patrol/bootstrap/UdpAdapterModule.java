package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.patrol.adapters.udp.UdpApiServer;
import dev.patrol.codec.json.ApiJson;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.inbound.PatrolApi;

/** The UDP API on `udp.listen`. */
final class UdpAdapterModule extends AbstractModule {
    @Provides
    @Singleton
    UdpApiServer server(PatrolApi api, ApiJson json, Config config) {
        return new UdpApiServer(api, json, config.udp().listen());
    }

    @ProvidesIntoSet
    Listening listening(UdpApiServer server) {
        return Listening.of(server.describe(), server::start, server::stop);
    }
}
