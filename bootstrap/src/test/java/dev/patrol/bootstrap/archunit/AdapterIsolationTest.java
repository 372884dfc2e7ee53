package dev.patrol.bootstrap.archunit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Adapters are independent of each other, so one can be swapped alone. */
@AnalyzeClasses(packages = "dev.patrol", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationTest {
    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = ArchitectureRules.adapters_do_not_depend_on_each_other;
}
