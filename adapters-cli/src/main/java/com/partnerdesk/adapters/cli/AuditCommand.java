package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.domain.audit.AuditJsonLines;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/**
 * {@code partnerdesk audit export [--since ISO_INSTANT] [--format json|csv|jsonl]}, {@code audit verify [--file F]},
 * {@code audit prune}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Export, verify and keep the audit trail (a hash chain).")
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
                        description = "json, csv or jsonl (one event a line with its sequence number and hashes, "
                                + "for a SIEM; default: ${DEFAULT-VALUE})") ExportFormat format) {
        if (format == ExportFormat.TABLE) {
            throw new ParameterException(spec.commandLine(), "--format: audit export writes json, csv or jsonl, not table");
        }
        if (format == ExportFormat.JSONL) {
            PrintWriter out = Out.of(spec);
            audit.chainedSince(session.caller(), Instants.since(spec, since), EXPORT_LIMIT)
                    .forEach(e -> out.print(AuditJsonLines.line(e) + "\n"));
            out.flush();
            return;
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
                .print(format == ExportFormat.CSV ? OutputFormat.CSV : OutputFormat.JSON, events, Out.of(spec));
    }

    /** What audit export writes. */
    enum ExportFormat {
        JSON, CSV, JSONL, TABLE
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the audit trail's hash chain from its first kept event (or an exported JSON lines file) "
                    + "and name the first event that does not match.", "Exit 0 when every event matches, 1 otherwise."})
    int verify(@Option(names = "--file", paramLabel = "FILE.jsonl",
                       description = "verify this export (audit export --format jsonl, or a retention archive) "
                               + "instead of the database") Path file) {
        PrintWriter out = Out.of(spec);
        AuditUseCase.ChainReport report = file == null ? audit.verify(session.caller())
                : audit.verify(session.caller(), AuditJsonLinesReader.read(file));
        String what = file == null ? "the audit trail" : file.toString();
        if (report.mismatch().isPresent()) {
            Out.err(spec).println("partnerdesk: " + what + " was altered: " + report.mismatch().get().describe()
                    + " (" + report.checked() + " events before it match)");
            return ExitCodes.FAILURE;
        }
        out.println(report.checked() == 0 ? what + ": no events to verify"
                : what + ": " + report.checked() + " events verified (" + report.firstSeq() + " to " + report.lastSeq()
                + "), the first following " + report.anchor());
        return 0;
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = {"Apply the retention now: events older than PARTNERDESK_AUDIT_RETENTION_DAYS (default 365) "
                    + "are written to a JSON lines file in PARTNERDESK_AUDIT_ARCHIVE_DIR, then removed; the chain stays "
                    + "verifiable from the first kept event. 'serve' does this once a day."})
    void prune() {
        AuditUseCase.RetentionReport report = audit.applyRetention(session.caller());
        Out.of(spec).println(report.archive().map(where -> "archived and pruned " + report.pruned()
                + " events older than " + report.cutoff() + " to " + where)
                .orElse("nothing older than " + report.cutoff() + " to prune"));
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
