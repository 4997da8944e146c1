package com.partnerdesk.bootstrap.e2e;

import com.google.inject.Injector;
import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.servicerequest.Severity;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * A desk on a real SQLite file, wired as {@code partnerdesk} wires it ({@link PartnerDeskApp}, the environment given):
 * the sample customers and the partner's contact, cases escalated through the use cases, and the command line run
 * in-process as a separate run of {@code partnerdesk} over the same file.
 */
final class DeskFile {
    static final String OPERATOR = "ops-jane";

    private final Path file;
    private final Map<String, String> environment;

    DeskFile(Path file, Map<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    PartnerDeskApp app() {
        return new PartnerDeskApp(file, environment, CliSession.of(OPERATOR, InputStream.nullInputStream()));
    }

    /** The sample customers and the partner's profile with its primary contact, as the operator. */
    void seed(Injector in) {
        in.getInstance(ImportCustomersUseCase.class).importCustomers(Desk.operator(), List.of(Samples.contoso(),
                Samples.fabrikam(), Samples.northwind(), Samples.woodgrove(), Samples.tailspin()));
        in.getInstance(UpdatePartnerProfileUseCase.class).update(new UpdatePartnerProfileCommand(Desk.operator(), 0,
                Samples.partnerProfile()));
    }

    /** Opens an Exchange case that triage escalates and files its service request, as a helpdesk agent. */
    ServiceRequestView escalate(Injector in, TenantId customer) {
        CaseView opened = in.getInstance(OpenCaseUseCase.class).open(new OpenCaseCommand(Desk.helpdesk(), customer,
                "Exchange Online", "Outbound mail to .mil recipients queued",
                "Users see NDR 4.4.7 for every message to army.mil; the outbound connector validates.",
                Instant.now().minus(Duration.ofMinutes(20)), UsersAffected.TENANT, Impact.CRITICAL,
                SymptomClassification.UNAVAILABLE, Optional.empty()));
        EscalationDraft draft = new EscalationDraft(Optional.of("Outbound mail to .mil queued for the whole tenant"),
                Optional.of("Since 13:40 UTC every message to army.mil is deferred with 4.4.7; no health advisory."),
                Optional.of(Severity.CRITICAL), Optional.of(Samples.MAIL_FLOW_TOPIC), Optional.of("US"),
                new Evidence(Optional.empty(), Optional.of("All 1,200 mailboxes"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        return in.getInstance(EscalateCaseUseCase.class).escalate(new EscalateCaseCommand(Desk.helpdesk(), opened.id(),
                opened.version(), draft, Optional.empty()));
    }

    record Run(int exitCode, String out, String err) {
    }

    /** One run of {@code partnerdesk ARGS} over the file, in-process, its own injector and database connection. */
    Run run(String... args) {
        PartnerDeskApp app = app();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = app.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            app.close();
        }
    }
}
