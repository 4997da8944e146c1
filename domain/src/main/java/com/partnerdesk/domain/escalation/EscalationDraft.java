package com.partnerdesk.domain.escalation;

import com.partnerdesk.domain.servicerequest.Severity;
import java.util.Optional;

/**
 * The escalation form as the agent filled it in, taken as it is: the readiness checklist, not the
 * constructor, says what is missing, so that every fault is named at once.
 */
public record EscalationDraft(
        Optional<String> title,
        Optional<String> description,
        Optional<Severity> severity,
        Optional<String> supportTopicId,
        Optional<String> countryCode,
        Evidence evidence) {

    public EscalationDraft {
        title = trimmed(title);
        description = trimmed(description);
        severity = severity == null ? Optional.empty() : severity;
        supportTopicId = trimmed(supportTopicId);
        countryCode = trimmed(countryCode);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** The description the vendor reads: the agent's words, then the evidence given, each piece once. */
    public Optional<String> descriptionForVendor() {
        String evidenceText = evidence.forVendor();
        return description.map(d -> evidenceText.isEmpty() ? d : d + "\n\n" + evidenceText.stripTrailing());
    }

    private static Optional<String> trimmed(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
