package dev.patrol.bootstrap.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The hexagon's rules, written against package patterns (`..domain..`, `..adapters..`)
 * so that the same rules can be run against the bad fixture package and seen to fire.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final String[] FRAMEWORKS = {
        "com.fasterxml..", "io.javalin..", "com.google.inject..", "com.google.common..", "jakarta.inject..",
        "javax.inject..", "jnr..", "org.slf4j..", "ch.qos.logback..", "org.eclipse.jetty.."
    };

    static final String[] IO_PACKAGES = {"java.nio.file..", "java.nio.channels..", "java.net.."};

    static final ArchRule domain_does_not_depend_on_adapters_or_bootstrap = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapters..", "..bootstrap..", "..codec..")
            .because("the domain is the centre of the hexagon; adapters depend on it through ports, never the reverse");

    static final ArchRule domain_and_ports_use_no_framework = noClasses()
            .that().resideInAnyPackage("..domain..", "..ports..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain and the ports stay plain Java so they can be tested and embedded anywhere");

    static final ArchRule domain_and_ports_do_no_io = noClasses()
            .that().resideInAnyPackage("..domain..", "..ports..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_PACKAGES)
            .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class,
                    java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class,
                    java.io.RandomAccessFile.class)
            .because("all I/O happens in adapters behind ports");

    static final ArchRule domain_reads_no_ambient_time_or_environment = classes()
            .that().resideInAPackage("..domain..")
            .should(notCallAmbientState())
            .because("time and the environment are ports or parameters, so tests control them");

    static final ArchRule adapters_do_not_depend_on_the_domain = noClasses()
            .that().resideInAPackage("..adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..bootstrap..")
            .because("adapters implement ports; the domain is reached only through them");

    static final ArchRule ports_and_codec_depend_only_inwards = noClasses()
            .that().resideInAnyPackage("..ports..", "..codec..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..adapters..", "..bootstrap..")
            .because("ports are the leaf; the codec is the shared wire mapping used by adapters");

    static final ArchRule go_compat_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("..gocompat..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..gocompat..")
            .because("the Go rules are the leaf every module may use: nothing of ours, no framework");

    static final ArchRule adapters_do_not_depend_on_each_other = SlicesRuleDefinition.slices()
            .matching("..adapters.(*)..").should().notDependOnEachOther()
            .because("an adapter can be swapped without touching the others");

    private static ArchCondition<JavaClass> notCallAmbientState() {
        return new ArchCondition<>("not call Instant.now(), System.currentTimeMillis(), System.nanoTime() or System.getenv()") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getMethodCallsFromSelf().forEach(call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean ambient = (owner.equals("java.time.Instant") && name.equals("now"))
                            || (owner.equals("java.lang.System")
                                && (name.equals("currentTimeMillis") || name.equals("nanoTime") || name.equals("getenv")));
                    if (ambient) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }
}
