package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.AuditQuery;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.ChainedEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every AuditTrail promises: append-only, read back oldest first. */
public abstract class AbstractAuditTrailContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final Actor.AgentActor HELPDESK = new Actor.AgentActor(AgentId.random(),
            Email.of("helpdesk@partner.example"), "Hana Helpdesk", Set.of(Role.HELPDESK_AGENT));
    private static final Actor.AgentActor SALES = new Actor.AgentActor(AgentId.random(),
            Email.of("sam.okafor@federalcloudpartners.example"), "Sam Okafor", Set.of(Role.SALES_AGENT));

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void appendedEventsRoundTripEveryField() {
        AuditEvent denied = AuditEvent.of(SALES, "case.escalate", Optional.of(Samples.CONTOSO_ID),
                Optional.of(CaseId.random()), Channel.WEB, AuditOutcome.DENIED,
                "Not allowed to file a vendor service request for product family OFFICE_365 with the role(s) Sales agent",
                T0);
        AuditEvent operator = AuditEvent.of(new Actor.Operator("ops@pd-host-01"), "customer.import", Optional.empty(),
                Optional.empty(), Channel.CLI, AuditOutcome.ALLOWED, "added 3, updated 0, unchanged 0", T0.plusSeconds(1));
        AuditEvent anonymous = AuditEvent.anonymous("mallory@example.com", "agent.sign-in", Channel.WEB,
                "unknown agent", T0.plusSeconds(2));
        writeVoid(() -> {
            storage.audit().append(denied);
            storage.audit().append(operator);
            storage.audit().append(anonymous);
        });

        assertThat(read(() -> storage.audit().since(Optional.empty(), 100)))
                .containsExactly(denied, operator, anonymous);
    }

    @Test
    void sinceReturnsEventsAtOrAfterTheInstantOldestFirstUpToTheLimit() {
        List<AuditEvent> events = List.of(event(T0.plusSeconds(30)), event(T0), event(T0.plusSeconds(60)),
                event(T0.plusSeconds(90)));
        events.forEach(e -> writeVoid(() -> storage.audit().append(e)));

        assertThat(read(() -> storage.audit().since(Optional.of(T0.plusSeconds(30)), 100)))
                .extracting(AuditEvent::at)
                .containsExactly(T0.plusSeconds(30), T0.plusSeconds(60), T0.plusSeconds(90));
        assertThat(read(() -> storage.audit().since(Optional.empty(), 2))).extracting(AuditEvent::at)
                .containsExactly(T0, T0.plusSeconds(30));
    }

    @Test
    void anEmptyTrailReadsEmpty() {
        assertThat(read(() -> storage.audit().since(Optional.empty(), 10))).isEmpty();
    }

    @Test
    void everyAppendedEventIsChainedToTheOneBeforeIt() {
        List<AuditEvent> events = List.of(event(T0), event(T0.plusSeconds(1)), event(T0.plusSeconds(2)));
        events.forEach(e -> writeVoid(() -> storage.audit().append(e)));

        List<ChainedEvent> chained = read(() -> storage.audit().chained(0, 100));

        assertThat(chained).extracting(ChainedEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(chained).extracting(ChainedEvent::event).containsExactlyElementsOf(events);
        assertThat(chained.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 0; i < chained.size(); i++) {
            ChainedEvent e = chained.get(i);
            assertThat(e.hash()).isEqualTo(AuditChain.hash(e.prevHash(), e.seq(), e.event()));
            if (i > 0) {
                assertThat(e.prevHash()).isEqualTo(chained.get(i - 1).hash());
            }
        }
        assertThat(read(() -> storage.audit().chained(1, 1))).extracting(ChainedEvent::seq).containsExactly(2L);
        assertThat(read(() -> storage.audit().chainedSince(Optional.of(T0.plusSeconds(2)), 10)))
                .extracting(ChainedEvent::seq).containsExactly(3L);
        assertThat(read(() -> storage.audit().anchor())).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void pruningKeepsTheChainVerifiableFromTheFirstKeptEventAndSequenceNumbersGoOn() {
        for (int i = 0; i < 4; i++) {
            AuditEvent e = event(T0.plusSeconds(i));
            writeVoid(() -> storage.audit().append(e));
        }
        List<ChainedEvent> before = read(() -> storage.audit().chained(0, 100));

        writeVoid(() -> storage.audit().prune(before.get(1)));

        List<ChainedEvent> kept = read(() -> storage.audit().chained(0, 100));
        assertThat(kept).containsExactly(before.get(2), before.get(3));
        assertThat(read(() -> storage.audit().anchor())).isEqualTo(before.get(1).hash());
        AuditChain.Walk walk = new AuditChain.Walk(read(() -> storage.audit().anchor()));
        kept.forEach(walk::next);
        assertThat(walk.mismatch()).isEmpty();

        writeVoid(() -> storage.audit().prune(before.get(3)));
        writeVoid(() -> storage.audit().append(event(T0.plusSeconds(9))));

        List<ChainedEvent> after = read(() -> storage.audit().chained(0, 100));
        assertThat(after).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(5L);
            assertThat(e.prevHash()).isEqualTo(before.get(3).hash());
        });
    }

    @Test
    void findMatchesEveryFilterTogetherNewestOrOldestFirst() {
        CaseId contosoCase = CaseId.of("0a1b2c3d-0000-4000-8000-000000000001");
        CaseId otherCase = CaseId.of("9f8e7d6c-0000-4000-8000-000000000002");
        AuditEvent escalated = AuditEvent.of(HELPDESK, "case.escalate", Optional.of(Samples.CONTOSO_ID),
                Optional.of(contosoCase), Channel.WEB, AuditOutcome.ALLOWED, "", T0);
        AuditEvent refused = AuditEvent.of(SALES, "case.escalate", Optional.of(Samples.CONTOSO_ID),
                Optional.of(contosoCase), Channel.API, AuditOutcome.DENIED, "not allowed", T0.plusSeconds(10));
        AuditEvent noted = AuditEvent.of(HELPDESK, "case.note", Optional.of(Samples.FABRIKAM_ID),
                Optional.of(otherCase), Channel.WEB, AuditOutcome.ALLOWED, "", T0.plusSeconds(20));
        AuditEvent imported = AuditEvent.of(new Actor.Operator("ops@pd-host-01"), "customer.import", Optional.empty(),
                Optional.empty(), Channel.CLI, AuditOutcome.ALLOWED, "added 3", T0.plusSeconds(30));
        writeVoid(() -> List.of(escalated, refused, noted, imported).forEach(storage.audit()::append));

        assertThat(find(query().actor("HELPDESK@partner")))
                .as("the agent: any part of the name, any case").containsExactly(noted, escalated);
        assertThat(find(query().tenant(Samples.CONTOSO_ID))).containsExactly(refused, escalated);
        assertThat(find(query().caseId("0a1b2c3d"))).as("the short id the queue shows")
                .containsExactly(refused, escalated);
        assertThat(find(query().caseId(contosoCase.value()))).containsExactly(refused, escalated);
        assertThat(find(query().action("case.escalate"))).containsExactly(refused, escalated);
        assertThat(find(query().action("case"))).as("an action matches whole, not in part").isEmpty();
        assertThat(find(query().outcome(AuditOutcome.DENIED))).containsExactly(refused);
        assertThat(find(query().from(T0.plusSeconds(10)).until(T0.plusSeconds(30))))
                .as("from is included, until is not").containsExactly(noted, refused);
        assertThat(find(query().action("case.escalate").outcome(AuditOutcome.ALLOWED).tenant(Samples.CONTOSO_ID)))
                .as("filters together").containsExactly(escalated);
        assertThat(find(query().oldestFirst())).containsExactly(escalated, refused, noted, imported);
        assertThat(find(query().limit(2))).as("the newest two").containsExactly(imported, noted);
        assertThat(find(query().oldestFirst().limit(2))).containsExactly(escalated, refused);
        assertThat(find(query().actor("nobody"))).isEmpty();
    }

    @Test
    void actionsAreTheDistinctActionsOfTheTrailInAlphabeticalOrder() {
        writeVoid(() -> {
            storage.audit().append(event(T0));
            storage.audit().append(AuditEvent.anonymous("mallory@example.com", "agent.sign-in", Channel.WEB,
                    "unknown agent", T0.plusSeconds(1)));
            storage.audit().append(event(T0.plusSeconds(2)));
        });

        assertThat(read(() -> storage.audit().actions())).containsExactly("agent.sign-in", "case.view");
    }

    private List<AuditEvent> find(Q q) {
        return read(() -> storage.audit().find(q.build()));
    }

    private static Q query() {
        return new Q();
    }

    /** A query built filter by filter: newest first, up to 100, unless told. */
    private static final class Q {
        private Optional<String> actor = Optional.empty();
        private Optional<com.partnerdesk.domain.customer.TenantId> tenant = Optional.empty();
        private Optional<String> caseId = Optional.empty();
        private Optional<String> action = Optional.empty();
        private Optional<AuditOutcome> outcome = Optional.empty();
        private Optional<Instant> from = Optional.empty();
        private Optional<Instant> until = Optional.empty();
        private boolean newestFirst = true;
        private int limit = 100;

        Q actor(String v) { actor = Optional.of(v); return this; }
        Q tenant(com.partnerdesk.domain.customer.TenantId v) { tenant = Optional.of(v); return this; }
        Q caseId(String v) { caseId = Optional.of(v); return this; }
        Q action(String v) { action = Optional.of(v); return this; }
        Q outcome(AuditOutcome v) { outcome = Optional.of(v); return this; }
        Q from(Instant v) { from = Optional.of(v); return this; }
        Q until(Instant v) { until = Optional.of(v); return this; }
        Q oldestFirst() { newestFirst = false; return this; }
        Q limit(int v) { limit = v; return this; }

        AuditQuery build() {
            return new AuditQuery(actor, tenant, caseId, action, outcome, from, until, newestFirst, limit);
        }
    }

    private static AuditEvent event(Instant at) {
        return AuditEvent.of(SALES, "case.view", Optional.of(Samples.CONTOSO_ID), Optional.empty(), Channel.API,
                AuditOutcome.ALLOWED, "", at);
    }
}
