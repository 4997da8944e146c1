package com.partnerdesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other half of "each rule catches its mistake": no rule of {@link ArchitectureRules} may report code that does
 * things the right way. The fixtures in {@code com.partnerdesk.archfixtures.compliant} are a small hexagon that uses
 * every framework where it belongs: Jdbi, Flyway and {@code java.sql.Timestamp} in persistence, Javalin and Jackson in
 * web, picocli and Jackson in the CLI, and a bootstrap that sees every layer, wires with Guice {@code @Provides} and
 * constructor injection, starts Javalin and runs picocli. Records, an enum and an exception sit beside the port
 * interfaces.
 */
class ArchitectureRulesAcceptCompliantCodeTest {

    private static final String ROOT = "com.partnerdesk.archfixtures.compliant";
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot(ROOT);

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    static Stream<Arguments> rules() {
        return RULES.all().entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0} accepts the compliant hexagon")
    @MethodSource("rules")
    void ruleAcceptsCompliantCode(String name, ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);

        assertThat(result.hasViolation()).as("%s reports no violation; report:%n%s", name, result.getFailureReport())
                .isFalse();
    }
}
