package com.partnerdesk.domain.escalation;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.util.Optional;

/** The evidence an escalation category asks for; each field is optional until a category needs it. */
public record Evidence(
        Optional<Instant> startedAt,
        Optional<String> affectedUsers,
        Optional<String> reproductionSteps,
        Optional<String> affectedSites,
        Optional<String> expectedBehaviour,
        Optional<String> actualBehaviour) {

    public static final Evidence NONE = new Evidence(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public Evidence {
        startedAt = startedAt == null ? Optional.empty()
                : startedAt.map(at -> Require.instant("evidence.startedAt", at));
        affectedUsers = blankToEmpty(affectedUsers);
        reproductionSteps = blankToEmpty(reproductionSteps);
        affectedSites = blankToEmpty(affectedSites);
        expectedBehaviour = blankToEmpty(expectedBehaviour);
        actualBehaviour = blankToEmpty(actualBehaviour);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
