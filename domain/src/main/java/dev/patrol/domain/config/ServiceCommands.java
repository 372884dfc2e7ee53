package dev.patrol.domain.config;

import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceOperation;

/** Turns a validated service and an operation into the command to run (spec §1.7, §4.1); an unvalidated one throws. */
public final class ServiceCommands {
    private ServiceCommands() {
    }

    /** The command with the effective method, the verb (empty → default) and the op's timeout. */
    public static ServiceCommand command(String id, ServiceConfig cfg, ServiceOperation op) {
        return new ServiceCommand(id, op, Management.of(method(cfg, op)), new ServiceName(cfg.service()), verb(cfg, op),
                op.timeout());
    }

    /** `management` when set, else the per-operation value. */
    public static int method(ServiceConfig cfg, ServiceOperation op) {
        if (cfg.management() > 0) {
            return cfg.management();
        }
        return switch (op) {
            case START -> cfg.managementStart();
            case STATUS -> cfg.managementStatus();
            case STOP -> cfg.managementStop();
            case RESTART -> cfg.managementRestart();
        };
    }

    /** The configured verb of the operation, or its default (`start`, `status`, ...). */
    public static String verb(ServiceConfig cfg, ServiceOperation op) {
        String configured = switch (op) {
            case START -> cfg.managementStartParameter();
            case STATUS -> cfg.managementStatusParameter();
            case STOP -> cfg.managementStopParameter();
            case RESTART -> cfg.managementRestartParameter();
        };
        return configured.isEmpty() ? op.defaultVerb() : configured;
    }
}
