package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The new-case form: always in a customer's context. */
public record OpenCaseCommand(
        Caller caller,
        TenantId customer,
        String service,
        String title,
        String description,
        Instant startedAt,
        UsersAffected usersAffected,
        Impact impact,
        SymptomClassification classification,
        Optional<String> idempotencyKey) {

    public OpenCaseCommand {
        Require.present("caller", caller);
        Require.present("customer", customer);
        Require.text("service", service);
        Require.present("startedAt", startedAt);
        Require.present("usersAffected", usersAffected);
        Require.present("impact", impact);
        Require.present("classification", classification);
        idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
    }

    /** What makes two requests under one Idempotency-Key the same request. */
    public String fingerprint() {
        return String.join("\u001f", customer.value(), service.strip(), String.valueOf(title), String.valueOf(description),
                startedAt.toString(), usersAffected.name(), impact.name(), classification.name());
    }
}
