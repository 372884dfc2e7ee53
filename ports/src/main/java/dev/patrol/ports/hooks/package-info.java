/**
 * Driven ports the engine calls for library embedders: {@link dev.patrol.ports.hooks.LaunchHooks}
 * asked at each launch and the {@link dev.patrol.ports.hooks.Listener} that hears triggers.
 */
package dev.patrol.ports.hooks;
