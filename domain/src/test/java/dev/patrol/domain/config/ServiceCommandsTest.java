package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.validService;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceOperation;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command of one service operation (spec §1.7 last line, §4.1). */
class ServiceCommandsTest {

    @Test
    void givenManagementAndDefaultVerbs_command_usesManagementAndDefaultVerb() {
        ServiceConfig ssh = validService().management(ServiceConfig.MANAGEMENT_INITD).build();
        assertEquals(new ServiceCommand("ssh", ServiceOperation.STATUS, Management.INITD, new ServiceName("ssh"), "status", Duration.ofSeconds(30)),
                ServiceCommands.command("ssh", ssh, ServiceOperation.STATUS));
        assertEquals(new ServiceCommand("ssh", ServiceOperation.RESTART, Management.INITD, new ServiceName("ssh"), "restart", Duration.ofMinutes(3)),
                ServiceCommands.command("ssh", ssh, ServiceOperation.RESTART));
    }

    @ParameterizedTest
    @EnumSource(ServiceOperation.class)
    void givenManagementSet_command_overridesEveryPerOperationMethod(ServiceOperation op) {
        ServiceConfig cfg = validService().management(1).managementStart(2).managementStatus(2)
                .managementStop(2).managementRestart(2).build();
        assertEquals(Management.SERVICE, ServiceCommands.command("ssh", cfg, op).management());
    }

    @Test
    void givenPerOperationMethods_command_usesEachOperationsOwnMethod() {
        ServiceConfig cfg = validService().management(0).managementStart(1).managementStatus(2)
                .managementStop(1).managementRestart(2).build();
        assertEquals(Management.SERVICE, ServiceCommands.command("ssh", cfg, ServiceOperation.START).management());
        assertEquals(Management.INITD, ServiceCommands.command("ssh", cfg, ServiceOperation.STATUS).management());
        assertEquals(Management.SERVICE, ServiceCommands.command("ssh", cfg, ServiceOperation.STOP).management());
        assertEquals(Management.INITD, ServiceCommands.command("ssh", cfg, ServiceOperation.RESTART).management());
    }

    @Test
    void givenCustomVerbs_command_usesThem() {
        ServiceConfig cfg = validService().managementStartParameter("begin").managementStatusParameter("check")
                .managementStopParameter("halt").managementRestartParameter("force-reload").build();
        assertEquals("begin", ServiceCommands.command("ssh", cfg, ServiceOperation.START).verb());
        assertEquals("check", ServiceCommands.command("ssh", cfg, ServiceOperation.STATUS).verb());
        assertEquals("halt", ServiceCommands.command("ssh", cfg, ServiceOperation.STOP).verb());
        assertEquals("force-reload", ServiceCommands.command("ssh", cfg, ServiceOperation.RESTART).verb());
    }

    @ParameterizedTest
    @EnumSource(ServiceOperation.class)
    void givenEmptyVerb_command_usesTheOperationsDefaultVerbAndTimeout(ServiceOperation op) {
        ServiceCommand command = ServiceCommands.command("db", validService().service("postgresql").build(), op);
        assertEquals(new ServiceCommand("db", op, Management.SERVICE, new ServiceName("postgresql"), op.defaultVerb(), op.timeout()), command);
    }
}
