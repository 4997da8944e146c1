package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions rule 3 asks about the open cases near a problem (see {@link NearbyQuery}). Their answers are small
 * whatever the size of the outage: one span per customer, one case, one cluster id, and the cases that are not yet in
 * the chosen cluster. A store answers them with indexed queries; {@link #listed} answers them from a list.
 */
public interface NearbyCases {
    /** Order of cases in a cluster: by start, then by case id. */
    Comparator<OpenCase> ORDER = Comparator.comparing(OpenCase::startedAt).thenComparing(c -> c.caseId().value());

    /**
     * One span per customer with a case near the subject, other than the subject's own customer (who is in every window
     * that holds the subject), in no particular order.
     */
    List<CustomerSpan> spans(NearbyQuery query);

    /** The first case near the subject (in {@link #ORDER}) that started at or after {@code from}. */
    Optional<OpenCase> first(NearbyQuery query, Instant from);

    /** The smallest id of a cluster with a case near the subject that started within [{@code from}, {@code to}]. */
    Optional<ClusterId> smallestClusterId(NearbyQuery query, Instant from, Instant to);

    /** The cases near the subject that started within [{@code from}, {@code to}] and do not carry {@code cluster}, in {@link #ORDER}. */
    List<OpenCase> outside(NearbyQuery query, ClusterId cluster, Instant from, Instant to);

    /** The answers read from a plain list of open cases (which may hold others, and the subject: they are left out). */
    static NearbyCases listed(List<OpenCase> cases) {
        return new Listed(List.copyOf(cases));
    }

    /** The open cases of a list. */
    record Listed(List<OpenCase> cases) implements NearbyCases {
        private List<OpenCase> near(NearbyQuery query) {
            Map<String, OpenCase> byId = new LinkedHashMap<>();
            for (OpenCase c : cases) {
                if (query.matches(c)) {
                    byId.putIfAbsent(c.caseId().value(), c);
                }
            }
            return new ArrayList<>(byId.values());
        }

        @Override
        public List<CustomerSpan> spans(NearbyQuery query) {
            Map<TenantId, Instant[]> spans = new LinkedHashMap<>();
            for (OpenCase c : near(query)) {
                if (c.customer().equals(query.customer())) {
                    continue;
                }
                Instant[] span = spans.computeIfAbsent(c.customer(), t -> new Instant[2]);
                Instant at = c.startedAt();
                if (!at.isAfter(query.startedAt()) && (span[0] == null || at.isAfter(span[0]))) {
                    span[0] = at;
                }
                if (!at.isBefore(query.startedAt()) && (span[1] == null || at.isBefore(span[1]))) {
                    span[1] = at;
                }
            }
            return spans.entrySet().stream().map(e -> new CustomerSpan(e.getKey(), Optional.ofNullable(e.getValue()[0]),
                    Optional.ofNullable(e.getValue()[1]))).toList();
        }

        @Override
        public Optional<OpenCase> first(NearbyQuery query, Instant from) {
            return near(query).stream().filter(c -> !c.startedAt().isBefore(from)).min(ORDER);
        }

        @Override
        public Optional<ClusterId> smallestClusterId(NearbyQuery query, Instant from, Instant to) {
            return near(query).stream().filter(c -> within(c, from, to)).map(OpenCase::clusterId)
                    .flatMap(Optional::stream).min(Comparator.comparing(ClusterId::value));
        }

        @Override
        public List<OpenCase> outside(NearbyQuery query, ClusterId cluster, Instant from, Instant to) {
            return near(query).stream().filter(c -> within(c, from, to))
                    .filter(c -> !c.clusterId().equals(Optional.of(cluster))).sorted(ORDER).toList();
        }

        private static boolean within(OpenCase c, Instant from, Instant to) {
            return !c.startedAt().isBefore(from) && !c.startedAt().isAfter(to);
        }
    }
}
