package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.LaunchHooks;
import dev.patrol.ports.hooks.Listener;
import java.util.List;

/** Which modules make up the daemon. Swap a module to swap an adapter. */
final class Modules {
    private Modules() {
    }

    /** `cgroups` false: apps are contained by their process group only (`--no-cgroups`). */
    static List<Module> daemon(Config config, boolean cgroups) {
        return List.of(
                new EngineModule(config, Listener.NONE, LaunchHooks.NONE),
                new ProcessAdapterModule(cgroups),
                new ServiceAdapterModule(),
                new CodecModule(),
                new HttpAdapterModule(),
                new GuiModule(),
                new UdpAdapterModule(),
                new ListenersModule());
    }

    /** Declares the listener set; HTTP and UDP modules add to it. */
    static final class ListenersModule extends AbstractModule {
        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), Listening.class);
        }
    }
}
