package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.HealthImportReport;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssuePost;
import java.io.IOException;
import java.io.InputStream;
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

/** {@code partnerdesk health import FILE.json [--cloud C] | health list [--active]}. */
@Command(name = "health", mixinStandardHelpOptions = true, description = "Import and list service-health issues.")
public final class HealthCommand {
    private final HealthIssuesUseCase health;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public HealthCommand(HealthIssuesUseCase health, CliSession session) {
        this.health = health;
        this.session = session;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import Microsoft Graph serviceHealthIssue JSON: a {\"value\":[...]} page or a bare array.",
                    "Every issue is checked first; any fault refuses the whole file and nothing is written.",
                    "Issues that end send the cases waiting on them back to the queue for recheck."})
    void importFile(@Parameters(paramLabel = "FILE.json") Path file,
                    @Option(names = "--cloud", paramLabel = "C",
                            description = "the cloud the issues are for: ${COMPLETION-CANDIDATES} (default: all clouds)")
                    Cloud cloud) {
        String source = InputFiles.name(file);
        List<HealthIssue> issues;
        try (InputStream in = InputFiles.open(file)) {
            issues = new GraphHealthJson(cloud == null ? Set.of() : Set.of(cloud)).read(source, in);
        } catch (IOException e) {
            throw com.partnerdesk.application.error.InvalidInputException.of(source, "cannot be read: " + e.getMessage());
        }
        HealthImportReport report;
        try (ProgressBar progress = new ProgressBar(Out.err(spec), "importing", issues.size(), session.terminal())) {
            report = health.importIssues(session.caller(), issues, progress);
        }
        Out.of(spec).println("added " + report.added() + ", updated " + report.updated() + ", unchanged "
                + report.unchanged() + "; cases sent to recheck " + report.casesSentToRecheck());
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
        List<HealthIssue> issues = health.list(session.caller(), active, Optional.ofNullable(service), limit);
        Listing.<HealthIssue>of(HealthCommand::json)
                .column("ID", i -> i.id().value())
                .column("CLASSIFICATION", i -> i.classification().name())
                .column("STATUS", i -> i.status().graphName())
                .column("ACTIVE", i -> i.isActive() ? "yes" : "no")
                .column("SERVICE", HealthIssue::service)
                .column("STARTED", HealthIssue::startedAt)
                .column("ENDED", i -> i.endedAt().map(Instant::toString).orElse(""))
                .column("CLOUDS", i -> i.clouds().isEmpty() ? "all" : clouds(i.clouds()))
                .column("REGIONS", i -> i.regions().isEmpty() ? "all" : regions(i.regions()))
                .column("TITLE", HealthIssue::title)
                .print(format, issues, Out.of(spec));
    }

    private static String clouds(Set<Cloud> clouds) {
        return clouds.stream().sorted().map(Cloud::name).collect(Collectors.joining(";"));
    }

    private static String regions(Set<Region> regions) {
        return regions.stream().map(Region::value).sorted().collect(Collectors.joining(";"));
    }

    /** Graph's field names, so that an exported issue reads like the feed it came from. */
    private static ObjectNode json(HealthIssue i) {
        ObjectNode json = Listing.object();
        json.put("id", i.id().value());
        json.put("title", i.title());
        json.put("service", i.service());
        json.put("feature", i.feature());
        json.put("classification", i.classification().name().toLowerCase(java.util.Locale.ROOT));
        json.put("status", i.status().graphName());
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
        return json;
    }
}
