package com.partnerdesk.application.port.in;

import java.time.Instant;
import java.util.Optional;

/** One change of a case's owner on its timeline: from whom, to whom (nobody when empty), by whom, when, and how. */
public record OwnerChangeView(Optional<AgentRef> from, Optional<AgentRef> to, String by, Instant at, String why) {
}
