package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.Optional;

/**
 * One message of the notification outbox: the event ({@code case.vendor_note}, …), the channel ({@code MAIL} or
 * {@code WEBHOOK}) and the address a mail goes to, its title and the case it links to, and how delivery goes.
 */
public record NotificationView(long id, String event, String channel, String recipient, String title,
                               Optional<CaseId> caseId, Optional<TenantId> customerTenantId, Instant occurredAt,
                               String state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                               Optional<Instant> deliveredAt) {
}
