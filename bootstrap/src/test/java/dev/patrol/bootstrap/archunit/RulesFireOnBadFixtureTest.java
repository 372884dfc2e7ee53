package dev.patrol.bootstrap.archunit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule, run on the deliberately bad `dev.patrol.fixture` package, must fail. */
class RulesFireOnBadFixtureTest {
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("dev.patrol.fixture");

    private static void assertFires(ArchRule rule, String offender) {
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(BAD));
        assertTrue(e.getMessage().contains(offender), "want the message to name " + offender + ", got: " + e.getMessage());
    }

    @Test
    void givenADomainClassUsingAnAdapter_dependencyRule_fires() {
        assertFires(ArchitectureRules.domain_does_not_depend_on_adapters_or_bootstrap, "BadEntity");
    }

    @Test
    void givenADomainClassUsingAFramework_frameworkRule_fires() {
        assertFires(ArchitectureRules.domain_and_ports_use_no_framework, "FrameworkEntity");
    }

    @Test
    void givenADomainClassDoingIo_ioRule_fires() {
        assertFires(ArchitectureRules.domain_and_ports_do_no_io, "FileEntity");
    }

    @Test
    void givenADomainClassReadingTheClock_ambientRule_fires() {
        assertFires(ArchitectureRules.domain_reads_no_ambient_time_or_environment, "ClockEntity");
    }

    @Test
    void givenAGoRuleUsingTheDomain_goCompatRule_fires() {
        assertFires(ArchitectureRules.go_compat_depends_only_on_the_jdk, "PortsUsingRule");
    }

    @Test
    void givenAnAdapterUsingTheDomain_adapterRule_fires() {
        assertFires(ArchitectureRules.adapters_do_not_depend_on_the_domain, "Gadget");
    }

    @Test
    void givenTwoAdaptersUsingEachOther_isolationRule_fires() {
        assertFires(ArchitectureRules.adapters_do_not_depend_on_each_other, "Widget");
    }
}
