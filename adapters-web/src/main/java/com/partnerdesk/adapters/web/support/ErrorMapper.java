package com.partnerdesk.adapters.web.support;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.domain.agent.AgentRuleException;
import com.partnerdesk.domain.cases.CaseRuleException;
import com.partnerdesk.domain.cases.IllegalTransitionException;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.escalation.EscalationReadinessException;
import com.partnerdesk.domain.servicerequest.IllegalServiceRequestTransitionException;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where the web adapter turns an exception into a status and a problem. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String TYPE = "urn:partnerdesk:problem:";

    public Problem map(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return problem("invalid-input", "Invalid input", 400, "The request has invalid fields",
                    invalid.faults().stream().map(f -> Problem.Fault.field(f.location(), f.message())).toList());
        }
        if (e instanceof InvalidValueException invalid) {
            String message = stripField(invalid.getMessage(), invalid.field());
            return problem("invalid-input", "Invalid input", 400, invalid.getMessage(),
                    List.of(Problem.Fault.field(invalid.field(), message)));
        }
        if (e instanceof EscalationReadinessException refused) {
            return problem("escalation-not-ready", "Not ready to escalate", 422,
                    "The case is not ready to escalate: every failed check is listed",
                    refused.report().failures().stream()
                            .map(f -> Problem.Fault.check(f.check().code(), f.message())).toList());
        }
        if (e instanceof AccessDeniedException denied) {
            return problem("forbidden", "Forbidden", 403, denied.getMessage(), List.of());
        }
        if (e instanceof NotAuthenticatedException) {
            return problem("not-authenticated", "Not authenticated", 401, e.getMessage(), List.of());
        }
        if (e instanceof NotFoundException) {
            return problem("not-found", "Not found", 404, e.getMessage(), List.of());
        }
        if (e instanceof StaleVersionException) {
            return problem("stale-version", "Precondition failed", 412, e.getMessage(),
                    List.of(Problem.Fault.field("If-Match", e.getMessage())));
        }
        if (e instanceof IdempotencyConflictException) {
            return problem("idempotency-conflict", "Idempotency-Key reused", 422, e.getMessage(),
                    List.of(Problem.Fault.field("Idempotency-Key", e.getMessage())));
        }
        if (e instanceof CaseRuleException || e instanceof IllegalTransitionException || e instanceof AgentRuleException
                || e instanceof IllegalServiceRequestTransitionException || e instanceof ConflictException) {
            return problem("conflict", "Conflict", 409, e.getMessage(), List.of());
        }
        if (e instanceof WebProblemException web) {
            return problem(slug(web.title()), web.title(), web.status(), web.getMessage(),
                    web.field() == null ? List.of() : List.of(Problem.Fault.field(web.field(), web.getMessage())));
        }
        if (e instanceof StorageException storage && storage.kind() == StorageException.Kind.DISK_FULL) {
            LOG.error("The disk is full: {}", storage.getMessage());
            return problem("insufficient-storage", "Insufficient storage", 507, "The desk's disk is full: nothing was "
                    + "written. An operator must free space on the server; then send the request again.", List.of());
        }
        if (e instanceof StorageException storage && storage.kind() == StorageException.Kind.BUSY) {
            LOG.warn("The database is busy: {}", storage.getMessage());
            return problem("service-unavailable", "Service unavailable", 503,
                    "The desk's database is busy: nothing was written; send the request again in a moment.", List.of());
        }
        if (e instanceof HttpResponseException http && http.getStatus() < 500) {
            String title = http.getMessage() == null || http.getMessage().isBlank() ? "Error"
                    : withoutClassNames(http.getMessage());
            return problem(slug(title), title, http.getStatus(), title, List.of());
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected error, correlation id {}", correlationId, e);
        return new Problem(TYPE + "internal-error", "Internal server error", 500,
                "Something went wrong on our side; quote correlation id " + correlationId, List.of(), correlationId);
    }

    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "`?\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:\\.[a-z][A-Za-z0-9_]*\\(\\))`?"
                    + "|`?\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*`?");

    /**
     * A library's message with the classes and methods it names taken out ({@code `StreamReadConstraints.getMaxNestingDepth()`},
     * {@code com.fasterxml.jackson...}): a client is told what was wrong with its request, not how the desk is built.
     */
    public static String withoutClassNames(String message) {
        if (message == null) {
            return null;
        }
        return CLASS_NAME.matcher(message).replaceAll("").replaceAll(",\\s*from\\s*\\)", ")")
                .replaceAll("\\(\\s*(from)?\\s*\\)", "").replaceAll(" {2,}", " ").strip();
    }

    private static Problem problem(String slug, String title, int status, String detail, List<Problem.Fault> errors) {
        return new Problem(TYPE + slug, title, status, detail, errors, null);
    }

    private static String stripField(String message, String field) {
        String prefix = field + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
