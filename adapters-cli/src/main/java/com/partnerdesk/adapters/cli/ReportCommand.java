package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.CategoryFigures;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.EscalationMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerdesk report escalations [--since ISO_INSTANT] [--format table|json]}. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports on how the desk works.")
public final class ReportCommand {
    private final EscalationMetricsUseCase metrics;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public ReportCommand(EscalationMetricsUseCase metrics, CliSession session) {
        this.metrics = metrics;
        this.session = session;
    }

    @Command(name = "escalations", mixinStandardHelpOptions = true,
            description = "Escalation rate per category, deflection by known incidents, vendor turnaround and breaches.")
    void escalations(@Option(names = "--since", paramLabel = "ISO_INSTANT",
                             description = "count from this instant (default: the service's own default period)") String since,
                     @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                             description = "table or json (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--format: the escalation report is table or json, not csv");
        }
        EscalationMetrics m = metrics.report(session.caller(), Instants.since(spec, since));
        PrintWriter out = Out.of(spec);
        if (format == OutputFormat.JSON) {
            Listing.printJson(out, json(m));
        } else {
            table(m, out);
        }
        out.flush();
    }

    private static void table(EscalationMetrics m, PrintWriter out) {
        List<String[]> lines = List.of(
                new String[] {"since", m.since().toString()},
                new String[] {"cases opened", String.valueOf(m.casesOpened())},
                new String[] {"cases escalated", String.valueOf(m.casesEscalated())},
                new String[] {"escalation rate", percent(m.escalationRate())},
                new String[] {"deflected by known incident", String.valueOf(m.deflectedByKnownIncident())},
                new String[] {"partner-resolvable", String.valueOf(m.partnerResolvable())},
                new String[] {"service requests", String.valueOf(m.serviceRequests())},
                new String[] {"answered by vendor", String.valueOf(m.answeredByVendor())},
                new String[] {"median vendor response", m.medianVendorResponse().map(ReportCommand::duration).orElse("-")},
                new String[] {"response target breaches", String.valueOf(m.responseTargetBreaches())},
                new String[] {"open requests past target", String.valueOf(m.openServiceRequestsPastTarget())},
                new String[] {"customer clock breaches", String.valueOf(m.customerClockBreaches())});
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.println(line[0] + " ".repeat(width - line[0].length() + 2) + line[1]);
        }
        out.println();
        Listing.<Map.Entry<String, CategoryFigures>>of(e -> Listing.object())
                .column("CATEGORY", Map.Entry::getKey)
                .column("TRIAGED", e -> e.getValue().triaged())
                .column("ESCALATED", e -> e.getValue().escalated())
                .column("RATE", e -> percent(e.getValue().escalationRate()))
                .print(OutputFormat.TABLE, m.byCategory().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                        out);
    }

    private static ObjectNode json(EscalationMetrics m) {
        ObjectNode json = Listing.object();
        json.put("since", m.since().toString());
        json.put("casesOpened", m.casesOpened());
        json.put("casesEscalated", m.casesEscalated());
        json.put("escalationRate", m.escalationRate());
        ObjectNode categories = json.putObject("byCategory");
        m.byCategory().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode c = categories.putObject(e.getKey());
            c.put("triaged", e.getValue().triaged());
            c.put("escalated", e.getValue().escalated());
            c.put("escalationRate", e.getValue().escalationRate());
        });
        json.put("deflectedByKnownIncident", m.deflectedByKnownIncident());
        json.put("partnerResolvable", m.partnerResolvable());
        json.put("serviceRequests", m.serviceRequests());
        json.put("answeredByVendor", m.answeredByVendor());
        json.put("medianVendorResponse", m.medianVendorResponse().map(Duration::toString).orElse(null));
        json.put("medianVendorResponseMinutes", m.medianVendorResponse().map(Duration::toMinutes).orElse(null));
        json.put("responseTargetBreaches", m.responseTargetBreaches());
        json.put("customerClockBreaches", m.customerClockBreaches());
        json.put("openServiceRequestsPastTarget", m.openServiceRequestsPastTarget());
        return json;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String duration(Duration d) {
        return d.toHours() + "h " + d.toMinutesPart() + "m";
    }
}
