package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Microsoft Graph {@code serviceHealthStatus}: the status of a service-health issue. */
public enum HealthStatus {
    SERVICE_OPERATIONAL("serviceOperational"),
    INVESTIGATING("investigating"),
    RESTORING_SERVICE("restoringService"),
    VERIFYING_SERVICE("verifyingService"),
    SERVICE_RESTORED("serviceRestored"),
    POST_INCIDENT_REVIEW_PUBLISHED("postIncidentReviewPublished"),
    SERVICE_DEGRADATION("serviceDegradation"),
    SERVICE_INTERRUPTION("serviceInterruption"),
    EXTENDED_RECOVERY("extendedRecovery"),
    FALSE_POSITIVE("falsePositive"),
    INVESTIGATION_SUSPENDED("investigationSuspended"),
    RESOLVED("resolved"),
    MITIGATED_EXTERNAL("mitigatedExternal"),
    MITIGATED("mitigated"),
    RESOLVED_EXTERNAL("resolvedExternal"),
    CONFIRMED("confirmed"),
    REPORTED("reported"),
    /** Graph's evolvable-enum sentinel, and what any status this build does not know is read as (its text is kept). */
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    /** The statuses that say an issue is over (SPEC §4 rule 1, plus Graph's own resolved values). */
    public static final Set<HealthStatus> ENDED = EnumSet.of(SERVICE_RESTORED, POST_INCIDENT_REVIEW_PUBLISHED,
            FALSE_POSITIVE, RESOLVED, RESOLVED_EXTERNAL);

    private final String graphName;

    HealthStatus(String graphName) {
        this.graphName = graphName;
    }

    /** The name Graph's JSON uses (camelCase). */
    public String graphName() {
        return graphName;
    }

    public boolean ended() {
        return ENDED.contains(this);
    }

    /** Accepts the camelCase of the API and the PascalCase of its sample responses; rejects others by name. */
    public static HealthStatus parse(String value) {
        String text = Require.text("status", value);
        for (HealthStatus status : values()) {
            if (status.graphName.equalsIgnoreCase(text)) {
                return status;
            }
        }
        throw new InvalidValueException("status", "'" + value + "' is not a Graph service health status (one of "
                + Arrays.stream(values()).map(HealthStatus::graphName).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * What a feed says, never refused for its value: a known status in either spelling, else
     * {@link #UNKNOWN_FUTURE_VALUE} (the issue keeps the text; it is active while {@code isResolved} is false).
     */
    public static HealthStatus fromFeed(String value) {
        String text = Require.text("status", value);
        for (HealthStatus status : values()) {
            if (status.graphName.equalsIgnoreCase(text)) {
                return status;
            }
        }
        return UNKNOWN_FUTURE_VALUE;
    }

    @Override
    public String toString() {
        return graphName;
    }
}
