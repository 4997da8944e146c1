package com.partnerdesk.archfixtures.violating.application.service;

import java.sql.Timestamp;
import java.time.Instant;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a JDBC time type outside the persistence adapter. */
public final class ServiceUsingSqlTimestamp {

    public Timestamp dueAt(Instant openedAt) {
        return Timestamp.from(openedAt.plusSeconds(3600));
    }
}
