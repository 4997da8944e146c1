package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every EscalationDrafts store promises: one draft per case and agent, every field kept, until discarded. */
public abstract class AbstractEscalationDraftsContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final AgentId DANA = AgentId.random();
    private static final AgentId LEE = AgentId.random();

    private static EscalationDraft full() {
        return new EscalationDraft(Optional.of("Mail down"), Optional.of("Nobody can connect since 13:00"),
                Optional.of(Severity.CRITICAL), Optional.of(Samples.MAIL_FLOW_TOPIC), Optional.of("US"),
                new Evidence(Optional.of(T0.minusSeconds(3600)), Optional.of("all 2,400 users"),
                        Optional.of("1. Open Outlook\n2. Send a message"), Optional.of("Seattle, Reston"),
                        Optional.of("The message is delivered"), Optional.of("It stays in the outbox")));
    }

    @Test
    void aSavedDraftComesBackWithEveryField() {
        CaseId id = CaseId.random();
        writeVoid(() -> storage.drafts().save(id, DANA, full(), T0));

        assertThat(read(() -> storage.drafts().find(id, DANA))).contains(full());
    }

    @Test
    void anEmptyDraftComesBackEmpty() {
        CaseId id = CaseId.random();
        EscalationDraft empty = new EscalationDraft(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Evidence.NONE);
        writeVoid(() -> storage.drafts().save(id, DANA, empty, T0));

        assertThat(read(() -> storage.drafts().find(id, DANA))).contains(empty);
    }

    @Test
    void eachAgentHasItsOwnDraftOfACaseAndSavingAgainReplacesIt() {
        CaseId id = CaseId.random();
        EscalationDraft lees = new EscalationDraft(Optional.of("Lee's words"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Evidence.NONE);
        writeVoid(() -> storage.drafts().save(id, DANA, full(), T0));
        writeVoid(() -> storage.drafts().save(id, LEE, lees, T0));
        EscalationDraft edited = new EscalationDraft(Optional.of("Mail down everywhere"), Optional.empty(),
                Optional.of(Severity.MODERATE), Optional.empty(), Optional.of("US"), Evidence.NONE);
        writeVoid(() -> storage.drafts().save(id, DANA, edited, T0.plusSeconds(60)));

        assertThat(read(() -> storage.drafts().find(id, DANA))).contains(edited);
        assertThat(read(() -> storage.drafts().find(id, LEE))).contains(lees);
        assertThat(read(() -> storage.drafts().find(CaseId.random(), DANA))).isEmpty();
    }

    @Test
    void aDiscardedDraftIsGoneForThatAgentOnly() {
        CaseId id = CaseId.random();
        writeVoid(() -> storage.drafts().save(id, DANA, full(), T0));
        writeVoid(() -> storage.drafts().save(id, LEE, full(), T0));

        writeVoid(() -> storage.drafts().discard(id, DANA));
        writeVoid(() -> storage.drafts().discard(id, DANA));

        assertThat(read(() -> storage.drafts().find(id, DANA))).isEmpty();
        assertThat(read(() -> storage.drafts().find(id, LEE))).contains(full());
    }
}
