package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk requests list [--status S] [--format ...]} and {@code requests show --id REQUEST}; {@code submit},
 * {@code sync} and {@code record} (the outbox and the vendor's number) are bootstrap's.
 */
@Command(name = "requests", mixinStandardHelpOptions = true, description = "List, show and export vendor service requests.")
public final class RequestsCommand {
    static final int PAGE = 500;

    private final ServiceRequestsUseCase requests;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public RequestsCommand(ServiceRequestsUseCase requests, CliSession session) {
        this.requests = requests;
        this.session = session;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every service request.")
    void list(@Option(names = "--status", paramLabel = "S",
                      description = "none, open, attention_needed or closed") String status,
              @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Optional<ServiceRequestStatus> wanted = Optional.ofNullable(status).map(ServiceRequestStatus::parse);
        List<ServiceRequestView> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ServiceRequestView> page = requests.list(session.caller(), wanted, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Listing.<ServiceRequestView>of(RequestsCommand::json)
                .column("id", r -> r.id().value())
                .column("tenantId", ServiceRequestView::tenantId)
                .column("severity", r -> r.severity().vendorName())
                .column("status", r -> r.status().vendorName())
                .column("productName", ServiceRequestView::productName)
                .column("supportTopicName", ServiceRequestView::supportTopicName)
                .column("vendorRequestNumber", r -> r.vendorRequestNumber().orElse(""))
                .column("delivery", r -> r.deliveryState().orElse(""))
                .column("responseDue", r -> r.responseTargetBreached() ? "BREACHED"
                        : r.responseDueAt().map(Instant::toString).orElse(""))
                .column("createdDate", ServiceRequestView::createdDate)
                .column("caseIds", r -> r.caseIds().stream().map(CaseId::value).collect(Collectors.joining(";")))
                .column("title", ServiceRequestView::title)
                .print(format, all, Out.of(spec));
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one service request; on the portal path, the prefilled request and the link to file it"
                    + " in the partner dashboard, in the customer's context.")
    void show(@Option(names = "--id", required = true, paramLabel = "REQUEST",
                      description = "the service request's id, as requests list shows it") String id,
              @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table or json (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--format: requests show writes table or json, not csv");
        }
        ServiceRequestId requestId;
        try {
            requestId = ServiceRequestId.of(id);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "--id: '" + id + "' is not a service request id (a GUID,"
                    + " as requests list shows it)");
        }
        ServiceRequestView r = requests.get(session.caller(), requestId);
        PrintWriter out = Out.of(spec);
        if (format == OutputFormat.JSON) {
            Listing.printJson(out, json(r));
        } else {
            printPrefilled(r, out);
        }
        out.flush();
    }

    private static void printPrefilled(ServiceRequestView r, PrintWriter out) {
        out.println("Service request " + r.id().value() + ": " + r.status().vendorName()
                + r.vendorRequestNumber().map(n -> ", the vendor's number " + n).orElse("")
                + (r.awaitingVendorNumber() ? ", awaiting the vendor's number" : ""));
        out.println("Cases: " + r.caseIds().stream().map(CaseId::value).collect(Collectors.joining(", ")));
        if (r.awaitingVendorNumber()) {
            r.filingLink().ifPresentOrElse(
                    link -> out.println("File it in the partner dashboard, in the customer's context: " + link),
                    () -> out.println("Its delivery through the vendor's API was parked after " + r.deliveryAttempts()
                            + " attempts" + r.deliveryError().map(e -> " (" + e + ")").orElse("")
                            + ": file it by hand in the vendor's portal, starting from the customer in the partner dashboard."));
            r.filingPortalName().ifPresent(name -> out.println("The dashboard sends you on to " + name + ": "
                    + r.filingPortalLink().orElse("")));
            for (int i = 0; i < r.filingSteps().size(); i++) {
                out.println("  " + (i + 1) + ". " + r.filingSteps().get(i));
            }
        } else {
            r.filingLink().ifPresent(link -> out.println("Partner dashboard: " + link));
        }
        out.println("The prefilled request:");
        field(out, "product", r.productName());
        field(out, "support topic", r.supportTopicName() + " (" + r.supportTopicId() + ")");
        field(out, "severity", r.severity().vendorName());
        field(out, "title", r.title());
        field(out, "description", r.description());
        field(out, "country", r.countryCode());
        field(out, "partner contact", r.primaryContact().name() + " <" + r.primaryContact().email().value() + ">, "
                + r.primaryContact().phone());
        field(out, "organization", r.organization());
        field(out, "customer tenant", r.tenantId());
        if (!r.unlinkedVendorRequests().isEmpty()) {
            out.println("Filed already? The vendor holds these for the customer under numbers no request here carries:");
            for (var u : r.unlinkedVendorRequests()) {
                out.println("  " + u.vendorRequestNumber() + "  " + u.severity().vendorName() + ", "
                        + u.status().map(s -> s.vendorName()).orElse("unknown") + ", "
                        + u.createdDate().map(Object::toString).orElse("no date") + "  " + u.title());
            }
            out.println("Link the one that is this request: partnerdesk requests record --id " + r.id().value()
                    + " --vendor-number <its number>");
        }
        if (r.awaitingVendorNumber()) {
            out.println("Then: partnerdesk requests record --id " + r.id().value() + " --vendor-number <the vendor's number>");
        }
    }

    private static void field(PrintWriter out, String label, String value) {
        String indent = " ".repeat(20);
        out.printf("  %-17s %s%n", label, value.strip().replaceAll("\\R", System.lineSeparator() + indent));
    }

    /** The vendor's field names (SPEC §8) and the case ids. */
    static ObjectNode json(ServiceRequestView r) {
        ObjectNode json = Listing.object();
        json.put("id", r.id().value());
        json.put("tenantId", r.tenantId());
        json.put("title", r.title());
        json.put("description", r.description());
        json.put("severity", r.severity().vendorName());
        json.put("status", r.status().vendorName());
        json.put("supportTopicId", r.supportTopicId());
        json.put("supportTopicName", r.supportTopicName());
        json.put("productName", r.productName());
        json.put("countryCode", r.countryCode());
        ObjectNode contact = json.putObject("primaryContact");
        contact.put("name", r.primaryContact().name());
        contact.put("email", r.primaryContact().email().value());
        contact.put("phone", r.primaryContact().phone());
        json.put("organization", r.organization());
        ArrayNode notes = json.putArray("notes");
        for (ServiceRequestNote note : r.notes()) {
            ObjectNode n = notes.addObject();
            n.put("author", note.author());
            n.put("text", note.text());
            n.put("createdDate", note.createdAt().toString());
            n.put("fromVendor", note.fromVendor());
        }
        json.put("createdDate", r.createdDate().toString());
        json.put("lastModifiedDate", r.lastModifiedDate().toString());
        json.put("lastClosedDate", r.lastClosedDate().map(Instant::toString).orElse(null));
        ArrayNode caseIds = json.putArray("caseIds");
        r.caseIds().forEach(id -> caseIds.add(id.value()));
        json.put("clusterId", r.clusterId().map(ClusterId::value).orElse(null));
        json.put("vendorRequestNumber", r.vendorRequestNumber().orElse(null));
        json.put("responseDueAt", r.responseDueAt().map(Instant::toString).orElse(null));
        json.put("responseTargetBreached", r.responseTargetBreached());
        json.put("deliveryState", r.deliveryState().orElse(null));
        json.put("deliveryAttempts", r.deliveryAttempts());
        json.put("deliveryError", r.deliveryError().orElse(null));
        json.put("awaitingVendorNumber", r.awaitingVendorNumber());
        json.put("partnerUpdatesWaiting", r.partnerUpdatesWaiting());
        json.put("partnerUpdatesParked", r.partnerUpdatesParked());
        json.put("filingLink", r.filingLink().orElse(null));
        ArrayNode steps = json.putArray("filingSteps");
        r.filingSteps().forEach(steps::add);
        json.put("version", r.version());
        return json;
    }
}
