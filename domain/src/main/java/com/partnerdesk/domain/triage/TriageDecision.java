package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.TriageOutcome;
import java.util.Optional;

/** Triage's answer: the health check it made, the outcome with its reasons, and the cluster it found, if any. */
public record TriageDecision(HealthCheck healthCheck, TriageOutcome outcome, Optional<ClusterFormation> cluster) {
}
