package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.ClusterRule;
import com.partnerdesk.domain.triage.NearbyCases;
import com.partnerdesk.domain.triage.NearbyQuery;
import com.partnerdesk.domain.triage.OpenCase;
import com.partnerdesk.domain.triage.TriageDecision;
import com.partnerdesk.domain.triage.TriageInput;
import com.partnerdesk.domain.triage.TriagePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * What every store promises about rule 3's questions ({@link NearbyCases}): on random open cases, the store's indexed
 * answers are the answers the domain reads from the plain list of the same cases, and triage asked through the store
 * decides exactly as the pure policy does on the list (which {@code TriagePolicyProperties} checks against the rule
 * read word for word).
 *
 * <p>Each try writes its cases for customers of a place (cloud and region) of its own, so one store serves every try.
 */
public abstract class AbstractNearbyCasesContractTest {
    private static final AtomicInteger PLACES = new AtomicInteger();
    private static final Instant T0 = Samples.T0;
    private static final List<VendorService> SERVICES = List.of(Samples.EXCHANGE, Samples.TEAMS);
    /** Customers 0-4 share the subject's usual place; 5 is in another cloud, 6 in another region. */
    private static final int CUSTOMERS = 7;
    private static final String AGENT = "helpdesk@partner.example";

    private StoragePorts store;

    /** A fresh, empty store. */
    protected abstract StoragePorts newStorage();

    /** Closes what {@link #newStorage} opened. */
    protected void release() {
    }

    @AfterProperty
    void releaseStore() {
        release();
    }

    /** A stored case: its customer and service (indexes), classification, start in minutes from T0, status, cluster. */
    record Stored(int customer, int service, SymptomClassification classification, int minutes, CaseStatus status,
                  int cluster) {
    }

    /** The cases, the subject, the rule, and the instants and cluster the single questions are asked with. */
    record Scenario(List<Stored> cases, int customer, int service, SymptomClassification classification, int minutes,
                    int storedSubject, ClusterRule rule, int boundMinutes, int askedCluster) {
    }

    @Property(tries = 100)
    @Label("the store answers rule 3's questions as the list does, and triage through it decides as the pure policy")
    void storeAnswersAsTheList(@ForAll("scenarios") Scenario scenario) {
        if (store == null) {
            store = newStorage();
        }
        int place = PLACES.incrementAndGet();
        List<Customer> customers = customers(place);
        Map<String, ClusterId> clusters = new HashMap<>();
        List<Case> stored = new ArrayList<>();
        for (Stored s : scenario.cases()) {
            stored.add(aCase(customers.get(s.customer()), SERVICES.get(s.service()), s, clusters));
        }
        store.unitOfWork().writeVoid(() -> {
            customers.forEach(store.customers()::upsert);
            stored.forEach(store.cases()::insert);
            clusters.forEach((key, id) -> {
                String[] parts = key.split("\\|");
                Customer at = customers.get(Integer.parseInt(parts[0]));
                store.clusters().record(new ClusterFormation(id, parts[1], at.cloud(), at.region(),
                        stored.stream().filter(c -> c.clusterId().equals(Optional.of(id))).map(Case::id).toList(),
                        new HashSet<>(List.of(at.tenantId()))), T0);
            });
        });
        List<OpenCase> listed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Case c = stored.get(i);
            Customer owner = customers.get(scenario.cases().get(i).customer());
            listed.add(new OpenCase(c.id(), c.customer(), c.problem().service().name(), owner.cloud(), owner.region(),
                    c.problem().classification(), c.problem().startedAt(), c.status(), c.clusterId()));
        }
        NearbyCases plain = NearbyCases.listed(listed);

        // The subject is a new case, or one already stored (re-triage): then it is that case, of that case's customer.
        boolean restored = scenario.storedSubject() >= 0 && scenario.storedSubject() < stored.size();
        Customer customer = customers.get(restored ? scenario.cases().get(scenario.storedSubject()).customer()
                : scenario.customer());
        CaseId subjectId = restored ? stored.get(scenario.storedSubject()).id() : CaseId.random();
        Instant start = T0.plus(Duration.ofMinutes(scenario.minutes()));
        Duration window = scenario.rule().window();
        NearbyQuery query = new NearbyQuery(subjectId, customer.tenantId(),
                SERVICES.get(scenario.service()).name().toLowerCase(),
                customer.cloud(), customer.region(), start, window);
        Instant bound = start.plus(Duration.ofMinutes(scenario.boundMinutes()));
        Instant to = bound.plus(window);
        ClusterId asked = clusters.values().stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .skip(scenario.askedCluster()).findFirst().orElseGet(() -> ClusterId.foundedBy(CaseId.random()));

        store.unitOfWork().read(() -> {
            assertThat(new HashSet<>(store.cases().spans(query))).isEqualTo(new HashSet<>(plain.spans(query)));
            assertThat(store.cases().first(query, bound)).isEqualTo(plain.first(query, bound));
            assertThat(store.cases().smallestClusterId(query, bound, to)).isEqualTo(plain.smallestClusterId(query, bound, to));
            assertThat(store.cases().outside(query, asked, bound, to)).isEqualTo(plain.outside(query, asked, bound, to));
            return null;
        });

        TriagePolicy policy = new TriagePolicy(scenario.rule());
        Problem problem = new Problem(SERVICES.get(scenario.service()), "Subject", "The problem under triage.", start,
                UsersAffected.TENANT, Impact.CRITICAL, scenario.classification());
        TriageDecision pure = policy.triage(new TriageInput(subjectId, problem, customer, List.of(), listed,
                Optional.empty(), T0.plus(Duration.ofHours(3))));
        TriageDecision throughStore = store.unitOfWork().read(() -> policy.triage(new TriageInput(subjectId, problem,
                customer, List.of(), store.cases(), Optional.empty(), T0.plus(Duration.ofHours(3)))));
        assertThat(throughStore).isEqualTo(pure);

        Statistics.label("cluster").collect(pure.cluster().isPresent() ? "cluster" : "none");
        Statistics.label("cluster").coverage(coverage -> coverage.check("cluster").percentage(p -> p >= 5));
    }

    private static List<Customer> customers(int place) {
        Region region = Region.of("us-gov-p" + place);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            TenantId id = TenantId.of(String.format("%08d-0000-4000-8000-%012d", place, i));
            Customer template = Samples.contoso();
            customers.add(new Customer(id, "Customer " + i, "customer" + i + ".onmicrosoft.us",
                    i == 5 ? Cloud.GCC : template.cloud(), i == 6 ? Region.of("us-gov-q" + place) : region,
                    template.relationship(), true, template.supportPlan(), template.resellerType(), template.country(),
                    template.managedServices()));
        }
        return customers;
    }

    /** A stored case in any status; a clustered one carries the id of a cluster recorded for its service and place. */
    private static Case aCase(Customer customer, VendorService service, Stored s, Map<String, ClusterId> clusters) {
        Instant start = T0.plus(Duration.ofMinutes(s.minutes()));
        Problem problem = new Problem(service, "Case", "A case near the subject.", start, UsersAffected.SEVERAL,
                Impact.MODERATE, s.classification());
        Optional<ClusterId> cluster = s.cluster() < 0 ? Optional.empty()
                : Optional.of(clusters.computeIfAbsent(placeOf(customer, s) + "|" + service.name() + "|" + s.cluster(),
                        key -> ClusterId.foundedBy(CaseId.random())));
        TriageOutcome triage = new TriageOutcome(TriageResult.ESCALATE, cluster.isPresent()
                ? Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT) : s.classification().category()
                .or(() -> Optional.of(EscalationCategory.SERVICE_UNAVAILABLE)),
                List.of("Generated"), List.of(), cluster, Optional.empty());
        Instant opened = start.plusSeconds(60);
        return Case.rehydrate(CaseId.random(), customer.tenantId(), problem, opened, AGENT, s.status(),
                Optional.of(new HealthCheck(opened, List.of())), Optional.of(triage), Optional.empty(), false,
                Optional.empty(), opened, List.of(), List.of(), 0);
    }

    /** Customers 0-4 share one place; 5 and 6 each have their own. */
    private static int placeOf(Customer customer, Stored s) {
        return Math.min(s.customer(), 5) == 5 ? s.customer() : 0;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> customer = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.just(5)), Tuple.of(1, Arbitraries.just(6)));
        Arbitrary<Integer> service = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1));
        Arbitrary<SymptomClassification> classification = Arbitraries.frequency(
                Tuple.of(6, SymptomClassification.UNAVAILABLE), Tuple.of(2, SymptomClassification.DEFECT),
                Tuple.of(1, SymptomClassification.CONFIGURATION), Tuple.of(1, SymptomClassification.BILLING_DISPUTE));
        Arbitrary<Integer> minutes = Arbitraries.integers().between(-20, 20).map(m -> m * 5); // ties and exact bounds
        Arbitrary<CaseStatus> status = Arbitraries.frequency(Tuple.of(6, CaseStatus.TRIAGED), Tuple.of(2, CaseStatus.NEW),
                Tuple.of(1, CaseStatus.RECHECK), Tuple.of(3, CaseStatus.ESCALATED),
                Tuple.of(1, CaseStatus.WAITING_ON_INCIDENT), Tuple.of(1, CaseStatus.IN_PROGRESS),
                Tuple.of(1, CaseStatus.RESOLVED), Tuple.of(1, CaseStatus.CLOSED));
        Arbitrary<Integer> cluster = Arbitraries.frequency(Tuple.of(5, -1), Tuple.of(3, 0), Tuple.of(1, 1));
        Arbitrary<List<Stored>> cases = Combinators.combine(customer, service, classification, minutes, status, cluster)
                .as(Stored::new).list().ofMinSize(4).ofMaxSize(20);
        Arbitrary<ClusterRule> rule = Combinators.combine(Arbitraries.integers().between(2, 4),
                Arbitraries.of(30, 60)).as((threshold, window) -> new ClusterRule(threshold, Duration.ofMinutes(window)));
        return Combinators.combine(cases,
                        customer,
                        service,
                        Arbitraries.frequency(Tuple.of(8, SymptomClassification.UNAVAILABLE),
                                Tuple.of(1, SymptomClassification.NETWORK_DISRUPTION),
                                Tuple.of(1, SymptomClassification.CONFIGURATION)),
                        Arbitraries.integers().between(-12, 12).map(m -> m * 5),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)),
                                Tuple.of(1, Arbitraries.integers().between(0, 19))),
                        rule,
                        Combinators.combine(Arbitraries.integers().between(-12, 0).map(m -> m * 5),
                                Arbitraries.integers().between(0, 3)).as(List::of))
                .as((stored, who, what, how, when, storedSubject, clusterRule, asked) -> new Scenario(stored, who, what,
                        how, when, storedSubject, clusterRule, asked.get(0), asked.get(1)));
    }
}
