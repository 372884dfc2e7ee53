package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.patrol.adapters.http.HttpRoutes;
import dev.patrol.adapters.http.gui.GuiRoutes;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.PatrolApi;
import dev.patrol.ports.process.LogFiles;
import java.time.ZoneId;

/** The HTML GUI on the HTTP listener; its live-update thread stops with the listeners. */
final class GuiModule extends AbstractModule {
    @Provides
    @Singleton
    GuiRoutes gui(PatrolApi api, AppLogsQuery logs, LogFiles files, GoTimeLayout layout) {
        return new GuiRoutes(api, logs, files, layout, ZoneId.systemDefault());
    }

    @ProvidesIntoSet
    HttpRoutes routes(GuiRoutes gui) {
        return gui;
    }

    @ProvidesIntoSet
    Listening liveUpdates(GuiRoutes gui) {
        return Listening.of("gui live updates", () -> { }, gui::close);
    }
}
