package com.partnerdesk.application.fakes;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.NotificationOutbox;
import com.partnerdesk.domain.notification.NotificationEvent;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseSortKey;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthSyncStatus;
import com.partnerdesk.domain.health.IssueAudience;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.CustomerSpan;
import com.partnerdesk.domain.triage.NearbyCases;
import com.partnerdesk.domain.triage.NearbyQuery;
import com.partnerdesk.domain.triage.OpenCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Every storage port in memory, behind one global lock. A write snapshots the state and puts it back when
 * the work throws, so a failed unit of work leaves nothing behind, as a database transaction would. Stored
 * cases and service requests are private copies: what a caller changes is stored only by {@code update}.
 * Like SQLite's foreign keys, a case needs its customer stored first.
 */
public final class InMemoryStorage {
    private final ReentrantLock lock = new ReentrantLock();
    private State state = new State();
    private int writeDepth;
    private long changes;        // every mutation, and every rolled-back write
    private long agentChanges;   // every mutation of agents, passwords and tokens
    private long unrepeatable;   // the versions answered inside a unit of work

    private InMemoryStorage() {
    }

    /** A fresh, empty store: no customers, no cases, a partner profile without a primary contact. */
    public static StoragePorts create() {
        InMemoryStorage store = new InMemoryStorage();
        return store.ports();
    }

    private StoragePorts ports() {
        return new StoragePorts(new Transactions(), new Cases(), new Customers(), new Health(), new Agents(),
                new Requests(), new Clusters(), new Audit(), new Idempotency(), new Outbox(), new Partner(),
                new Reference(), new Versions(), new Drafts(), new HealthSync(), new Mappings(), new Identities(),
                new Factors(), new Notifications(), new Preferences());
    }

    private record TokenRecord(AgentId agent, ApiToken token) {
    }

    private static final class State {
        Map<TenantId, Customer> customers = new LinkedHashMap<>();
        Map<CaseId, Case> cases = new LinkedHashMap<>();
        Map<HealthIssueId, HealthIssue> health = new LinkedHashMap<>();
        Map<HealthIssueId, Set<IssueAudience>> audiences = new HashMap<>();
        Map<TenantId, HealthSyncStatus> healthSync = new LinkedHashMap<>();
        Map<AgentId, Agent> agents = new LinkedHashMap<>();
        Map<AgentId, String> passwordHashes = new HashMap<>();
        Map<String, TokenRecord> tokenRecords = new LinkedHashMap<>();
        Map<ServiceRequestId, ServiceRequest> requests = new LinkedHashMap<>();
        Map<String, UnlinkedVendorRequest> unlinked = new LinkedHashMap<>();
        Map<ClusterId, ClusterFormation> clusters = new LinkedHashMap<>();
        List<ChainedEvent> audit = new ArrayList<>();
        String auditAnchor = AuditChain.GENESIS;
        long auditPrunedThrough;
        Map<String, IdempotencyKeys.StoredResult> idempotency = new HashMap<>();
        Map<String, EscalationDraft> drafts = new HashMap<>();
        Map<ServiceRequestId, VendorOutbox.OutboxEntry> outbox = new LinkedHashMap<>();
        Map<Long, VendorOutbox.UpdateEntry> updates = new LinkedHashMap<>();
        Map<Long, NotificationOutbox.Message> notifications = new LinkedHashMap<>();
        Map<String, Instant> raised = new HashMap<>();
        Map<AgentId, Set<NotificationEvent>> mailOff = new HashMap<>();
        PartnerProfile partner = PartnerSettings.DEFAULT;
        long partnerVersion;
        CustomerClockSettings customerClock = CustomerClockSettings.DEFAULT;
        long customerClockVersion;
        Map<CaseId, ClockMarks> clockMarks = new HashMap<>();
        Map<String, GroupMapping> groupMappings = new java.util.TreeMap<>();
        Map<String, AgentId> subjects = new HashMap<>();
        Map<AgentId, Set<GroupId>> agentGroups = new HashMap<>();
        Map<AgentId, SecondFactors.Enrolment> totp = new HashMap<>();
        Map<AgentId, Map<String, Boolean>> recoveryCodes = new HashMap<>();

        /** Values are immutable (records, or private copies never handed out), so copying the maps is enough. */
        State copy() {
            State copy = new State();
            copy.customers = new LinkedHashMap<>(customers);
            copy.cases = new LinkedHashMap<>(cases);
            copy.clockMarks = new HashMap<>(clockMarks);
            copy.health = new LinkedHashMap<>(health);
            audiences.forEach((id, a) -> copy.audiences.put(id, new LinkedHashSet<>(a)));
            copy.healthSync = new LinkedHashMap<>(healthSync);
            copy.agents = new LinkedHashMap<>(agents);
            copy.passwordHashes = new HashMap<>(passwordHashes);
            copy.tokenRecords = new LinkedHashMap<>(tokenRecords);
            copy.requests = new LinkedHashMap<>(requests);
            copy.unlinked = new LinkedHashMap<>(unlinked);
            copy.clusters = new LinkedHashMap<>(clusters);
            copy.audit = new ArrayList<>(audit);
            copy.auditAnchor = auditAnchor;
            copy.auditPrunedThrough = auditPrunedThrough;
            copy.idempotency = new HashMap<>(idempotency);
            copy.drafts = new HashMap<>(drafts);
            copy.outbox = new LinkedHashMap<>(outbox);
            copy.updates = new LinkedHashMap<>(updates);
            copy.notifications = new LinkedHashMap<>(notifications);
            copy.raised = new HashMap<>(raised);
            copy.mailOff = new HashMap<>(mailOff);
            copy.partner = partner;
            copy.partnerVersion = partnerVersion;
            copy.customerClock = customerClock;
            copy.customerClockVersion = customerClockVersion;
            copy.groupMappings = new java.util.TreeMap<>(groupMappings);
            copy.subjects = new HashMap<>(subjects);
            copy.agentGroups = new HashMap<>(agentGroups);
            copy.totp = new HashMap<>(totp);
            recoveryCodes.forEach((id, codes) -> copy.recoveryCodes.put(id, new HashMap<>(codes)));
            return copy;
        }
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** A mutation: every store operation without a result changes something. */
    private void locked(Runnable work) {
        locked(() -> {
            changes++;
            work.run();
            return null;
        });
    }

    private final class Versions implements DataVersions {
        @Override
        public long anyChange() {
            return version(() -> changes);
        }

        @Override
        public long agents() {
            return version(() -> agentChanges);
        }

        private long version(Supplier<Long> counter) {
            if (lock.isHeldByCurrentThread()) {
                return --unrepeatable;
            }
            return locked(counter);
        }
    }

    private final class Transactions implements UnitOfWork {
        @Override
        public <T> T write(Supplier<T> work) {
            lock.lock();
            try {
                if (writeDepth > 0) {
                    return work.get();
                }
                State before = state.copy();
                writeDepth++;
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    state = before;
                    changes++;
                    agentChanges++;
                    throw e;
                } finally {
                    writeDepth--;
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public <T> T read(Supplier<T> work) {
            return locked(work);
        }
    }

    // --- cases ------------------------------------------------------------------------------------

    private static Case copyOf(Case c, List<CaseNote> notes, long version) {
        return Case.rehydrate(c.id(), c.customer(), c.problem(), c.openedAt(), c.openedBy(), c.status(),
                c.healthCheck(), c.triage(), c.serviceRequestId(), c.attentionNeeded(), c.resolution(), c.updatedAt(),
                notes, c.history(), c.owner(), c.ownerChanges(), version).restoreClockPauses(c.clockPauses());
    }

    private final class Cases implements CaseRepository {
        @Override
        public void insert(Case newCase) {
            locked(() -> {
                if (!state.customers.containsKey(newCase.customer())) {
                    throw new IllegalStateException("foreign key: customer " + newCase.customer() + " is not stored");
                }
                if (state.cases.containsKey(newCase.id())) {
                    throw new IllegalStateException("case " + newCase.id() + " is already stored");
                }
                state.cases.put(newCase.id(), copyOf(newCase, newCase.notes(), newCase.version()));
            });
        }

        @Override
        public void update(Case changed) {
            locked(() -> {
                Case stored = state.cases.get(changed.id());
                if (stored == null) {
                    throw new IllegalStateException("case " + changed.id() + " is not stored");
                }
                if (stored.version() != changed.storedVersion()) {
                    throw new StaleVersionException("Case", changed.id(), changed.storedVersion(), stored.version());
                }
                state.cases.put(changed.id(), copyOf(changed, stored.notes(), changed.version()));
            });
        }

        @Override
        public void appendNote(CaseId caseId, CaseNote note) {
            locked(() -> {
                Case stored = state.cases.get(caseId);
                if (stored == null) {
                    throw new IllegalStateException("case " + caseId + " is not stored");
                }
                List<CaseNote> notes = new ArrayList<>(stored.notes());
                notes.add(note);
                state.cases.put(caseId, copyOf(stored, notes, stored.version()));
            });
        }

        @Override
        public Optional<Case> find(CaseId id) {
            return locked(() -> Optional.ofNullable(state.cases.get(id)).map(c -> copyOf(c, c.notes(), c.version())));
        }

        @Override
        public List<OpenCase> openCasesNear(String service, Cloud cloud, Region region, Instant from, Instant to) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.status().isOpen())
                    .filter(c -> c.problem().service().name().equalsIgnoreCase(service.strip()))
                    .filter(c -> !c.problem().startedAt().isBefore(from) && !c.problem().startedAt().isAfter(to))
                    .filter(c -> {
                        Customer customer = state.customers.get(c.customer());
                        return customer != null && customer.cloud() == cloud && customer.region().equals(region);
                    })
                    .map(c -> {
                        Customer customer = state.customers.get(c.customer());
                        return new OpenCase(c.id(), c.customer(), c.problem().service().name(), customer.cloud(),
                                customer.region(), c.problem().classification(), c.problem().startedAt(), c.status(),
                                c.clusterId());
                    })
                    .toList());
        }

        /** Rule 3's questions, answered as the domain reads them from a list: every open case near the subject. */
        private NearbyCases near(NearbyQuery query) {
            return NearbyCases.listed(openCasesNear(query.service(), query.cloud(), query.region(), query.from(),
                    query.to()));
        }

        @Override
        public List<CustomerSpan> spans(NearbyQuery query) {
            return near(query).spans(query);
        }

        @Override
        public Optional<OpenCase> first(NearbyQuery query, Instant from) {
            return near(query).first(query, from);
        }

        @Override
        public Optional<ClusterId> smallestClusterId(NearbyQuery query, Instant from, Instant to) {
            return near(query).smallestClusterId(query, from, to);
        }

        @Override
        public List<OpenCase> outside(NearbyQuery query, ClusterId cluster, Instant from, Instant to) {
            return near(query).outside(query, cluster, from, to);
        }

        @Override
        public List<CaseId> awaitingRequest(ClusterId cluster) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.clusterId().equals(Optional.of(cluster)))
                    .filter(c -> c.status() == CaseStatus.TRIAGED && c.serviceRequestId().isEmpty())
                    .sorted(Comparator.comparing((Case c) -> c.problem().startedAt()).thenComparing(c -> c.id().value()))
                    .map(Case::id)
                    .toList());
        }

        @Override
        public List<CaseId> openLinkedTo(HealthIssueId issue) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.status().isOpen())
                    .filter(c -> c.triage().map(TriageOutcome::matchedIssueIds).orElse(List.of()).contains(issue))
                    .map(Case::id)
                    .toList());
        }

        @Override
        public List<CaseId> waitingOn(HealthIssueId issue) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.status() == CaseStatus.WAITING_ON_INCIDENT)
                    .filter(c -> c.triage().map(TriageOutcome::matchedIssueIds).orElse(List.of()).contains(issue)
                            || c.healthCheck().map(HealthCheck::activeIssueIds).orElse(List.of()).contains(issue))
                    .map(Case::id)
                    .toList());
        }

        @Override
        public List<CaseId> inCluster(ClusterId cluster) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.clusterId().map(cluster::equals).orElse(false))
                    .map(Case::id)
                    .toList());
        }

        @Override
        public List<CaseId> ownedBy(AgentId agent) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.owner().equals(Optional.of(agent)))
                    .sorted(Comparator.comparing(Case::openedAt).thenComparing(c -> c.id().value()))
                    .map(Case::id)
                    .toList());
        }

        @Override
        public CasePage search(CaseQuery query) {
            return locked(() -> {
                List<CaseSummary> matching = state.cases.values().stream()
                        .filter(c -> query.status().map(s -> c.status() == s).orElse(true))
                        .filter(c -> query.tenantId().map(t -> c.customer().equals(t)).orElse(true))
                        .filter(c -> !query.hiddenCustomers().contains(c.customer()))
                        .filter(c -> query.service().map(s -> c.problem().service().name().equalsIgnoreCase(s)).orElse(true))
                        .filter(c -> query.impact().map(i -> c.problem().impact() == i).orElse(true))
                        .filter(c -> query.serviceRequest().map(r -> c.serviceRequestId().equals(Optional.of(r)))
                                .orElse(true))
                        .filter(c -> !query.attentionOnly() || c.attentionNeeded())
                        .filter(c -> query.clockAtRiskBy().map(now -> state.clockMarks.getOrDefault(c.id(),
                                ClockMarks.NONE).nextWarningAt().filter(w -> !w.isAfter(now)).isPresent()).orElse(true))
                        .filter(c -> query.ownedBy().map(a -> c.owner().equals(Optional.of(a))).orElse(true))
                        .filter(c -> !query.unowned() || c.owner().isEmpty())
                        .filter(c -> query.text().map(t -> score(c, t) > 0).orElse(true))
                        .sorted(order(query))
                        .map(this::summary)
                        .toList();
                List<CaseSummary> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
                return CasePage.counted(page, Math.min(matching.size(), query.countLimit()), query);
            });
        }

        /**
         * The order of {@link CaseQuery#order()} as the SQLite store applies it: each key in turn (text A to Z without
         * regard to case, nobody before any owner), ties by the order stored in the direction of the last key; with
         * text and no order, the best matches first, then the newest.
         */
        private Comparator<Case> order(CaseQuery query) {
            Map<CaseId, Integer> stored = new HashMap<>();
            for (CaseId id : state.cases.keySet()) {
                stored.put(id, stored.size());
            }
            List<CaseSort> order = query.order();
            if (order.isEmpty()) {
                String text = query.text().orElseThrow();
                return Comparator.comparing((Case c) -> -score(c, text))
                        .thenComparing(c -> stored.get(c.id()), Comparator.reverseOrder());
            }
            Comparator<Case> comparator = null;
            for (CaseSort sort : order) {
                Comparator<Case> key = key(sort.key());
                key = sort.descending() ? key.reversed() : key;
                comparator = comparator == null ? key : comparator.thenComparing(key);
            }
            Comparator<Case> seq = Comparator.comparing(c -> stored.get(c.id()));
            CaseSort last = order.get(order.size() - 1);
            return comparator.thenComparing(last.key().runsAgainstStorageOrder(last.descending()) ? seq.reversed() : seq);
        }

        private Comparator<Case> key(CaseSortKey key) {
            Comparator<String> text = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);
            return switch (key) {
                case ATTENTION -> Comparator.comparing(Case::attentionNeeded);
                case CLOCK -> Comparator.comparing((Case c) -> state.clockMarks.getOrDefault(c.id(), ClockMarks.NONE)
                        .nextDue().orElse(null), Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
                case IMPACT -> Comparator.comparing((Case c) -> -c.problem().impact().ordinal());
                case AGE -> Comparator.comparing(Case::openedAt, Comparator.reverseOrder());
                case UPDATED -> Comparator.comparing(Case::updatedAt);
                case STARTED -> Comparator.comparing(c -> c.problem().startedAt());
                case OWNER -> Comparator.comparing(c -> c.owner().map(state.agents::get).map(Agent::name).orElse(null),
                        text);
                case CUSTOMER -> Comparator.comparing(c -> Optional.ofNullable(state.customers.get(c.customer()))
                        .map(Customer::name).orElse(null), text);
                case SERVICE -> Comparator.comparing(c -> c.problem().service().name(), text);
                case TITLE -> Comparator.comparing(c -> c.problem().title(), text);
                case STATUS -> Comparator.comparing(c -> c.status().name());
                case TRIAGE -> Comparator.comparing(c -> c.triage().map(t -> t.result().name()).orElse(null),
                        Comparator.nullsFirst(Comparator.<String>naturalOrder()));
            };
        }

        /**
         * How well the text matches the case, as the SQLite store ranks it (0: no match): the case's id or the short
         * id first, then its customer's name or domain, then its words — every word of the text (the last one as the
         * start of a word), in any of its forms — weighted 10 in the title, 3 in the description, 1 in a note.
         */
        private double score(Case c, String text) {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            if (wanted.matches("[0-9a-f]{8}(-[0-9a-f]{0,12}){0,4}") && c.id().value().startsWith(wanted)) {
                return 1_000_000;
            }
            Customer customer = state.customers.get(c.customer());
            if (customer != null && (customer.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || customer.domain().toLowerCase(Locale.ROOT).contains(wanted))) {
                return 1_000;
            }
            String[] words = wanted.split("[^\\p{L}\\p{N}]+");
            List<String> title = words(c.problem().title());
            List<String> description = words(c.problem().description());
            List<String> notes = c.notes().stream().flatMap(n -> words(n.text()).stream()).toList();
            double score = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    continue;
                }
                boolean last = i == words.length - 1;
                double word = 10 * hits(title, words[i], last) + 3 * hits(description, words[i], last)
                        + hits(notes, words[i], last);
                if (word == 0) {
                    return 0;
                }
                score += word;
            }
            return score;
        }

        private static List<String> words(String text) {
            return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        }

        private static long hits(List<String> tokens, String word, boolean prefix) {
            String stem = stem(word);
            return tokens.stream().filter(t -> stem(t).equals(stem) || (prefix && (t.startsWith(word)
                    || stem(t).startsWith(stem)))).count();
        }

        /** A rough English stemmer, enough for the fake to find "dropped" and "dropping" as SQLite's Porter does. */
        private static String stem(String word) {
            String w = word;
            for (String suffix : List.of("ing", "ed", "es", "s")) {
                if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
            int n = w.length();
            if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                    && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
                w = w.substring(0, n - 1);
            }
            return w;
        }

        private CaseSummary summary(Case c) {
            Customer customer = state.customers.get(c.customer());
            return new CaseSummary(c.id(), c.customer(), customer == null ? "" : customer.name(),
                    c.problem().service().name(), c.problem().title(), c.status(), c.problem().impact(),
                    c.triage().map(TriageOutcome::result), c.triage().flatMap(TriageOutcome::category), c.clusterId(),
                    c.serviceRequestId(), c.attentionNeeded(), c.problem().startedAt(), c.openedAt(), c.updatedAt(),
                    c.version(), c.owner(), state.clockMarks.getOrDefault(c.id(), ClockMarks.NONE));
        }

        @Override
        public void recordClock(CaseId caseId, ClockMarks marks) {
            locked(() -> {
                if (!state.cases.containsKey(caseId)) {
                    throw new IllegalStateException("case " + caseId + " is not stored");
                }
                state.clockMarks.put(caseId, marks);
            });
        }

        @Override
        public List<CaseId> clocksAtRiskBy(Instant until, int limit) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> c.status().isOpen())
                    .filter(c -> state.clockMarks.getOrDefault(c.id(), ClockMarks.NONE).atRisk(until))
                    .sorted(Comparator.comparing((Case c) -> state.clockMarks.get(c.id()).nextWarningAt().orElseThrow())
                            .thenComparing(c -> c.id().value()))
                    .limit(limit)
                    .map(Case::id)
                    .toList());
        }

        @Override
        public List<CaseSummary> openedSince(Instant since) {
            return locked(() -> state.cases.values().stream()
                    .filter(c -> !c.openedAt().isBefore(since))
                    .sorted(Comparator.comparing(Case::openedAt).thenComparing(c -> c.id().value()))
                    .map(this::summary)
                    .toList());
        }
    }

    private final class Clusters implements ClusterRepository {
        @Override
        public void record(ClusterFormation cluster, Instant at) {
            locked(() -> {
                ClusterFormation known = state.clusters.get(cluster.id());
                if (known == null) {
                    state.clusters.put(cluster.id(), cluster);
                    return;
                }
                LinkedHashSet<CaseId> cases = new LinkedHashSet<>(known.caseIds());
                cases.addAll(cluster.caseIds());
                LinkedHashSet<TenantId> customers = new LinkedHashSet<>(known.customers());
                customers.addAll(cluster.customers());
                state.clusters.put(cluster.id(), new ClusterFormation(known.id(), known.service(), known.cloud(),
                        known.region(), List.copyOf(cases), customers));
            });
        }

        @Override
        public Optional<ClusterFormation> find(ClusterId id) {
            return locked(() -> Optional.ofNullable(state.clusters.get(id)));
        }
    }

    // --- customers, health ----------------------------------------------------------------------------

    private final class Customers implements CustomerRepository {
        @Override
        public Optional<Customer> find(TenantId id) {
            return locked(() -> Optional.ofNullable(state.customers.get(id)));
        }

        @Override
        public List<Customer> all() {
            return locked(() -> state.customers.values().stream()
                    .sorted(Comparator.comparing(Customer::name)).toList());
        }

        @Override
        public Set<TenantId> restrictedIds() {
            return locked(() -> state.customers.values().stream().filter(Customer::restricted).map(Customer::tenantId)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }

        @Override
        public UpsertResult upsert(Customer customer) {
            return locked(() -> {
                changes++;
                Customer known = state.customers.put(customer.tenantId(), customer);
                if (known == null) {
                    return UpsertResult.ADDED;
                }
                return known.equals(customer) ? UpsertResult.UNCHANGED : UpsertResult.UPDATED;
            });
        }
    }

    private final class Health implements HealthIssueRepository {
        @Override
        public Optional<HealthIssue> find(HealthIssueId id) {
            return locked(() -> Optional.ofNullable(state.health.get(id)));
        }

        @Override
        public List<UpsertResult> upsertAll(List<HealthIssue> issues) {
            return locked(() -> {
                changes++;
                List<UpsertResult> results = new ArrayList<>();
                for (HealthIssue issue : issues) {
                    HealthIssue known = state.health.get(issue.id());
                    if (known == null) {
                        state.health.put(issue.id(), issue);
                        results.add(UpsertResult.ADDED);
                    } else if (issue.lastModifiedAt().isAfter(known.lastModifiedAt())) {
                        state.health.put(issue.id(), issue);
                        results.add(UpsertResult.UPDATED);
                    } else {
                        results.add(UpsertResult.UNCHANGED);
                    }
                }
                return results;
            });
        }

        @Override
        public List<HealthIssue> forServices(List<String> serviceNames, boolean activeOnly) {
            return locked(() -> state.health.values().stream()
                    .filter(i -> serviceNames.stream().anyMatch(s -> s.equalsIgnoreCase(i.service())))
                    .filter(i -> !activeOnly || i.isActive())
                    .sorted(Comparator.comparing(i -> i.id().value()))
                    .toList());
        }

        @Override
        public void show(Collection<HealthIssueId> ids, IssueAudience audience) {
            locked(() -> ids.forEach(id -> state.audiences.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(audience)));
        }

        @Override
        public List<HealthIssue> shownTo(Customer customer, List<String> serviceNames, boolean activeOnly) {
            return locked(() -> forServices(serviceNames, activeOnly).stream()
                    .filter(i -> state.audiences.getOrDefault(i.id(), Set.of()).stream().anyMatch(a -> a.includes(customer)))
                    .toList());
        }

        @Override
        public Map<HealthIssueId, Set<IssueAudience>> audiences(Collection<HealthIssueId> ids) {
            return locked(() -> {
                Map<HealthIssueId, Set<IssueAudience>> found = new HashMap<>();
                ids.forEach(id -> Optional.ofNullable(state.audiences.get(id)).filter(a -> !a.isEmpty())
                        .ifPresent(a -> found.put(id, Set.copyOf(a))));
                return found;
            });
        }

        @Override
        public List<HealthIssue> list(boolean activeOnly, Optional<String> service, int limit) {
            return locked(() -> state.health.values().stream()
                    .filter(i -> !activeOnly || i.isActive())
                    .filter(i -> service.map(s -> s.strip().equalsIgnoreCase(i.service())).orElse(true))
                    .sorted(Comparator.comparing(HealthIssue::startedAt, Comparator.reverseOrder())
                            .thenComparing(i -> i.id().value()))
                    .limit(limit)
                    .toList());
        }
    }

    private final class HealthSync implements HealthSyncStatusRepository {
        @Override
        public Optional<HealthSyncStatus> find(TenantId customer) {
            return locked(() -> Optional.ofNullable(state.healthSync.get(customer)));
        }

        @Override
        public void record(HealthSyncStatus status) {
            locked(() -> {
                state.healthSync.put(status.customer(), status);
            });
        }

        @Override
        public List<HealthSyncStatus> all() {
            return locked(() -> List.copyOf(state.healthSync.values()));
        }
    }

    // --- agents ------------------------------------------------------------------------------------

    private final class Agents implements AgentRepository {
        @Override
        public void insert(Agent agent, Optional<String> passwordHash, Instant at) {
            locked(() -> {
                agentChanges++;
                if (state.agents.containsKey(agent.id())
                        || state.agents.values().stream().anyMatch(a -> a.email().equals(agent.email()))) {
                    throw new IllegalStateException("unique: agent " + agent.email() + " is already stored");
                }
                state.agents.put(agent.id(), agent);
                passwordHash.ifPresent(h -> state.passwordHashes.put(agent.id(), h));
            });
        }

        @Override
        public void update(Agent agent) {
            locked(() -> {
                agentChanges++;
                if (!state.agents.containsKey(agent.id())) {
                    throw new IllegalStateException("agent " + agent.id() + " is not stored");
                }
                state.agents.put(agent.id(), agent);
            });
        }

        @Override
        public Optional<Agent> find(AgentId id) {
            return locked(() -> Optional.ofNullable(state.agents.get(id)));
        }

        @Override
        public Optional<Agent> findByEmail(Email email) {
            return locked(() -> state.agents.values().stream().filter(a -> a.email().equals(email)).findFirst());
        }

        @Override
        public List<Agent> all() {
            return locked(() -> state.agents.values().stream()
                    .sorted(Comparator.comparing(a -> a.email().value())).toList());
        }

        @Override
        public Optional<String> passwordHash(AgentId id) {
            return locked(() -> Optional.ofNullable(state.passwordHashes.get(id)));
        }

        @Override
        public void setPasswordHash(AgentId id, String hash) {
            locked(() -> {
                agentChanges++;
                state.passwordHashes.put(id, hash);
            });
        }

        @Override
        public void addToken(AgentId id, String tokenDigest, ApiToken token) {
            locked(() -> {
                if (state.tokenRecords.values().stream().anyMatch(t -> t.agent().equals(id)
                        && t.token().name().equals(token.name()))) {
                    throw new IllegalStateException("UNIQUE constraint failed: agent_tokens.agent_id, agent_tokens.name");
                }
                agentChanges++;
                state.tokenRecords.put(tokenDigest, new TokenRecord(id, token));
            });
        }

        @Override
        public Optional<TokenHolder> findByTokenDigest(String tokenDigest) {
            return locked(() -> Optional.ofNullable(state.tokenRecords.get(tokenDigest))
                    .map(t -> new TokenHolder(state.agents.get(t.agent()), t.token())));
        }

        @Override
        public List<ApiToken> tokens(AgentId id) {
            return locked(() -> state.tokenRecords.values().stream().filter(t -> t.agent().equals(id))
                    .map(TokenRecord::token).toList());
        }

        @Override
        public boolean revokeToken(AgentId id, String name) {
            return locked(() -> {
                boolean removed = state.tokenRecords.values().removeIf(t -> t.agent().equals(id)
                        && t.token().name().equals(name));
                if (removed) {
                    agentChanges++;
                }
                return removed;
            });
        }

        @Override
        public void revokeTokens(AgentId id) {
            locked(() -> {
                agentChanges++;
                state.tokenRecords.values().removeIf(t -> t.agent().equals(id));
            });
        }
    }

    // --- identity provider, second factor --------------------------------------------------------------

    private final class Mappings implements GroupMappings {
        @Override
        public List<GroupMapping> all() {
            return locked(() -> List.copyOf(state.groupMappings.values()));
        }

        @Override
        public void put(GroupMapping mapping) {
            locked(() -> {
                state.groupMappings.put(mapping.groupId().value() + "/" + mapping.role().name(), mapping);
            });
        }

        @Override
        public boolean remove(GroupId groupId) {
            return locked(() -> {
                changes++;
                return state.groupMappings.values().removeIf(m -> m.groupId().equals(groupId));
            });
        }
    }

    private final class Identities implements AgentIdentities {
        @Override
        public Optional<AgentId> findBySubject(String issuer, String subject) {
            return locked(() -> Optional.ofNullable(state.subjects.get(issuer + "\n" + subject)));
        }

        @Override
        public boolean linked(AgentId agentId) {
            return locked(() -> state.subjects.containsValue(agentId));
        }

        @Override
        public void link(AgentId agentId, String issuer, String subject, Instant at) {
            locked(() -> {
                requireAgent(agentId);
                if (state.subjects.containsKey(issuer + "\n" + subject) || state.subjects.containsValue(agentId)) {
                    throw new IllegalStateException("unique: " + subject + " or agent " + agentId + " already linked");
                }
                state.subjects.put(issuer + "\n" + subject, agentId);
            });
        }

        @Override
        public Set<GroupId> groups(AgentId agentId) {
            return locked(() -> new java.util.TreeSet<>(state.agentGroups.getOrDefault(agentId, Set.of())
                    .stream().map(GroupId::value).toList()).stream().map(GroupId::of)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        }

        @Override
        public void replaceGroups(AgentId agentId, Set<GroupId> groups, Instant at) {
            locked(() -> {
                requireAgent(agentId);
                state.agentGroups.put(agentId, Set.copyOf(groups));
            });
        }
    }

    private final class Factors implements SecondFactors {
        @Override
        public Optional<Enrolment> find(AgentId agentId) {
            return locked(() -> Optional.ofNullable(state.totp.get(agentId)));
        }

        @Override
        public void begin(AgentId agentId, TotpSecret secret, Instant at) {
            locked(() -> {
                requireAgent(agentId);
                state.totp.put(agentId, new Enrolment(secret, false, java.util.OptionalLong.empty()));
            });
        }

        @Override
        public void confirm(AgentId agentId, long step, List<String> recoveryCodeDigests, Instant at) {
            locked(() -> {
                Enrolment e = state.totp.get(agentId);
                if (e != null) {
                    state.totp.put(agentId, new Enrolment(e.secret(), true, java.util.OptionalLong.of(step)));
                }
                Map<String, Boolean> codes = new HashMap<>();
                recoveryCodeDigests.forEach(d -> codes.put(d, false));
                state.recoveryCodes.put(agentId, codes);
            });
        }

        @Override
        public boolean useStep(AgentId agentId, long step) {
            return locked(() -> {
                changes++;
                Enrolment e = state.totp.get(agentId);
                if (e == null || !e.confirmed() || e.lastUsedStep().isPresent() && e.lastUsedStep().getAsLong() >= step) {
                    return false;
                }
                state.totp.put(agentId, new Enrolment(e.secret(), true, java.util.OptionalLong.of(step)));
                return true;
            });
        }

        @Override
        public boolean useRecoveryCode(AgentId agentId, String digest, Instant at) {
            return locked(() -> {
                changes++;
                Map<String, Boolean> codes = state.recoveryCodes.getOrDefault(agentId, Map.of());
                if (!Boolean.FALSE.equals(codes.get(digest))) {
                    return false;
                }
                codes.put(digest, true);
                return true;
            });
        }

        @Override
        public int recoveryCodesLeft(AgentId agentId) {
            return locked(() -> (int) state.recoveryCodes.getOrDefault(agentId, Map.of()).values().stream()
                    .filter(used -> !used).count());
        }

        @Override
        public boolean remove(AgentId agentId) {
            return locked(() -> {
                changes++;
                state.recoveryCodes.remove(agentId);
                return state.totp.remove(agentId) != null;
            });
        }
    }

    /** Like SQLite's foreign keys: rows about an agent need the agent stored. */
    private void requireAgent(AgentId agentId) {
        if (!state.agents.containsKey(agentId)) {
            throw new IllegalStateException("foreign key: agent " + agentId + " is not stored");
        }
    }

    // --- service requests, outbox ------------------------------------------------------------------------

    private static ServiceRequest copyOf(ServiceRequest r, long version) {
        return copyOf(r, r.caseIds(), version);
    }

    private static ServiceRequest copyOf(ServiceRequest r, List<CaseId> caseIds, long version) {
        return ServiceRequest.rehydrate(r.id(), r.customer(), caseIds, r.clusterId(), r.title(), r.description(),
                r.severity(), r.supportTopic(), r.countryCode(), r.primaryContact(), r.organization(), r.createdAt(),
                r.status(), r.vendorRequestNumber(), r.submittedAt(), r.firstResponseAt(), r.lastClosedAt(),
                r.lastModifiedAt(), r.notes(), version);
    }

    private static final Comparator<UnlinkedVendorRequest> UNLINKED_NEWEST_FIRST = Comparator
            .comparing((UnlinkedVendorRequest u) -> u.createdDate().orElse(u.foundAt()), Comparator.reverseOrder())
            .thenComparing(UnlinkedVendorRequest::vendorRequestNumber);

    private final class Requests implements ServiceRequestRepository {
        @Override
        public void insert(ServiceRequest request) {
            locked(() -> {
                if (state.requests.containsKey(request.id())) {
                    throw new IllegalStateException("service request " + request.id() + " is already stored");
                }
                if (!state.customers.containsKey(request.customer())) {
                    throw new IllegalStateException("foreign key: customer " + request.customer() + " is not stored");
                }
                state.requests.put(request.id(), copyOf(request, request.version()));
            });
        }

        @Override
        public void update(ServiceRequest request) {
            locked(() -> {
                ServiceRequest stored = state.requests.get(request.id());
                if (stored == null) {
                    throw new IllegalStateException("service request " + request.id() + " is not stored");
                }
                if (stored.version() != request.storedVersion()) {
                    throw new StaleVersionException("Service request", request.id(), request.storedVersion(),
                            stored.version());
                }
                if (stored.caseIds().size() > request.caseIds().size()) {
                    throw new IllegalStateException("Service request " + request.id()
                            + " has more cases stored than loaded");
                }
                state.requests.put(request.id(), copyOf(request, request.version()));
            });
        }

        @Override
        public Optional<ServiceRequest> find(ServiceRequestId id) {
            return locked(() -> Optional.ofNullable(state.requests.get(id)).map(r -> copyOf(r, r.version())));
        }

        @Override
        public Optional<CountedRequest> findCounted(ServiceRequestId id) {
            return locked(() -> Optional.ofNullable(state.requests.get(id)).map(r -> new CountedRequest(
                    copyOf(r, List.of(r.caseIds().get(0)), r.version()), r.caseIds().size())));
        }

        @Override
        public Optional<ServiceRequest> findByCluster(ClusterId cluster) {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> r.clusterId().map(cluster::equals).orElse(false))
                    .findFirst()
                    .map(r -> copyOf(r, r.version())));
        }

        @Override
        public Optional<ServiceRequestId> idByCluster(ClusterId cluster) {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> r.clusterId().map(cluster::equals).orElse(false))
                    .max(Comparator.comparing(ServiceRequest::createdAt))
                    .map(ServiceRequest::id));
        }

        @Override
        public void linkCase(ServiceRequestId request, CaseId caseId) {
            locked(() -> {
                ServiceRequest stored = state.requests.get(request);
                if (stored == null) {
                    throw new IllegalStateException("service request " + request + " is not stored");
                }
                ServiceRequest linked = copyOf(stored, stored.version());
                linked.linkCase(caseId);
                state.requests.put(request, copyOf(linked, linked.version()));
            });
        }

        @Override
        public List<ServiceRequest> list(Optional<ServiceRequestStatus> status, int offset, int limit) {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> status.map(s -> r.status() == s).orElse(true))
                    .sorted(Comparator.comparing(ServiceRequest::createdAt, Comparator.reverseOrder())
                            .thenComparing(r -> r.id().value()))
                    .skip(offset)
                    .limit(limit)
                    .map(r -> copyOf(r, r.version()))
                    .toList());
        }

        @Override
        public List<ServiceRequest> forTenant(TenantId tenantId, int limit) {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> r.customer().equals(tenantId))
                    .sorted(Comparator.comparing(ServiceRequest::createdAt, Comparator.reverseOrder())
                            .thenComparing(r -> r.id().value()))
                    .limit(limit)
                    .map(r -> copyOf(r, r.version()))
                    .toList());
        }

        @Override
        public Optional<ServiceRequestId> idByVendorNumber(String vendorRequestNumber) {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> r.vendorRequestNumber().map(vendorRequestNumber::equals).orElse(false))
                    .map(ServiceRequest::id).findFirst());
        }

        @Override
        public void replaceUnlinked(TenantId customer, List<UnlinkedVendorRequest> found) {
            for (UnlinkedVendorRequest u : found) {
                if (!u.customer().equals(customer)) {
                    throw new IllegalArgumentException("unlinked request " + u.vendorRequestNumber()
                            + " belongs to " + u.customer() + ", not " + customer);
                }
            }
            locked(() -> {
                Map<String, UnlinkedVendorRequest> before = new HashMap<>();
                state.unlinked.values().removeIf(u -> {
                    if (u.customer().equals(customer)) {
                        before.put(u.vendorRequestNumber(), u);
                        return true;
                    }
                    return false;
                });
                for (UnlinkedVendorRequest u : found) {
                    UnlinkedVendorRequest known = before.get(u.vendorRequestNumber());
                    state.unlinked.put(u.vendorRequestNumber(), known == null ? u
                            : new UnlinkedVendorRequest(u.customer(), u.vendorRequestNumber(), u.title(), u.severity(),
                                    u.status(), u.createdDate(), known.foundAt()));
                }
            });
        }

        @Override
        public List<UnlinkedVendorRequest> unlinked(TenantId customer) {
            return locked(() -> state.unlinked.values().stream().filter(u -> u.customer().equals(customer))
                    .sorted(UNLINKED_NEWEST_FIRST).toList());
        }

        @Override
        public void removeUnlinked(String vendorRequestNumber) {
            locked(() -> {
                state.unlinked.remove(vendorRequestNumber);
            });
        }

        @Override
        public List<ServiceRequest> awaitingVendor() {
            return locked(() -> state.requests.values().stream()
                    .filter(r -> r.vendorRequestNumber().isPresent() && r.status() != ServiceRequestStatus.CLOSED)
                    .sorted(Comparator.comparing(ServiceRequest::createdAt))
                    .map(r -> copyOf(r, r.version()))
                    .toList());
        }
    }

    private final class Outbox implements VendorOutbox {
        @Override
        public void enqueue(ServiceRequestId request, String correlationId, Instant at) {
            locked(() -> {
                if (!state.requests.containsKey(request)) {
                    throw new IllegalStateException("foreign key: service request " + request + " is not stored");
                }
                state.outbox.put(request, new OutboxEntry(request, correlationId, 0, at, OutboxState.PENDING, "", at));
            });
        }

        @Override
        public List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int limit) {
            return locked(() -> {
                List<OutboxEntry> due = state.outbox.values().stream()
                        .filter(e -> e.state() == OutboxState.PENDING && !e.nextAttemptAt().isAfter(now))
                        .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt).thenComparing(OutboxEntry::createdAt)
                                .thenComparing(e -> e.requestId().value()))
                        .limit(limit)
                        .toList();
                due.forEach(e -> state.outbox.put(e.requestId(), new OutboxEntry(e.requestId(), e.correlationId(),
                        e.attempts(), claimedUntil, e.state(), e.lastError(), e.createdAt())));
                return due;
            });
        }

        @Override
        public void enqueueUpdate(ServiceRequestId request, Optional<String> note, Optional<ServiceRequestStatus> status,
                                  String correlationId, Instant at) {
            locked(() -> {
                if (!state.requests.containsKey(request)) {
                    throw new IllegalStateException("foreign key: service request " + request + " is not stored");
                }
                if (note.isEmpty() && status.isEmpty()) {
                    throw new IllegalStateException("check constraint: an update carries a note or a status");
                }
                if (state.updates.values().stream().anyMatch(u -> u.correlationId().equals(correlationId))) {
                    throw new IllegalStateException("unique: correlation id " + correlationId + " is taken");
                }
                long id = state.updates.size() + 1L;
                state.updates.put(id, new UpdateEntry(id, request, note, status, correlationId, 0, at,
                        OutboxState.PENDING, "", at));
            });
        }

        @Override
        public List<UpdateEntry> claimDueUpdates(Instant now, Instant claimedUntil, int limit) {
            return locked(() -> {
                Map<ServiceRequestId, UpdateEntry> oldest = new LinkedHashMap<>();
                state.updates.values().stream().filter(u -> u.state() == OutboxState.PENDING)
                        .forEach(u -> oldest.putIfAbsent(u.requestId(), u));
                List<UpdateEntry> due = oldest.values().stream()
                        .filter(u -> !u.nextAttemptAt().isAfter(now))
                        .filter(u -> state.requests.get(u.requestId()).vendorRequestNumber().isPresent())
                        .sorted(Comparator.comparingLong(UpdateEntry::id))
                        .limit(limit)
                        .toList();
                due.forEach(u -> changeUpdate(u.id(), e -> with(e, e.attempts(), claimedUntil, e.state(), e.lastError())));
                return due;
            });
        }

        @Override
        public List<UpdateEntry> updates(ServiceRequestId request) {
            return locked(() -> state.updates.values().stream().filter(u -> u.requestId().equals(request)).toList());
        }

        @Override
        public void finishUpdate(long updateId, OutboxState finished, Instant at) {
            if (finished != OutboxState.DELIVERED && finished != OutboxState.HANDED_TO_AGENT) {
                throw new IllegalArgumentException("an update is finished as DELIVERED or HANDED_TO_AGENT, not " + finished);
            }
            locked(() -> changeUpdate(updateId, e -> with(e, e.attempts(), e.nextAttemptAt(), finished, e.lastError())));
        }

        @Override
        public void updateFailed(long updateId, int attempts, Instant nextAttemptAt, String error) {
            locked(() -> changeUpdate(updateId, e -> with(e, attempts, nextAttemptAt, e.state(), error)));
        }

        @Override
        public void parkUpdate(long updateId, int attempts, String error) {
            locked(() -> changeUpdate(updateId, e -> with(e, attempts, e.nextAttemptAt(), OutboxState.PARKED, error)));
        }

        private void changeUpdate(long id, java.util.function.UnaryOperator<UpdateEntry> change) {
            UpdateEntry entry = state.updates.get(id);
            if (entry == null) {
                throw new IllegalStateException("no vendor update " + id);
            }
            state.updates.put(id, change.apply(entry));
        }

        private static UpdateEntry with(UpdateEntry u, int attempts, Instant next, OutboxState newState, String error) {
            return new UpdateEntry(u.id(), u.requestId(), u.note(), u.status(), u.correlationId(), attempts, next,
                    newState, error, u.createdAt());
        }

        @Override
        public Optional<OutboxEntry> find(ServiceRequestId request) {
            return locked(() -> Optional.ofNullable(state.outbox.get(request)));
        }

        @Override
        public void delivered(ServiceRequestId request, Instant at) {
            change(request, e -> new OutboxEntry(e.requestId(), e.correlationId(), e.attempts() + 1, at,
                    OutboxState.DELIVERED, "", e.createdAt()));
        }

        @Override
        public void failed(ServiceRequestId request, int attempts, Instant nextAttemptAt, String error) {
            change(request, e -> new OutboxEntry(e.requestId(), e.correlationId(), attempts, nextAttemptAt,
                    OutboxState.PENDING, error, e.createdAt()));
        }

        @Override
        public void park(ServiceRequestId request, int attempts, String error) {
            change(request, e -> new OutboxEntry(e.requestId(), e.correlationId(), attempts, e.nextAttemptAt(),
                    OutboxState.PARKED, error, e.createdAt()));
        }

        @Override
        public List<OutboxEntry> parked() {
            return locked(() -> state.outbox.values().stream()
                    .filter(e -> e.state() == OutboxState.PARKED)
                    .sorted(Comparator.comparing(OutboxEntry::createdAt))
                    .toList());
        }

        private void change(ServiceRequestId request, java.util.function.UnaryOperator<OutboxEntry> change) {
            locked(() -> {
                OutboxEntry entry = state.outbox.get(request);
                if (entry == null) {
                    throw new IllegalStateException("no outbox entry for service request " + request);
                }
                state.outbox.put(request, change.apply(entry));
            });
        }
    }

    // --- notifications ----------------------------------------------------------------------------------

    private final class Notifications implements NotificationOutbox {
        @Override
        public void enqueue(List<NewMessage> messages, Instant at) {
            locked(() -> {
                for (NewMessage m : messages) {
                    long id = state.notifications.size() + 1L;
                    state.notifications.put(id, new Message(id, m.channel(), m.recipient(), m.notification(), 0, at,
                            VendorOutbox.OutboxState.PENDING, "", at, Optional.empty()));
                }
            });
        }

        @Override
        public boolean markRaised(String key, Instant at) {
            return locked(() -> {
                changes++;
                return state.raised.putIfAbsent(key, at) == null;
            });
        }

        @Override
        public List<Message> claimDue(Set<com.partnerdesk.domain.notification.DeliveryChannel> channels, Instant now,
                                      Instant claimedUntil, int limit) {
            return locked(() -> {
                changes++;
                List<Message> due = state.notifications.values().stream()
                        .filter(m -> m.state() == VendorOutbox.OutboxState.PENDING && !m.nextAttemptAt().isAfter(now))
                        .filter(m -> channels.contains(m.channel()))
                        .sorted(Comparator.comparing(Message::nextAttemptAt).thenComparing(Message::createdAt)
                                .thenComparingLong(Message::id))
                        .limit(limit).toList();
                due.forEach(m -> state.notifications.put(m.id(), with(m, m.attempts(), claimedUntil, m.state(),
                        m.lastError(), m.deliveredAt())));
                return due;
            });
        }

        @Override
        public Optional<Message> find(long id) {
            return locked(() -> Optional.ofNullable(state.notifications.get(id)));
        }

        @Override
        public void delivered(long id, Instant at) {
            change(id, m -> with(m, m.attempts() + 1, m.nextAttemptAt(), VendorOutbox.OutboxState.DELIVERED, "",
                    Optional.of(at)));
        }

        @Override
        public void failed(long id, int attempts, Instant nextAttemptAt, String error) {
            change(id, m -> with(m, attempts, nextAttemptAt, VendorOutbox.OutboxState.PENDING, error,
                    m.deliveredAt()));
        }

        @Override
        public void park(long id, int attempts, String error) {
            change(id, m -> with(m, attempts, m.nextAttemptAt(), VendorOutbox.OutboxState.PARKED, error,
                    m.deliveredAt()));
        }

        @Override
        public boolean requeue(long id, Instant at) {
            return locked(() -> {
                changes++;
                Message m = state.notifications.get(id);
                if (m == null || m.state() != VendorOutbox.OutboxState.PARKED) {
                    return false;
                }
                state.notifications.put(id, with(m, 0, at, VendorOutbox.OutboxState.PENDING, m.lastError(),
                        m.deliveredAt()));
                return true;
            });
        }

        @Override
        public List<Message> list(Optional<VendorOutbox.OutboxState> wanted, int offset, int limit) {
            return locked(() -> state.notifications.values().stream()
                    .filter(m -> wanted.map(w -> m.state() == w).orElse(true))
                    .sorted(Comparator.comparing(Message::createdAt).thenComparingLong(Message::id).reversed())
                    .skip(offset).limit(limit).toList());
        }

        @Override
        public int count(Optional<VendorOutbox.OutboxState> wanted) {
            return locked(() -> (int) state.notifications.values().stream()
                    .filter(m -> wanted.map(w -> m.state() == w).orElse(true)).count());
        }

        private void change(long id, java.util.function.UnaryOperator<Message> change) {
            locked(() -> {
                Message m = state.notifications.get(id);
                if (m == null) {
                    throw new IllegalStateException("no notification " + id);
                }
                state.notifications.put(id, change.apply(m));
            });
        }

        private static Message with(Message m, int attempts, Instant next, VendorOutbox.OutboxState newState,
                                    String error, Optional<Instant> deliveredAt) {
            return new Message(m.id(), m.channel(), m.recipient(), m.notification(), attempts, next, newState, error,
                    m.createdAt(), deliveredAt);
        }
    }

    private final class Preferences implements MailPreferences {
        @Override
        public Set<NotificationEvent> mailOff(AgentId agent) {
            return locked(() -> Set.copyOf(state.mailOff.getOrDefault(agent, Set.of())));
        }

        @Override
        public void setMailOff(AgentId agent, Set<NotificationEvent> events) {
            locked(() -> {
                if (!state.agents.containsKey(agent)) {
                    throw new IllegalStateException("foreign key: agent " + agent + " is not stored");
                }
                state.mailOff.put(agent, Set.copyOf(events));
            });
        }
    }

    // --- audit, idempotency, settings, reference data ------------------------------------------------------

    private final class Audit implements AuditTrail {
        @Override
        public void append(AuditEvent event) {
            locked(() -> {
                long seq = state.audit.isEmpty() ? state.auditPrunedThrough + 1
                        : state.audit.get(state.audit.size() - 1).seq() + 1;
                String prev = state.audit.isEmpty() ? state.auditAnchor : state.audit.get(state.audit.size() - 1).hash();
                state.audit.add(ChainedEvent.append(seq, event, prev));
            });
        }

        @Override
        public List<AuditEvent> since(Optional<Instant> since, int limit) {
            return locked(() -> state.audit.stream().map(ChainedEvent::event)
                    .filter(e -> since.map(s -> !e.at().isBefore(s)).orElse(true))
                    .sorted(Comparator.comparing(AuditEvent::at))
                    .limit(limit)
                    .toList());
        }

        @Override
        public List<ChainedEvent> chained(long afterSeq, int limit) {
            return locked(() -> state.audit.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList());
        }

        @Override
        public List<ChainedEvent> chainedSince(Optional<Instant> since, int limit) {
            return locked(() -> state.audit.stream()
                    .filter(e -> since.map(s -> !e.event().at().isBefore(s)).orElse(true)).limit(limit).toList());
        }

        @Override
        public String anchor() {
            return locked(() -> state.auditAnchor);
        }

        @Override
        public void prune(ChainedEvent last) {
            locked(() -> {
                state.audit.removeIf(e -> e.seq() <= last.seq());
                state.auditAnchor = last.hash();
                state.auditPrunedThrough = last.seq();
            });
        }

        public List<AuditEvent> find(AuditQuery q) {
            return locked(() -> {
                List<AuditEvent> oldestFirst = state.audit.stream().map(ChainedEvent::event)
                        .sorted(Comparator.comparing(AuditEvent::at))
                        .filter(e -> q.actor().map(a -> e.actor().toLowerCase(Locale.ROOT)
                                .contains(a.toLowerCase(Locale.ROOT))).orElse(true))
                        .filter(e -> q.tenantId().map(t -> e.customer().equals(Optional.of(t))).orElse(true))
                        .filter(e -> q.caseIdPrefix().map(p -> e.caseId().map(c -> c.value().startsWith(p))
                                .orElse(false)).orElse(true))
                        .filter(e -> q.action().map(a -> e.action().equals(a)).orElse(true))
                        .filter(e -> q.outcome().map(o -> e.outcome() == o).orElse(true))
                        .filter(e -> q.from().map(f -> !e.at().isBefore(f)).orElse(true))
                        .filter(e -> q.until().map(u -> e.at().isBefore(u)).orElse(true))
                        .toList();
                List<AuditEvent> ordered = new ArrayList<>(oldestFirst);
                if (q.newestFirst()) {
                    java.util.Collections.reverse(ordered);
                }
                return List.copyOf(ordered.subList(0, Math.min(q.limit(), ordered.size())));
            });
        }

        @Override
        public List<String> actions() {
            return locked(() -> state.audit.stream().map(e -> e.event().action()).distinct().sorted().toList());
        }
    }

    private final class Drafts implements EscalationDrafts {
        @Override
        public Optional<EscalationDraft> find(CaseId caseId, AgentId agentId) {
            return locked(() -> Optional.ofNullable(state.drafts.get(caseId.value() + "/" + agentId.value())));
        }

        @Override
        public void save(CaseId caseId, AgentId agentId, EscalationDraft draft, Instant savedAt) {
            locked(() -> {
                state.drafts.put(caseId.value() + "/" + agentId.value(), draft);
            });
        }

        @Override
        public void discard(CaseId caseId, AgentId agentId) {
            locked(() -> {
                state.drafts.remove(caseId.value() + "/" + agentId.value());
            });
        }
    }

    private final class Idempotency implements IdempotencyKeys {
        @Override
        public Optional<StoredResult> find(String scope, String key) {
            return locked(() -> Optional.ofNullable(state.idempotency.get(scope + "\u0000" + key)));
        }

        @Override
        public void remember(String scope, String key, String requestFingerprint, String resultId) {
            locked(() -> {
                if (state.idempotency.putIfAbsent(scope + "\u0000" + key,
                        new StoredResult(requestFingerprint, resultId)) != null) {
                    throw new IllegalStateException("unique: idempotency key " + key + " in " + scope);
                }
            });
        }
    }

    private final class Partner implements PartnerSettings {
        @Override
        public PartnerProfile profile() {
            return locked(() -> state.partner);
        }

        @Override
        public long version() {
            return locked(() -> state.partnerVersion);
        }

        @Override
        public long save(PartnerProfile profile, long expectedVersion) {
            return locked(() -> {
                if (state.partnerVersion != expectedVersion) {
                    throw new StaleVersionException("The partner profile", "", expectedVersion, state.partnerVersion);
                }
                state.partner = profile;
                state.partnerVersion++;
                return state.partnerVersion;
            });
        }

        @Override
        public CustomerClockSettings customerClock() {
            return locked(() -> state.customerClock);
        }

        @Override
        public long customerClockVersion() {
            return locked(() -> state.customerClockVersion);
        }

        @Override
        public long saveCustomerClock(CustomerClockSettings settings, long expectedVersion) {
            return locked(() -> {
                if (state.customerClockVersion != expectedVersion) {
                    throw new StaleVersionException("The customer clock settings", "", expectedVersion,
                            state.customerClockVersion);
                }
                state.customerClock = settings;
                state.customerClockVersion++;
                return state.customerClockVersion;
            });
        }
    }

    private static final class Reference implements ReferenceData {
        private final ServiceCatalogue services = ServiceCatalogue.standard();
        private final SupportTopicCatalogue topics = SupportTopicCatalogue.standard();

        @Override
        public ServiceCatalogue services() {
            return services;
        }

        @Override
        public SupportTopicCatalogue supportTopics() {
            return topics;
        }
    }
}
