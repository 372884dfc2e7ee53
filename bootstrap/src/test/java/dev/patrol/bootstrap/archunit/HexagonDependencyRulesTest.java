package dev.patrol.bootstrap.archunit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency direction of the hexagon, checked on the real production classes. */
@AnalyzeClasses(packages = "dev.patrol", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonDependencyRulesTest {
    @ArchTest
    static final ArchRule domain_does_not_depend_on_adapters_or_bootstrap =
            ArchitectureRules.domain_does_not_depend_on_adapters_or_bootstrap;

    @ArchTest
    static final ArchRule ports_and_codec_depend_only_inwards = ArchitectureRules.ports_and_codec_depend_only_inwards;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_the_domain = ArchitectureRules.adapters_do_not_depend_on_the_domain;

    @ArchTest
    static final ArchRule go_compat_depends_only_on_the_jdk = ArchitectureRules.go_compat_depends_only_on_the_jdk;
}
