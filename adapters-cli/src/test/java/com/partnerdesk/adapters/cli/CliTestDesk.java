package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.service.AgentsService;
import com.partnerdesk.application.service.ApiTokens;
import com.partnerdesk.application.service.AuditService;
import com.partnerdesk.application.service.GroupMappingsService;
import com.partnerdesk.application.service.SecondFactorService;
import com.partnerdesk.application.service.CaseSupport;
import com.partnerdesk.application.service.ClockKeepingCases;
import com.partnerdesk.application.service.ShowCustomerClockService;
import com.partnerdesk.application.service.UpdateCustomerClockService;
import com.partnerdesk.application.service.CustomersService;
import com.partnerdesk.application.service.EscalationMetricsService;
import com.partnerdesk.application.service.ChangeOwnerService;
import com.partnerdesk.application.service.FindCasesService;
import com.partnerdesk.application.service.Guard;
import com.partnerdesk.application.service.HealthIssuesService;
import com.partnerdesk.application.service.SyncHealthService;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.adapters.vendor.health.GraphHealthDocuments;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.application.service.ReferenceDataService;
import com.partnerdesk.application.service.ShowPartnerProfileService;
import com.partnerdesk.application.service.UpdatePartnerProfileService;
import com.partnerdesk.application.service.ServiceRequestsService;
import com.partnerdesk.application.service.VendorAnswers;
import com.partnerdesk.domain.agent.PermissionPolicy;
import java.io.ByteArrayInputStream;
import com.partnerdesk.application.service.NotificationChannels;
import com.partnerdesk.application.service.Notifier;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The application's services over the in-memory storage, the CLI wired to them as bootstrap wires it,
 * and a way to run one command line in-process capturing its output.
 */
final class CliTestDesk {
    static final String OPERATOR = "ops-jane";

    final MutableClock clock = MutableClock.at(Samples.T0);
    final StoragePorts storage = InMemoryStorage.create();
    final RecordingDatabase database = new RecordingDatabase();
    private final Guard guard = new Guard(new PermissionPolicy(), storage.audit(), storage.unitOfWork(), clock,
            storage.customers());
    private final CaseSupport support = new CaseSupport(storage.cases(), storage.customers(), storage.agents(), storage.requests(),
            storage.outbox(), new AgentFilingGateway(), storage.partner(), clock);
    final CustomersService customers = new CustomersService(guard, support, storage.customers());
    final ReferenceDataService reference = new ReferenceDataService(guard, storage.reference());
    final ShowPartnerProfileService showPartner = new ShowPartnerProfileService(guard, storage.partner());
    final UpdatePartnerProfileService updatePartner = new UpdatePartnerProfileService(guard, storage.partner());
    final ShowCustomerClockService showClock = new ShowCustomerClockService(guard, storage.partner());
    final UpdateCustomerClockService updateClock = new UpdateCustomerClockService(guard, storage.partner(),
            new ClockKeepingCases(storage.cases(), storage.partner(), clock));
    final HealthIssuesService health = new HealthIssuesService(guard, storage.health(), storage.cases(),
            storage.customers(), new GraphHealthDocuments(), notifier());
    /** The feed each customer's reading answers with; a customer not in it has an empty feed. */
    final Map<TenantId, List<HealthIssue>> feeds = new HashMap<>();
    final Map<TenantId, String> unreadable = new HashMap<>();
    final SyncHealthService sync = new SyncHealthService(guard, storage.customers(), storage.health(), storage.cases(),
            storage.healthSync(), (customer, since) -> {
                if (unreadable.containsKey(customer.tenantId())) {
                    throw new HealthFeed.Unavailable(unreadable.get(customer.tenantId()), Optional.empty());
                }
                return feeds.getOrDefault(customer.tenantId(), List.of());
            }, notifier());
    final AgentsService agents = new AgentsService(guard, storage.agents(), new FakePasswordHasher(), new ApiTokens(),
            support, storage.cases());
    final ChangeOwnerService changeOwner = new ChangeOwnerService(guard, support, storage.agents(), storage.cases(),
            notifier());
    final FindCasesService cases = new FindCasesService(guard, support, storage.cases(), storage.versions(), clock);
    final ServiceRequestsService requests = new ServiceRequestsService(guard, support, storage.requests(),
            new VendorAnswers(storage.requests(), storage.cases(), clock, notifier()), storage.outbox());
    final com.partnerdesk.application.fakes.InMemoryAuditArchive auditArchive =
            new com.partnerdesk.application.fakes.InMemoryAuditArchive();
    final AuditService audit = new AuditService(guard, storage.audit(), auditArchive, java.time.Duration.ofDays(365));
    final GroupMappingsService groupMappings = new GroupMappingsService(guard, storage.groupMappings());
    final SecondFactorService secondFactor = new SecondFactorService(guard, storage.agents(), storage.secondFactors(),
            storage.audit(), storage.unitOfWork());
    final EscalationMetricsService metrics = new EscalationMetricsService(guard, storage.cases(), storage.requests());

    private Notifier notifier;

    /** Notifications are written to the in-memory outbox, on both channels. */
    private Notifier notifier() {
        if (notifier == null) {
            notifier = new Notifier(storage.notifications(), storage.agents(), storage.mailPreferences(),
                    NotificationChannels.BOTH);
        }
        return notifier;
    }

    CliFactory.Services services(InputStream stdin) {
        return new CliFactory.Services(CliSession.of(OPERATOR, stdin), database, agents, customers, customers,
                reference, health, sync, sync, cases, requests, audit, metrics, showPartner, updatePartner, groupMappings,
                secondFactor, changeOwner, showClock, updateClock);
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String stdin, String... args) {
        return run(new CliFactory(services(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))), args);
    }

    static Result run(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PartnerDeskCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Bootstrap's database maintenance, as the db commands see it. */
    static final class RecordingDatabase implements DatabaseMaintenance {
        final List<Path> backups = new ArrayList<>();
        int migrations;
        RuntimeException failure;

        @Override
        public String migrate() {
            migrations++;
            return "schema at version 3 (3 migrations applied)";
        }

        @Override
        public void backup(Path target) {
            if (failure != null) {
                throw failure;
            }
            backups.add(target);
        }
    }
}
