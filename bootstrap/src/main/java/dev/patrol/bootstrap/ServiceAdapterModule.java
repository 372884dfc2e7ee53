package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.patrol.adapters.service.CommandServiceManager;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.service.ServiceManager;

/** Services through `service` or init.d; both locations can be moved by the config. */
final class ServiceAdapterModule extends AbstractModule {
    @Provides
    @Singleton
    ServiceManager services(Config config) {
        String command = config.serviceCommand() == null || config.serviceCommand().isEmpty()
                ? CommandServiceManager.DEFAULT_SERVICE_COMMAND : config.serviceCommand();
        String initd = config.initdDirectory() == null || config.initdDirectory().isEmpty()
                ? CommandServiceManager.DEFAULT_INITD_DIRECTORY : config.initdDirectory();
        return new CommandServiceManager(command, initd);
    }
}
