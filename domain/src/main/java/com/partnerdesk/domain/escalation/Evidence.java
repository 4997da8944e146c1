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

    /**
     * The evidence as the vendor reads it under the description: each piece given, once, under its name; empty when
     * none was given.
     */
    public String forVendor() {
        StringBuilder out = new StringBuilder();
        startedAt.ifPresent(at -> line(out, "Started", at.toString() + " (UTC)"));
        affectedUsers.ifPresent(v -> line(out, "Users affected", v));
        reproductionSteps.ifPresent(v -> line(out, "Steps to reproduce", v));
        affectedSites.ifPresent(v -> line(out, "Affected sites or locations", v));
        expectedBehaviour.ifPresent(v -> line(out, "Expected (the service description)", v));
        actualBehaviour.ifPresent(v -> line(out, "Actual behaviour", v));
        return out.isEmpty() ? "" : "Evidence\n" + out;
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append("- ").append(name).append(value.contains("\n") ? ":\n" + value.indent(2).stripTrailing() : ": " + value)
                .append('\n');
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
