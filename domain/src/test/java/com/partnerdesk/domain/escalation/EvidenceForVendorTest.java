package com.partnerdesk.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceForVendorTest {

    @Test
    void theVendorReadsTheDescriptionThenEachPieceOfEvidenceOnce() {
        Evidence evidence = new Evidence(Optional.of(Instant.parse("2026-03-10T13:00:00Z")), Optional.of("all 40 users"),
                Optional.of("1. Open a meeting\n2. Send a chat message"), Optional.empty(),
                Optional.of("Messages arrive in order"), Optional.of("They arrive shuffled"));
        EscalationDraft draft = new EscalationDraft(Optional.of("Chat out of order"), Optional.of("Meeting chat is shuffled"),
                Optional.empty(), Optional.empty(), Optional.empty(), evidence);

        String text = draft.descriptionForVendor().orElseThrow();

        assertThat(text).startsWith("Meeting chat is shuffled\n\nEvidence\n")
                .contains("- Started: 2026-03-10T13:00:00Z (UTC)", "- Users affected: all 40 users",
                        "- Steps to reproduce:\n  1. Open a meeting\n  2. Send a chat message",
                        "- Expected (the service description): Messages arrive in order",
                        "- Actual behaviour: They arrive shuffled")
                .doesNotContain("Affected sites");
        assertThat(text.split("Users affected", -1)).hasSize(2);
    }

    @Test
    void withoutEvidenceTheDescriptionIsTheAgentsWordsAlone() {
        EscalationDraft draft = new EscalationDraft(Optional.empty(), Optional.of("Mail down"), Optional.empty(),
                Optional.empty(), Optional.empty(), Evidence.NONE);

        assertThat(draft.descriptionForVendor()).contains("Mail down");
    }
}
