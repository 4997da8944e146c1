package com.partnerdesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.partnerdesk.archfixtures.violating.adapters.cli.CliServingHttp;
import com.partnerdesk.archfixtures.violating.adapters.cli.JakartaFieldInjectedCommand;
import com.partnerdesk.archfixtures.violating.adapters.cli.VersionCommand;
import com.partnerdesk.archfixtures.violating.adapters.persistence.PersistenceRenderingTemplates;
import com.partnerdesk.archfixtures.violating.adapters.persistence.PersistenceUsingJavaUtilDate;
import com.partnerdesk.archfixtures.violating.adapters.vendor.VendorImportingPersistence;
import com.partnerdesk.archfixtures.violating.adapters.web.FieldInjectedController;
import com.partnerdesk.archfixtures.violating.adapters.web.WebImportingPersistence;
import com.partnerdesk.archfixtures.violating.adapters.web.WebUsingJavaUtilDate;
import com.partnerdesk.archfixtures.violating.adapters.web.WebWithPicocliCommand;
import com.partnerdesk.archfixtures.violating.application.port.in.ConcreteIncomingPort;
import com.partnerdesk.archfixtures.violating.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.archfixtures.violating.application.port.out.ConcretePort;
import com.partnerdesk.archfixtures.violating.application.service.CloseCaseUseCase;
import com.partnerdesk.archfixtures.violating.application.service.ServiceUsingJdbi;
import com.partnerdesk.archfixtures.violating.application.service.ServiceUsingSqlTimestamp;
import com.partnerdesk.archfixtures.violating.application.service.ServiceWithGuiceInject;
import com.partnerdesk.archfixtures.violating.bootstrap.PartnerDeskMain;
import com.partnerdesk.archfixtures.violating.bootstrap.CaseStoreInBootstrap;
import com.partnerdesk.archfixtures.violating.application.port.in.SearchCasesUseCase;
import com.partnerdesk.archfixtures.violating.adapters.web.PageAskingThePolicy;
import com.partnerdesk.archfixtures.violating.domain.DomainCallingApplication;
import com.partnerdesk.archfixtures.violating.domain.DomainUsingJdbc;
import com.partnerdesk.archfixtures.violating.domain.DomainWithJacksonAnnotation;
import com.partnerdesk.archfixtures.violating.domain.billing.Invoice;
import com.partnerdesk.archfixtures.violating.domain.ledger.LedgerEntry;
import com.partnerdesk.archfixtures.violating.shared.Strings;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule earns its place by catching a real mistake: each rule of {@link ArchitectureRules}, rooted at the
 * deliberately broken fixtures in {@code com.partnerdesk.archfixtures.violating}, must report the fixture that makes
 * its mistake, by name. Only the fixture packages are imported, never the production code.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String ROOT = "com.partnerdesk.archfixtures.violating";
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot(ROOT);

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    /** Each row: a rule, and a fixture class it must report as the origin of a violation. */
    static Stream<Arguments> violations() {
        return Stream.of(
                violation("onionArchitecture", WebImportingPersistence.class),
                violation("onionArchitecture", VendorImportingPersistence.class),
                violation("onionArchitecture", DomainCallingApplication.class),
                violation("onionArchitecture", Strings.class),
                violation("domainDependsOnlyOnJava", DomainWithJacksonAnnotation.class),
                violation("domainDependsOnlyOnJava", DomainCallingApplication.class),
                violation("applicationDependsOnNoFramework", ServiceUsingJdbi.class),
                violation("applicationDependsOnNoFramework", ServiceWithGuiceInject.class),
                violation("persistenceTechnologyOnlyInPersistenceAdapter", DomainUsingJdbc.class),
                violation("persistenceTechnologyOnlyInPersistenceAdapter", ServiceUsingJdbi.class),
                violation("webTechnologyOnlyInWebAdapterAndBootstrap", CliServingHttp.class),
                violation("webTechnologyOnlyInWebAdapterAndBootstrap", PersistenceRenderingTemplates.class),
                violation("picocliOnlyInCliAdapterAndBootstrap", WebWithPicocliCommand.class),
                violation("adaptersDoNotDependOnEachOther", WebImportingPersistence.class),
                violation("adaptersDoNotDependOnEachOther", VendorImportingPersistence.class),
                violation("outgoingPortsAreInterfaces", ConcretePort.class),
                violation("incomingPortsAreInterfaces", ConcreteIncomingPort.class),
                violation("incomingPortsAreInterfaces", EscalateCaseUseCase.class),
                violation("useCasesAreInterfacesInPortIn", EscalateCaseUseCase.class),
                violation("useCasesAreInterfacesInPortIn", CloseCaseUseCase.class),
                violation("topLevelPackagesAreFreeOfCycles", VersionCommand.class),
                violation("topLevelPackagesAreFreeOfCycles", PartnerDeskMain.class),
                violation("domainPackagesAreFreeOfCycles", Invoice.class),
                violation("domainPackagesAreFreeOfCycles", LedgerEntry.class),
                violation("noFieldInjection", FieldInjectedController.class),
                violation("noFieldInjection", JakartaFieldInjectedCommand.class),
                violation("noJavaUtilDate", WebUsingJavaUtilDate.class),
                violation("noJavaUtilDate", PersistenceUsingJavaUtilDate.class),
                violation("sqlTimeTypesOnlyInPersistenceAdapter", ServiceUsingSqlTimestamp.class),
                violation("incomingPortsDoNotUseOutgoingPortTypes", SearchCasesUseCase.class),
                violation("adaptersDoNotUseDomainPolicies", PageAskingThePolicy.class),
                violation("bootstrapOnlyWires", VersionCommand.class),
                violation("bootstrapOnlyWires", CaseStoreInBootstrap.class));
    }

    private static Arguments violation(String ruleName, Class<?> offender) {
        return arguments(ruleName, offender.getSimpleName(), offender);
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @MethodSource("violations")
    void ruleReportsTheOffendingClass(String ruleName, String offenderName, Class<?> offender) {
        ArchRule rule = RULES.all().get(ruleName);

        EvaluationResult result = rule.evaluate(fixtures);

        assertThat(result.hasViolation()).as("%s has a violation", ruleName).isTrue();
        assertThat(reportedOrigins(result, offender))
                .as("%s names %s as the origin of a violation; report:%n%s", ruleName, offender.getName(),
                        result.getFailureReport())
                .isNotEmpty();
    }

    @Test
    void everyRuleIsShownToCatchAViolation() {
        Set<String> shown = violations().map(row -> (String) row.get()[0]).collect(Collectors.toSet());

        assertThat(shown).containsExactlyInAnyOrderElementsOf(RULES.all().keySet());
    }

    /**
     * The lines of the report that name {@code offender} as the origin of a violation: "Class &lt;X&gt; ...",
     * "Field &lt;X.f&gt; ...", "Method &lt;X.m()&gt; ...", "Constructor &lt;X.&lt;init&gt;()&gt; ..." (also as an item of a
     * cycle's dependency list), rather than merely as the target of someone else's violation.
     */
    private static List<String> reportedOrigins(EvaluationResult result, Class<?> offender) {
        Pattern origin = origin(offender);
        return result.getFailureReport().getDetails().stream()
                .flatMap(String::lines)
                .filter(line -> origin.matcher(line).find())
                .toList();
    }

    private static Pattern origin(Class<?> offender) {
        return Pattern.compile("^\\s*(?:-\\s*)?(?:Class|Field|Method|Constructor|Static Initializer) <"
                + Pattern.quote(offender.getName()) + "[.>$]");
    }
}
