package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.audit.ChainedEvent;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON lines of {@code audit export --format jsonl} (and of the retention archive) back into chained events,
 * for {@code audit verify --file}. A line that is not such an event is bad input naming the file and line.
 */
final class AuditJsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJsonLinesReader() {
    }

    static List<ChainedEvent> read(Path file) {
        List<ChainedEvent> events = new ArrayList<>();
        String source = InputFiles.name(file);
        try (BufferedReader reader = new BufferedReader(InputFiles.utf8(file))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                events.add(event(source + " line " + number, line));
            }
        } catch (IOException e) {
            throw InvalidInputException.of(source, "cannot be read as UTF-8 JSON lines: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInputException.of(source, "cannot be read as UTF-8 JSON lines: " + e.getCause().getMessage());
        }
        return events;
    }

    private static ChainedEvent event(String at, String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject()) {
                throw refused(at, "is not a JSON object");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (JsonNode role : n.path("roles")) {
                roles.add(Role.valueOf(role.asText()));
            }
            AuditEvent event = new AuditEvent(Instant.parse(text(n, "at")), text(n, "actor"), text(n, "actorKind"), roles,
                    text(n, "action"), optional(n, "customer").map(TenantId::of), optional(n, "caseId").map(CaseId::of),
                    Channel.valueOf(text(n, "channel")), AuditOutcome.valueOf(text(n, "outcome")),
                    optional(n, "detail").orElse(""));
            return new ChainedEvent(n.path("seq").asLong(0), event, text(n, "prevHash"), text(n, "hash"));
        } catch (IOException e) {
            throw refused(at, "is not valid JSON");
        } catch (InvalidValueException | IllegalArgumentException | java.time.DateTimeException e) {
            throw refused(at, "is not an audit event: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        return optional(n, field).orElseThrow(() -> new InvalidValueException(field, "is missing"));
    }

    private static Optional<String> optional(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static InvalidInputException refused(String at, String why) {
        return new InvalidInputException("not an audit export", List.of(new InputFault(at, why)));
    }
}
