package com.partnerdesk.adapters.vendor.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.port.out.VendorGateway.VendorListing;
import com.partnerdesk.application.port.out.VendorGateway.VendorNote;
import com.partnerdesk.application.port.out.VendorGateway.VendorState;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Partner Center {@code ServiceRequest} resource as the vendor really sends it: field names in camelCase (its
 * PascalCase too), severity and status as integers ({@code 0..3}) or as strings, dates without a zone (UTC) or with
 * one, {@code 0001-01-01T00:00:00} for "no date". A value the desk does not know is kept as unknown, never a failure.
 */
public final class PartnerCenterJson {
    /** The vendor's "no date": .NET's {@code DateTime.MinValue}. */
    private static final String YEAR_ONE = "0001-01-01";

    private PartnerCenterJson() {
    }

    /** {@code GET /v1/servicerequests/{id}}: the status (empty when unknown) and the notes. */
    public static VendorState state(JsonNode request) {
        List<VendorNote> notes = new ArrayList<>();
        for (JsonNode note : field(request, "notes")) {
            String text = field(note, "text").asText("");
            if (text.isBlank()) {
                continue;
            }
            String author = field(note, "createdByName").asText("");
            notes.add(new VendorNote(author.isBlank() ? "vendor" : author, text, date(field(note, "createdDate"))));
        }
        return new VendorState(status(field(request, "status")), notes);
    }

    /** One item of {@code GET /v1/customers/{tenantId}/servicerequests}; empty when it carries no id. */
    public static Optional<VendorListing> listing(JsonNode item) {
        String id = field(item, "id").asText("").strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorListing(id, field(item, "title").asText(""), severity(field(item, "severity")),
                status(field(item, "status")), date(field(item, "createdDate"))));
    }

    /** {@code 0} unknown, {@code 1} critical, {@code 2} moderate, {@code 3} minimal, or those names; else unknown. */
    public static Severity severity(JsonNode value) {
        if (value.isIntegralNumber()) {
            return switch (value.asInt()) {
                case 1 -> Severity.CRITICAL;
                case 2 -> Severity.MODERATE;
                case 3 -> Severity.MINIMAL;
                default -> Severity.UNKNOWN;
            };
        }
        return switch (word(value)) {
            case "critical" -> Severity.CRITICAL;
            case "moderate" -> Severity.MODERATE;
            case "minimal" -> Severity.MINIMAL;
            default -> Severity.UNKNOWN;
        };
    }

    /**
     * {@code 0} none, {@code 1} open, {@code 2} closed, {@code 3} attention_needed, or those names (any case, with or
     * without the underscore); empty for anything else.
     */
    public static Optional<ServiceRequestStatus> status(JsonNode value) {
        if (value.isIntegralNumber()) {
            return switch (value.asInt()) {
                case 0 -> Optional.of(ServiceRequestStatus.NONE);
                case 1 -> Optional.of(ServiceRequestStatus.OPEN);
                case 2 -> Optional.of(ServiceRequestStatus.CLOSED);
                case 3 -> Optional.of(ServiceRequestStatus.ATTENTION_NEEDED);
                default -> Optional.empty();
            };
        }
        return switch (word(value).replace("_", "")) {
            case "none" -> Optional.of(ServiceRequestStatus.NONE);
            case "open" -> Optional.of(ServiceRequestStatus.OPEN);
            case "closed" -> Optional.of(ServiceRequestStatus.CLOSED);
            case "attentionneeded" -> Optional.of(ServiceRequestStatus.ATTENTION_NEEDED);
            default -> Optional.empty();
        };
    }

    /** A date with a zone, or without one (UTC); empty for none, the year-one "no date", or one that cannot be read. */
    public static Optional<Instant> date(JsonNode value) {
        String text = value.isTextual() ? value.asText().strip() : "";
        if (text.isEmpty() || text.startsWith(YEAR_ONE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException noZone) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** The field in the vendor's camelCase, else in PascalCase (the SDK's own serialisation). */
    static JsonNode field(JsonNode node, String camelCase) {
        JsonNode value = node.path(camelCase);
        if (value.isMissingNode() || value.isNull()) {
            value = node.path(Character.toUpperCase(camelCase.charAt(0)) + camelCase.substring(1));
        }
        return value;
    }

    private static String word(JsonNode value) {
        return value.isTextual() ? value.asText().strip().toLowerCase(Locale.ROOT) : "";
    }
}
