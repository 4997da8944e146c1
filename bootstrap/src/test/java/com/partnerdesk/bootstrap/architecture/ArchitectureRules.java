package com.partnerdesk.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The architecture rules of PartnerDesk (HOUSE-STYLE.md, "Architecture tests worth having"), defined once and
 * parameterised by the root package they guard.
 *
 * <p>{@link #PRODUCTION} guards {@code com.partnerdesk} and is checked by {@link ArchitectureTest}. The same definitions,
 * rooted at {@code com.partnerdesk.archfixtures.violating}, must report every deliberately bad fixture
 * ({@link ArchitectureRulesCatchViolationsTest}), and rooted at {@code com.partnerdesk.archfixtures.compliant} must accept a
 * small well-formed hexagon that uses every framework where it belongs ({@link ArchitectureRulesAcceptCompliantCodeTest}).
 *
 * <p>Rules that look at a layer the code base may not have yet (ports, adapters) use {@code allowEmptyShould(true)}; the
 * domain rule does not, so an import that silently finds no classes fails instead of passing.
 */
public final class ArchitectureRules {

    /** Package patterns of the persistence technology: Jdbi, JDBC, the SQLite driver, Flyway. */
    static final String[] PERSISTENCE_TECHNOLOGY = {"org.jdbi..", "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb.."};

    /** Package patterns of the web technology: Javalin and jte. */
    static final String[] WEB_TECHNOLOGY = {"io.javalin..", "gg.jte.."};

    /** Package pattern of picocli (Maven group {@code info.picocli}, Java package {@code picocli}). */
    static final String[] CLI_TECHNOLOGY = {"picocli.."};

    /** Package patterns of the dependency-injection annotations and Guice. */
    static final String[] DEPENDENCY_INJECTION = {"com.google.inject..", "jakarta.inject..", "javax.inject.."};

    /** Package pattern of Jackson. */
    static final String[] JSON_SERIALISATION = {"com.fasterxml.jackson.."};

    /** Package pattern of the OpenID Connect client (Nimbus OAuth 2.0 / OIDC SDK and JOSE + JWT). */
    static final String[] OPENID_CONNECT = {"com.nimbusds.."};

    /** Every framework the use cases must not know about. */
    static final String[] FRAMEWORKS = Stream.of(PERSISTENCE_TECHNOLOGY, WEB_TECHNOLOGY, CLI_TECHNOLOGY,
                    DEPENDENCY_INJECTION, JSON_SERIALISATION, OPENID_CONNECT)
            .flatMap(Stream::of)
            .toArray(String[]::new);

    /** The rules over the real code base. */
    public static final ArchitectureRules PRODUCTION = forRoot("com.partnerdesk");

    public final String root;

    /**
     * Dependencies point inwards: adapters (persistence, web, cli, vendor, identity, notify) → application → domain; adapters never see
     * each other; bootstrap sees all. The vendor adapter may use Jackson and {@code java.net.http}: no rule keeps them
     * from an adapter, only from the application and the domain.
     */
    public final ArchRule onionArchitecture;

    /** The domain is plain Java: it depends on {@code java..} and on itself, nothing else. */
    public final ArchRule domainDependsOnlyOnJava;

    /** The use cases know no framework: no Guice, Jdbi, JDBC, Javalin, jte, picocli, Jackson, Flyway or SQLite. */
    public final ArchRule applicationDependsOnNoFramework;

    /** Jdbi, {@code java.sql}, {@code javax.sql}, SQLite and Flyway only in the persistence adapter. */
    public final ArchRule persistenceTechnologyOnlyInPersistenceAdapter;

    /** Javalin and jte only in the web adapter, and in bootstrap, which starts the server. */
    public final ArchRule webTechnologyOnlyInWebAdapterAndBootstrap;

    /** picocli only in the CLI adapter, and in bootstrap, which runs the command line. */
    public final ArchRule picocliOnlyInCliAdapterAndBootstrap;

    /** No adapter depends on another adapter. */
    public final ArchRule adaptersDoNotDependOnEachOther;

    /** Outgoing ports are interfaces; records, enums and exceptions may sit beside them. */
    public final ArchRule outgoingPortsAreInterfaces;

    /** Incoming ports are interfaces; records (Command, Query, View), enums and exceptions may sit beside them. */
    public final ArchRule incomingPortsAreInterfaces;

    /** A {@code *UseCase} is an interface in {@code application.port.in}. */
    public final ArchRule useCasesAreInterfacesInPortIn;

    /** domain, application, adapters and bootstrap have no cycle between them. */
    public final ArchRule topLevelPackagesAreFreeOfCycles;

    /** The packages of the domain (cases, triage, escalation, ...) have no cycle between them. */
    public final ArchRule domainPackagesAreFreeOfCycles;

    /** Dependencies arrive through constructors, never through {@code @Inject} fields. */
    public final ArchRule noFieldInjection;

    /** {@code java.util.Date} is used nowhere: time is {@code java.time} and a {@code Clock}. */
    public final ArchRule noJavaUtilDate;

    /** {@code java.sql.Timestamp}, {@code java.sql.Date} and {@code java.sql.Time} never leave the persistence adapter. */
    public final ArchRule sqlTimeTypesOnlyInPersistenceAdapter;

    /** An incoming port (use case, command, query, view) speaks only its own and the domain's types, never a port.out type. */
    public final ArchRule incomingPortsDoNotUseOutgoingPortTypes;

    /** No adapter asks a domain policy (PermissionPolicy, TriagePolicy, ...): the application decides, its views say. */
    public final ArchRule adaptersDoNotUseDomainPolicies;

    /**
     * Bootstrap is the outermost ring of the onion and only wires: nothing depends on it, and none of its classes
     * implements a port (an adapter or a service belongs to its module, not to the composition root).
     */
    public final ArchRule bootstrapOnlyWires;

    private final Map<String, ArchRule> all;

    private ArchitectureRules(String root) {
        this.root = root;
        String domain = root + ".domain..";
        String application = root + ".application..";
        String persistence = root + ".adapters.persistence..";
        String web = root + ".adapters.web..";
        String cli = root + ".adapters.cli..";
        String vendor = root + ".adapters.vendor..";
        String identity = root + ".adapters.identity..";
        String notify = root + ".adapters.notify..";
        String bootstrap = root + ".bootstrap..";
        String everything = root + "..";

        onionArchitecture = onionArchitecture()
                .domainModels(domain)
                .applicationServices(application)
                .adapter("persistence", persistence)
                .adapter("web", web)
                .adapter("cli", cli)
                .adapter("vendor", vendor)
                .adapter("identity", identity)
                .adapter("notify", notify)
                .withOptionalLayers(true)
                .ignoreDependency(resideInAPackage(bootstrap), alwaysTrue())
                .ensureAllClassesAreContainedInArchitectureIgnoring(bootstrap)
                .because("dependencies point inwards: adapters -> application -> domain, adapters never import each other,"
                        + " bootstrap (the composition root) sees all, and no code lives outside the hexagon");

        domainDependsOnlyOnJava = classes()
                .that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .because("the domain is the rules of the support desk in plain Java; frameworks stay in the adapters");

        applicationDependsOnNoFramework = noClasses()
                .that().resideInAPackage(application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("use cases talk to the world through ports; services are built by @Provides methods in bootstrap")
                .allowEmptyShould(true);

        persistenceTechnologyOnlyInPersistenceAdapter = noClasses()
                .that().resideInAPackage(everything)
                .and().resideOutsideOfPackage(persistence)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_TECHNOLOGY)
                .because("rows, handles, connections and SQLException never leave the persistence adapter")
                .allowEmptyShould(true);

        webTechnologyOnlyInWebAdapterAndBootstrap = noClasses()
                .that().resideInAPackage(everything)
                .and().resideOutsideOfPackages(web, bootstrap)
                .should().dependOnClassesThat().resideInAnyPackage(WEB_TECHNOLOGY)
                .because("HTTP and templates belong to the web adapter; bootstrap only starts the server")
                .allowEmptyShould(true);

        picocliOnlyInCliAdapterAndBootstrap = noClasses()
                .that().resideInAPackage(everything)
                .and().resideOutsideOfPackages(cli, bootstrap)
                .should().dependOnClassesThat().resideInAnyPackage(CLI_TECHNOLOGY)
                .because("command-line parsing belongs to the CLI adapter; bootstrap only runs the command line")
                .allowEmptyShould(true);

        adaptersDoNotDependOnEachOther = slices()
                .matching(root + ".adapters.(*)..")
                .namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("adapters meet only through the application's ports")
                .allowEmptyShould(true);

        outgoingPortsAreInterfaces = classes()
                .that().resideInAPackage(root + ".application.port.out..")
                .and().areTopLevelClasses()
                .and().areNotRecords()
                .and().areNotEnums()
                .and().areNotAssignableTo(Throwable.class)
                .should().beInterfaces()
                .because("an outgoing port is a contract the adapters implement, not an implementation")
                .allowEmptyShould(true);

        incomingPortsAreInterfaces = classes()
                .that().resideInAPackage(root + ".application.port.in..")
                .and().areTopLevelClasses()
                .and().areNotRecords()
                .and().areNotEnums()
                .and().areNotAssignableTo(Throwable.class)
                .should().beInterfaces()
                .because("an incoming port is a UseCase interface; its Command, Query and View are records")
                .allowEmptyShould(true);

        useCasesAreInterfacesInPortIn = classes()
                .that().resideInAPackage(everything)
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .andShould().resideInAPackage(root + ".application.port.in..")
                .because("a UseCase is an incoming port, implemented by a *Service in application.service")
                .allowEmptyShould(true);

        topLevelPackagesAreFreeOfCycles = slices()
                .matching(root + ".(*)..")
                .namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a cycle between domain, application, adapters and bootstrap makes the layers one lump");

        domainPackagesAreFreeOfCycles = slices()
                .matching(root + ".domain.(*)..")
                .namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .because("each part of the domain can be understood without the parts that build on it")
                .allowEmptyShould(true);

        noFieldInjection = noFields()
                .that().areDeclaredInClassesThat().resideInAPackage(everything)
                .should().beAnnotatedWith("com.google.inject.Inject")
                .orShould().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith("javax.inject.Inject")
                .because("dependencies arrive through the constructor, so an object is complete once built")
                .allowEmptyShould(true);

        noJavaUtilDate = noClasses()
                .that().resideInAPackage(everything)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .because("time is java.time read from a Clock; java.util.Date is mutable and zone-confused");

        sqlTimeTypesOnlyInPersistenceAdapter = noClasses()
                .that().resideInAPackage(everything)
                .and().resideOutsideOfPackage(persistence)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Timestamp")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Time")
                .because("the persistence adapter maps JDBC time types to java.time at its boundary")
                .allowEmptyShould(true);

        incomingPortsDoNotUseOutgoingPortTypes = noClasses()
                .that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
                .because("an adapter that drives a use case must not learn the storage's or the vendor's types")
                .allowEmptyShould(true);

        adaptersDoNotUseDomainPolicies = noClasses()
                .that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat(resideInAPackage(domain).and(simpleNameEndingWith("Policy")))
                .because("what a caller may do is decided by the application; a view tells the adapter")
                .allowEmptyShould(true);

        bootstrapOnlyWires = CompositeArchRule.of(noClasses()
                        .that().resideInAPackage(everything)
                        .and().resideOutsideOfPackage(bootstrap)
                        .should().dependOnClassesThat().resideInAPackage(bootstrap)
                        .because("bootstrap is the outermost ring: it sees everything and nothing sees it")
                        .allowEmptyShould(true))
                .and(noClasses()
                        .that().resideInAPackage(bootstrap)
                        .should().beAssignableTo(resideInAPackage(root + ".application.port.."))
                        .because("an adapter or a service lives in its module; bootstrap only builds and wires them")
                        .allowEmptyShould(true));

        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("onionArchitecture", onionArchitecture);
        rules.put("domainDependsOnlyOnJava", domainDependsOnlyOnJava);
        rules.put("applicationDependsOnNoFramework", applicationDependsOnNoFramework);
        rules.put("persistenceTechnologyOnlyInPersistenceAdapter", persistenceTechnologyOnlyInPersistenceAdapter);
        rules.put("webTechnologyOnlyInWebAdapterAndBootstrap", webTechnologyOnlyInWebAdapterAndBootstrap);
        rules.put("picocliOnlyInCliAdapterAndBootstrap", picocliOnlyInCliAdapterAndBootstrap);
        rules.put("adaptersDoNotDependOnEachOther", adaptersDoNotDependOnEachOther);
        rules.put("outgoingPortsAreInterfaces", outgoingPortsAreInterfaces);
        rules.put("incomingPortsAreInterfaces", incomingPortsAreInterfaces);
        rules.put("useCasesAreInterfacesInPortIn", useCasesAreInterfacesInPortIn);
        rules.put("topLevelPackagesAreFreeOfCycles", topLevelPackagesAreFreeOfCycles);
        rules.put("domainPackagesAreFreeOfCycles", domainPackagesAreFreeOfCycles);
        rules.put("noFieldInjection", noFieldInjection);
        rules.put("noJavaUtilDate", noJavaUtilDate);
        rules.put("sqlTimeTypesOnlyInPersistenceAdapter", sqlTimeTypesOnlyInPersistenceAdapter);
        rules.put("incomingPortsDoNotUseOutgoingPortTypes", incomingPortsDoNotUseOutgoingPortTypes);
        rules.put("adaptersDoNotUseDomainPolicies", adaptersDoNotUseDomainPolicies);
        rules.put("bootstrapOnlyWires", bootstrapOnlyWires);
        this.all = Collections.unmodifiableMap(rules);
    }

    /** The rules guarding the code under {@code root}, e.g. {@code "com.partnerdesk"}. */
    public static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    /** Every rule, by name, in a stable order. */
    public Map<String, ArchRule> all() {
        return all;
    }

    /**
     * Leaves out Maven test-jars ({@code *-tests.jar}), e.g. the application's in-memory port fakes when bootstrap is
     * built against installed artifacts. {@link ImportOption.DoNotIncludeTests} already leaves out
     * {@code target/test-classes}, which is what a reactor build puts on the class path instead.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
