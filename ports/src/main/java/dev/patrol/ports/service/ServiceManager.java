package dev.patrol.ports.service;

import java.util.concurrent.CompletableFuture;

/** Runs service commands off the caller's thread; the future completes with the outcome. */
public interface ServiceManager {
    CompletableFuture<ServiceOutcome> run(ServiceCommand command);
}
