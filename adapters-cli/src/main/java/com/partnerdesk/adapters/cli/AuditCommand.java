package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerdesk audit export [--since ISO_INSTANT] [--format json|csv]}. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Export the audit trail.")
public final class AuditCommand {
    /** The most events one export reads. */
    static final int EXPORT_LIMIT = 10_000_000;

    private final AuditUseCase audit;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public AuditCommand(AuditUseCase audit, CliSession session) {
        this.audit = audit;
        this.session = session;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the audit trail, oldest first: who, what, when (UTC), on which customer and case, "
                    + "from where, and whether it was allowed.")
    void export(@Option(names = "--since", paramLabel = "ISO_INSTANT",
                        description = "only events at or after this instant, e.g. 2026-01-31T00:00:00Z") String since,
                @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
                        description = "json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (format == OutputFormat.TABLE) {
            throw new ParameterException(spec.commandLine(), "--format: audit export writes json or csv, not table");
        }
        List<AuditEvent> events = audit.since(session.caller(), Instants.since(spec, since), EXPORT_LIMIT);
        Listing.<AuditEvent>of(AuditCommand::json)
                .column("at", AuditEvent::at)
                .column("actor", AuditEvent::actor)
                .column("actorKind", AuditEvent::actorKind)
                .column("roles", e -> e.roles().stream().sorted().map(Role::name).collect(Collectors.joining(";")))
                .column("action", AuditEvent::action)
                .column("customer", e -> e.customer().map(TenantId::value).orElse(""))
                .column("caseId", e -> e.caseId().map(CaseId::value).orElse(""))
                .column("channel", e -> e.channel().name())
                .column("outcome", e -> e.outcome().name())
                .column("detail", AuditEvent::detail)
                .print(format, events, Out.of(spec));
    }

    private static ObjectNode json(AuditEvent e) {
        ObjectNode json = Listing.object();
        json.put("at", e.at().toString());
        json.put("actor", e.actor());
        json.put("actorKind", e.actorKind());
        ArrayNode roles = json.putArray("roles");
        e.roles().stream().sorted().forEach(r -> roles.add(r.name()));
        json.put("action", e.action());
        json.put("customer", e.customer().map(TenantId::value).orElse(null));
        json.put("caseId", e.caseId().map(CaseId::value).orElse(null));
        json.put("channel", e.channel().name());
        json.put("outcome", e.outcome().name());
        json.put("detail", e.detail());
        return json;
    }
}
