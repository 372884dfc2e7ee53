package dev.patrol.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.domain.engine.Engine;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.LaunchHooks;
import dev.patrol.ports.hooks.Listener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Patrol as a library: supervise the apps and services of a config object inside your own
 * program, with triggers and launch hooks, no listeners unless you add them.
 *
 * <pre>{@code
 * Patrol patrol = Patrol.builder(config).listener(event -> log(event)).build();
 * patrol.start();
 * ApiResponse web = patrol.api(ApiRequest.builder().group("app").id("web").build()).join();
 * patrol.shutdown(Duration.ofSeconds(30)).join();
 * }</pre>
 */
public final class Patrol {
    private final Engine engine;

    private Patrol(Engine engine) {
        this.engine = engine;
    }

    public static Builder builder(Config config) {
        return new Builder(config);
    }

    /** Starts supervising: launches enabled apps and checks services. */
    public void start() {
        engine.start();
    }

    /** A request as a library call (no ping-endpoint check; every field). */
    public CompletableFuture<ApiResponse> api(ApiRequest request) {
        return engine.api(request, Endpoint.NONE);
    }

    public CompletableFuture<ApiStatus> status() {
        return engine.status();
    }

    /** Stops the apps Patrol launched (stop sequence), bounded, then ends the engine thread. */
    public CompletableFuture<Void> shutdown(Duration bound) {
        return engine.shutdown(bound).whenComplete((v, e) -> engine.halt());
    }

    /** Builds a {@link Patrol}; the config is validated with the original's rules. */
    public static final class Builder {
        private final Config config;
        private Listener listener = Listener.NONE;
        private LaunchHooks hooks = LaunchHooks.NONE;
        private final List<Module> overrides = new ArrayList<>();

        private Builder(Config config) {
            this.config = config;
        }

        /** Triggers (spec §7), delivered on a separate thread. */
        public Builder listener(Listener l) {
            this.listener = l;
            return this;
        }

        /** Extra args and environment per launch (spec §1.3). */
        public Builder hooks(LaunchHooks h) {
            this.hooks = h;
            return this;
        }

        /** Replaces adapter modules (for example a custom ProcessLauncher) — swap, don't branch. */
        public Builder module(Module m) {
            overrides.add(m);
            return this;
        }

        /** @throws IllegalArgumentException with the original's error text for an invalid config */
        public Patrol build() {
            Validation v = ConfigValidator.validate(config, System.getProperty("user.home"));
            if (v instanceof Validation.Invalid invalid) {
                throw new IllegalArgumentException(invalid.error());
            }
            Config valid = ((Validation.Valid) v).config();
            Module base = com.google.inject.util.Modules.combine(
                    new EngineModule(valid, listener, hooks), new ProcessAdapterModule(), new ServiceAdapterModule());
            Module all = com.google.inject.util.Modules.override(base).with(overrides);
            Injector injector = Guice.createInjector(Stage.PRODUCTION, all);
            return new Patrol(injector.getInstance(Engine.class));
        }
    }
}
