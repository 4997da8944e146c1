package com.partnerdesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every rule of {@link ArchitectureRules} against the production code of PartnerDesk: the main classes of every
 * module on bootstrap's class path, without test classes (so neither the architecture fixtures nor test fakes count).
 */
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.PRODUCTION;

    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new ArchitectureRules.DoNotIncludeTestJars())
                .importPackages(RULES.root);
    }

    static Stream<Arguments> rules() {
        return RULES.all().entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollowsTheRule(String name, ArchRule rule) {
        rule.check(production);
    }

    @Test
    void importSeesTheDomainAndNoTestCode() {
        assertThat(production.stream().map(JavaClass::getPackageName))
                .as("the import must find the domain, or every rule would pass vacuously")
                .anyMatch(pkg -> pkg.startsWith(RULES.root + ".domain"))
                .as("fixtures and other test code are not production code")
                .noneMatch(pkg -> pkg.startsWith(RULES.root + ".archfixtures"))
                .noneMatch(pkg -> pkg.startsWith(RULES.root + ".bootstrap.architecture"));
    }
}
