package dev.patrol.bootstrap.archunit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the ports stay pure: no framework, no I/O, no ambient clock or environment. */
@AnalyzeClasses(packages = "dev.patrol", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworkInDomainTest {
    @ArchTest
    static final ArchRule domain_and_ports_use_no_framework = ArchitectureRules.domain_and_ports_use_no_framework;

    @ArchTest
    static final ArchRule domain_and_ports_do_no_io = ArchitectureRules.domain_and_ports_do_no_io;

    @ArchTest
    static final ArchRule domain_reads_no_ambient_time_or_environment =
            ArchitectureRules.domain_reads_no_ambient_time_or_environment;
}
