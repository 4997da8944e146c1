package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.BoardEntry;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.HealthImportReport;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase.HealthSyncStatusView;
import com.partnerdesk.application.port.in.ImportHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.application.port.in.SyncHealthUseCase.CustomerSync;
import com.partnerdesk.application.port.in.SyncHealthUseCase.SyncHealthReport;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssuePost;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk health import FILE.json [--customer TENANT] [--cloud C] | health sync [--customer TENANT] |
 * health status | health list [--active]}.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Import, read from the vendor and list service-health issues.")
public final class HealthCommand {
    private final HealthIssuesUseCase health;
    private final SyncHealthUseCase sync;
    private final HealthSyncStatusUseCase syncStatus;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public HealthCommand(HealthIssuesUseCase health, SyncHealthUseCase sync, HealthSyncStatusUseCase syncStatus,
                         CliSession session) {
        this.health = health;
        this.sync = sync;
        this.syncStatus = syncStatus;
        this.session = session;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import Microsoft Graph service-health JSON in any shape the API returns: a {\"value\":[...]}"
                    + " page of issues, a bare array, one issue, or a healthOverviews page with its issues expanded.",
                    "Every issue is checked first; any fault refuses the whole file and nothing is written.",
                    "Issues that end send the cases waiting on them back to the queue for recheck."})
    void importFile(@Parameters(paramLabel = "FILE.json") Path file,
                    @Option(names = "--customer", paramLabel = "TENANT",
                            description = "the customer whose feed the file is (default: every customer of the clouds)")
                    String customer,
                    @Option(names = "--cloud", paramLabel = "C",
                            description = "the cloud the issues are for: ${COMPLETION-CANDIDATES} (default: all clouds)")
                    Cloud cloud) {
        Optional<TenantId> tenant = Optional.ofNullable(customer).map(TenantId::of);
        String source = InputFiles.name(file);
        List<HealthIssue> issues;
        try (InputStream in = InputFiles.open(file)) {
            issues = health.read(session.caller(), source, in, Optional.ofNullable(cloud));
        } catch (IOException e) {
            throw com.partnerdesk.application.error.InvalidInputException.of(source, "cannot be read: " + e.getMessage());
        }
        HealthImportReport report;
        try (ProgressBar progress = new ProgressBar(Out.err(spec), "importing", issues.size(), session.terminal())) {
            report = health.importIssues(session.caller(), new ImportHealthCommand(issues, tenant), progress);
        }
        Out.of(spec).println("added " + report.added() + ", updated " + report.updated() + ", unchanged "
                + report.unchanged() + "; cases sent to recheck " + report.casesSentToRecheck());
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = {"Read each customer's service health from the vendor now: its tenant's Microsoft Graph feed"
                    + " on its cloud's hosts and the resource-health events of its Azure subscriptions.",
                    "Needs PARTNERDESK_GRAPH_CLIENT_ID and PARTNERDESK_GRAPH_CLIENT_SECRET in the environment.",
                    "Exit code 1 when any customer's feed could not be read (health status says why)."})
    int sync(@Option(names = "--customer", paramLabel = "TENANT", description = "only this customer") String customer) {
        Optional<TenantId> tenant = Optional.ofNullable(customer).map(TenantId::of);
        SyncHealthReport report = sync.sync(session.caller(), new SyncHealthCommand(tenant));
        PrintWriter out = Out.of(spec);
        for (CustomerSync c : report.customers()) {
            out.println(c.name() + " (" + c.customer() + "): " + c.failure().map(f -> "failed: " + f)
                    .orElse(c.issues() + " issues read, added " + c.added() + ", updated " + c.updated()
                            + "; cases sent to recheck " + c.casesSentToRecheck()));
        }
        out.println((report.customers().size() - report.failed()) + " of " + report.customers().size()
                + " customers read");
        return report.failed() > 0 ? 1 : 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each customer's last health sync: when, how many issues it brought, the last failure in words.")
    void status(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Listing.<HealthSyncStatusView>of(HealthCommand::json)
                .column("CUSTOMER", HealthSyncStatusView::name)
                .column("TENANT", s -> s.customer().value())
                .column("LAST SYNC", s -> s.attemptedAt().map(Instant::toString).orElse("never"))
                .column("LAST SUCCESS", s -> s.succeededAt().map(Instant::toString).orElse("never"))
                .column("ISSUES", HealthSyncStatusView::issuesBrought)
                .column("LAST FAILURE", s -> s.failure().orElse(""))
                .column("NEXT TRY", s -> s.nextTryAt().map(Instant::toString).orElse(""))
                .print(format, syncStatus.statuses(session.caller()), Out.of(spec));
    }

    private static ObjectNode json(HealthSyncStatusView s) {
        ObjectNode json = Listing.object();
        json.put("tenantId", s.customer().value());
        json.put("name", s.name());
        json.put("attemptedAt", s.attemptedAt().map(Instant::toString).orElse(null));
        json.put("succeededAt", s.succeededAt().map(Instant::toString).orElse(null));
        json.put("issuesBrought", s.issuesBrought());
        json.put("failure", s.failure().orElse(null));
        json.put("nextTryAt", s.nextTryAt().map(Instant::toString).orElse(null));
        return json;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List service-health issues, newest first.")
    void list(@Option(names = "--active", description = "only issues that are not resolved") boolean active,
              @Option(names = "--service", paramLabel = "S", description = "only issues about this service") String service,
              @Option(names = "--limit", defaultValue = "1000", paramLabel = "N",
                      description = "at most N issues (default: ${DEFAULT-VALUE})") int limit,
              @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit: must be at least 1");
        }
        List<BoardEntry> issues = health.board(session.caller(), active, Optional.ofNullable(service), limit);
        Listing.<BoardEntry>of(e -> json(e.issue(), e.affects()))
                .column("ID", e -> e.issue().id().value())
                .column("CLASSIFICATION", e -> e.issue().classification().name())
                .column("STATUS", e -> e.issue().statusName())
                .column("ACTIVE", e -> e.issue().isActive() ? "yes" : "no")
                .column("SERVICE", e -> e.issue().service())
                .column("STARTED", e -> e.issue().startedAt())
                .column("ENDED", e -> e.issue().endedAt().map(Instant::toString).orElse(""))
                .column("CLOUDS", e -> e.issue().clouds().isEmpty() ? "all" : clouds(e.issue().clouds()))
                .column("REGIONS", e -> e.issue().regions().isEmpty() ? "all" : regions(e.issue().regions()))
                .column("AFFECTS", e -> String.join("; ", e.affects()))
                .column("TITLE", e -> e.issue().title())
                .print(format, issues, Out.of(spec));
    }

    private static String clouds(Set<Cloud> clouds) {
        return clouds.stream().sorted().map(Cloud::name).collect(Collectors.joining(";"));
    }

    private static String regions(Set<Region> regions) {
        return regions.stream().map(Region::value).sorted().collect(Collectors.joining(";"));
    }

    /** Graph's field names, so that an exported issue reads like the feed it came from. */
    private static ObjectNode json(HealthIssue i, List<String> affects) {
        ObjectNode json = Listing.object();
        json.put("id", i.id().value());
        json.put("title", i.title());
        json.put("service", i.service());
        json.put("feature", i.feature());
        json.put("classification", i.classification().name().toLowerCase(java.util.Locale.ROOT));
        json.put("status", i.statusName());
        json.put("isResolved", i.resolvedFlag());
        json.put("active", i.isActive());
        json.put("startDateTime", i.startedAt().toString());
        json.put("endDateTime", i.endedAt().map(Instant::toString).orElse(null));
        json.put("lastModifiedDateTime", i.lastModifiedAt().toString());
        json.put("impactDescription", i.impactDescription());
        i.clouds().stream().sorted().forEach(c -> json.withArray("clouds").add(c.name()));
        json.withArray("clouds");
        i.regions().stream().map(Region::value).sorted().forEach(r -> json.withArray("regions").add(r));
        json.withArray("regions");
        for (HealthIssuePost post : i.posts()) {
            ObjectNode p = json.withArray("posts").addObject();
            p.put("createdDateTime", post.createdAt().toString());
            p.put("postType", post.postType());
            p.put("description", post.description());
        }
        json.withArray("posts");
        affects.forEach(a -> json.withArray("affects").add(a));
        json.withArray("affects");
        return json;
    }
}
