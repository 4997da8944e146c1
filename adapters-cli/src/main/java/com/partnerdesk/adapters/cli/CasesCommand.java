package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.in.FindCasesUseCase;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.CaseListItem;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk cases list [--status S] [--tenant-id TENANT_ID] [--owner none|EMAIL] [--clock-at-risk] [--sort FIELD[,-FIELD]]
 * [--format table|json|csv]} and {@code partnerdesk cases assign CASE_ID (--agent EMAIL | --nobody)}.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, description = "List and export cases.")
public final class CasesCommand {
    private final FindCasesUseCase cases;
    private final ChangeOwnerUseCase owners;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public CasesCommand(FindCasesUseCase cases, ChangeOwnerUseCase owners, CliSession session) {
        this.cases = cases;
        this.owners = owners;
        this.session = session;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every case matching the filters.")
    void list(@Option(names = "--status", paramLabel = "S", description = "one of ${COMPLETION-CANDIDATES}") CaseStatus status,
              @Option(names = "--tenant-id", paramLabel = "TENANT_ID", description = "the customer's tenant id") String tenantId,
              @Option(names = "--owner", paramLabel = "OWNER",
                      description = "none (the unowned cases) or an agent's e-mail") String owner,
              @Option(names = "--sort", paramLabel = "FIELD[,-FIELD]",
                      description = "the order, as the API's sort (default: -attention,clock,-impact,-age)") String sort,
              @Option(names = "--clock-at-risk",
                      description = "only the cases whose customer's clock is past its warning or breached")
              boolean clockAtRisk,
              @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Optional<TenantId> tenant = Optional.ofNullable(tenantId).map(TenantId::of);
        Optional<CaseSearch.Owner> whose = Optional.ofNullable(owner).map(o -> option("--owner",
                () -> CaseSearch.Owner.parse(o)));
        List<CaseSort> order = option("--sort", () -> CaseSort.parse(sort));
        List<CaseListItem> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            CaseList page = cases.search(session.caller(), new CaseSearch(Optional.ofNullable(status), tenant,
                    Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), whose, order, offset,
                    CaseSearch.MAX_LIMIT, clockAtRisk));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        Listing.<CaseListItem>of(CasesCommand::json)
                .column("id", c -> c.id().value())
                .column("tenantId", c -> c.tenantId().value())
                .column("customerName", CaseListItem::customerName)
                .column("service", CaseListItem::service)
                .column("status", c -> c.status().name())
                .column("impact", c -> c.impact().name())
                .column("outcome", c -> c.outcome().map(TriageResult::name).orElse(""))
                .column("category", c -> c.category().map(EscalationCategory::name).orElse(""))
                .column("serviceRequestId", c -> c.serviceRequestId().map(ServiceRequestId::value).orElse(""))
                .column("attention", c -> c.attentionNeeded() ? "yes" : "")
                .column("owner", c -> c.owner().map(AgentRef::email).orElse(""))
                .column("openedAt", CaseListItem::openedAt)
                .column("title", CaseListItem::title)
                .print(format, all, Out.of(spec));
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Give a case to an agent who may work cases, or to nobody (--nobody).")
    void assign(@Parameters(paramLabel = "CASE_ID", description = "the case's id") String caseId,
                @Option(names = "--agent", paramLabel = "EMAIL", description = "the agent's e-mail") String agent,
                @Option(names = "--nobody", description = "leave the case unowned") boolean nobody) {
        if ((agent == null) == !nobody) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --agent EMAIL or --nobody");
        }
        CaseId id = CaseId.of(caseId);
        Optional<Email> email = nobody ? Optional.empty() : Optional.of(Email.of(agent));
        CaseView view = owners.changeOwner(new ChangeOwnerCommand(session.caller(), id, email, OptionalLong.empty()));
        Out.of(spec).println("case " + view.id().value() + " is now "
                + view.owner().map(o -> "owned by " + o.name() + " <" + o.email() + ">").orElse("unowned"));
    }

    /** The value an option's text makes, or a refusal naming the option (exit 2). */
    private <T> T option(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (com.partnerdesk.domain.common.InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), name + ": " + Faults.reason(e));
        }
    }

    /** SPEC §8's case fields, as far as the queue knows them. */
    static ObjectNode json(CaseListItem c) {
        ObjectNode json = Listing.object();
        json.put("id", c.id().value());
        json.put("tenantId", c.tenantId().value());
        json.put("customerName", c.customerName());
        json.put("service", c.service());
        json.put("title", c.title());
        json.put("status", c.status().name());
        json.put("impact", c.impact().name());
        json.put("version", c.version());
        if (c.outcome().isPresent()) {
            ObjectNode triage = json.putObject("triage");
            triage.put("outcome", c.outcome().get().name());
            triage.put("category", c.category().map(EscalationCategory::name).orElse(null));
            triage.put("clusterId", c.clusterId().map(ClusterId::value).orElse(null));
        } else {
            json.putNull("triage");
        }
        json.put("serviceRequestId", c.serviceRequestId().map(ServiceRequestId::value).orElse(null));
        json.put("attentionNeeded", c.attentionNeeded());
        if (c.owner().isPresent()) {
            ObjectNode owner = json.putObject("owner");
            owner.put("email", c.owner().get().email());
            owner.put("name", c.owner().get().name());
        } else {
            json.putNull("owner");
        }
        json.put("startedAt", c.startedAt().toString());
        json.put("openedAt", c.openedAt().toString());
        json.put("updatedAt", c.updatedAt().toString());
        return json;
    }
}
