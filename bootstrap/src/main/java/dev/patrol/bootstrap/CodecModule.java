package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.config.Config;
import java.time.ZoneId;

/** One wire mapping for HTTP and UDP: the config's `json-timestamp` in the local zone. */
final class CodecModule extends AbstractModule {
    @Provides
    @Singleton
    GoTimeLayout layout(Config config) {
        return GoTimeLayout.of(config.jsonTimestamp());
    }

    @Provides
    @Singleton
    ApiJson apiJson(GoTimeLayout layout) {
        return new ApiJson(layout, ZoneId.systemDefault());
    }
}
