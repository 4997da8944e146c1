package com.partnerdesk.bootstrap;

import com.google.inject.Injector;
import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.adapters.cli.DatabaseLocation;
import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.SyncHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk serve}: the agents' UI and the API, with the outbox dispatcher running beside them, until SIGTERM
 * or Ctrl-C stops it gracefully ({@link GracefulStop}). {@code --port 0} listens on a port the system chooses; the line
 * "serving on" names the port actually used.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web UI and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final Injector injector;
    private final CliSession session;
    private final Map<String, String> environment;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--demo", description = "load demo customers, health issues, cases and one agent per role")
    boolean demo;

    ServeCommand(Injector injector, CliSession session, Map<String, String> environment) {
        this.injector = injector;
        this.session = session;
        this.environment = environment;
    }

    /** Audit retention runs a minute after start, then once a day (ADR 0014). */
    static final java.time.Duration RETENTION_FIRST = java.time.Duration.ofMinutes(1);
    static final java.time.Duration RETENTION_INTERVAL = java.time.Duration.ofDays(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a TCP port");
        }
        ServeSettings settings = ServeSettings.from(environment);
        if (demo) {
            demoData().loadIfEmpty(System.out,
                    launcher(injector.getInstance(SqliteDatabase.class).file(), environment));
        }
        WebServer server;
        try {
            server = injector.getInstance(WebServer.class);
        } catch (com.google.inject.ProvisionException bad) {
            // a sign-in setting that cannot be used (PARTNERDESK_OIDC_*, PARTNERDESK_LOCAL_SIGN_IN): bad input, named
            if (bad.getCause() instanceof com.partnerdesk.domain.common.InvalidValueException setting) {
                throw setting;
            }
            throw bad;
        }
        // Three threads: the health sync (which may wait out the vendor's Retry-After) never holds up the outbox, and a
        // slow mail server never holds up the vendor.
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService dispatcher = Executors.newScheduledThreadPool(3, r -> {
            Thread t = new Thread(r, "dispatcher-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.start(host, port);
        GracefulStop stop = new GracefulStop(server, dispatcher, injector.getInstance(SqliteDatabase.class),
                settings.stopGrace()).install();
        DeliverServiceRequestsUseCase delivery = injector.getInstance(DeliverServiceRequestsUseCase.class);
        Caller dispatcherCaller = Caller.operator("dispatcher");
        dispatcher.scheduleWithFixedDelay(() -> {
            try {
                delivery.submitPending(dispatcherCaller);
                delivery.sendUpdates(dispatcherCaller);
            } catch (RuntimeException e) {
                LOG.warn("Outbox delivery round failed: {}", e.getMessage());
            }
        }, settings.firstDelivery().toMillis(), settings.deliveryInterval().toMillis(), TimeUnit.MILLISECONDS);
        dispatcher.scheduleWithFixedDelay(() -> {
            try {
                delivery.sync(dispatcherCaller);
            } catch (RuntimeException e) {
                LOG.warn("Vendor sync round failed: {}", e.getMessage());
            }
        }, settings.syncInterval().toMillis() / 5, settings.syncInterval().toMillis(), TimeUnit.MILLISECONDS);
        AuditUseCase audit = injector.getInstance(AuditUseCase.class);
        Caller retentionCaller = Caller.operator("audit-retention");
        dispatcher.scheduleWithFixedDelay(() -> {
            try {
                AuditUseCase.RetentionReport report = audit.applyRetention(retentionCaller);
                report.archive().ifPresent(where -> LOG.info("Audit retention archived and pruned {} events older than "
                        + "{} to {}", report.pruned(), report.cutoff(), where));
            } catch (RuntimeException e) {
                LOG.warn("Audit retention round failed (nothing was pruned): {}", e.getMessage());
            }
        }, RETENTION_FIRST.toMillis(), RETENTION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        scheduleHealthSync(dispatcher, settings, dispatcherCaller);
        DeliverNotificationsUseCase notifications = injector.getInstance(DeliverNotificationsUseCase.class);
        dispatcher.scheduleWithFixedDelay(() -> {
            // The clocks first: an event they raise goes out in the same round. Each is raised once, restarts or not.
            try {
                notifications.watchClocks(dispatcherCaller);
            } catch (RuntimeException e) {
                LOG.warn("Clock watch round failed: {}", e.getMessage());
            }
            try {
                notifications.deliver(dispatcherCaller);
            } catch (RuntimeException e) {
                LOG.warn("Notification delivery round failed: {}", e.getMessage());
            }
        }, settings.firstDelivery().toMillis(), settings.deliveryInterval().toMillis(), TimeUnit.MILLISECONDS);
        System.out.println("PartnerDesk is serving on http://" + host + ":" + server.port() + "/ (operator "
                + session.operatorName() + "); Ctrl-C stops it.");
        if (injector.getInstance(AuthenticateUseCase.class).noAgentYet()) {
            System.out.print(firstSteps(injector.getInstance(SqliteDatabase.class).file(), environment));
        }
        System.out.flush();
        stop.awaitRequest();
        stop.run();
        return 0;
    }

    /** How to call the launcher on {@code database}: with {@code --db} when it is not the file it would pick. */
    static String launcher(java.nio.file.Path database, Map<String, String> environment) {
        java.nio.file.Path usual = DatabaseLocation.resolve(new String[0], environment);
        return usual.toAbsolutePath().normalize().equals(database.toAbsolutePath().normalize()) ? "./partnerdesk"
                : "./partnerdesk --db " + database;
    }

    /**
     * What a database without any agent needs before anyone can sign in and escalate: the first global admin and the
     * partner's profile, as the commands to run.
     */
    static String firstSteps(java.nio.file.Path database, Map<String, String> environment) {
        String partnerdesk = launcher(database, environment);
        return "No agent exists yet, so no one can sign in. In another terminal, add the first global admin\n"
                + "(it reads the password, at least 12 characters, from standard input) and set the partner's profile:\n"
                + "  " + partnerdesk + " agents add --email you@your-partner.example --name \"Your Name\""
                + " --role GLOBAL_ADMIN --password-stdin\n"
                + "  " + partnerdesk + " partner set --organization \"Your Partner LLC\" --contact-name \"Your Name\""
                + " --contact-email support@your-partner.example --contact-phone \"+1 202 555 0100\"\n";
    }

    /**
     * Reads every customer's service health on a schedule, when the app's credentials are set; without them the
     * sync stays off (and {@code health status} shows no reading) rather than failing every customer every round.
     */
    private void scheduleHealthSync(ScheduledExecutorService dispatcher, ServeSettings settings, Caller caller) {
        String id = environment.get("PARTNERDESK_GRAPH_CLIENT_ID");
        String secret = environment.get("PARTNERDESK_GRAPH_CLIENT_SECRET");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            LOG.info("Health sync is off: set PARTNERDESK_GRAPH_CLIENT_ID and PARTNERDESK_GRAPH_CLIENT_SECRET to read"
                    + " each customer's service health from the vendor");
            return;
        }
        SyncHealthUseCase health = injector.getInstance(SyncHealthUseCase.class);
        dispatcher.scheduleWithFixedDelay(() -> {
            try {
                var report = health.sync(caller, SyncHealthCommand.everyCustomer());
                LOG.info("Health sync: {} of {} customers read", report.customers().size() - report.failed(),
                        report.customers().size());
            } catch (RuntimeException e) {
                LOG.warn("Health sync round failed: {}", e.getMessage());
            }
        }, settings.firstHealthSync().toMillis(), settings.healthSyncInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private DemoData demoData() {
        return new DemoData(injector.getInstance(OpenCaseUseCase.class), injector.getInstance(AddNoteUseCase.class),
                injector.getInstance(EscalateCaseUseCase.class), injector.getInstance(ChangeCaseStatusUseCase.class),
                injector.getInstance(CustomersUseCase.class), injector.getInstance(ImportCustomersUseCase.class),
                injector.getInstance(HealthIssuesUseCase.class), injector.getInstance(ReferenceDataUseCase.class),
                injector.getInstance(UpdatePartnerProfileUseCase.class), injector.getInstance(AgentsUseCase.class), injector.getInstance(ServiceRequestsUseCase.class),
                injector.getInstance(DeliverServiceRequestsUseCase.class), injector.getInstance(Clock.class));
    }
}
