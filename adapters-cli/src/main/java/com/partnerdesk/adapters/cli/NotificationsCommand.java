package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase;
import com.partnerdesk.application.port.in.NotificationList;
import com.partnerdesk.application.port.in.NotificationView;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase.NotificationQuery;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk notifications list|retry|send}: the notification outbox as the operator sees it (what waits, what
 * went, what was parked and why), a parked message put back in line, and a delivery round on demand (what this process
 * has a way out for: the SMTP and webhook settings of its environment).
 */
@Command(name = "notifications", mixinStandardHelpOptions = true,
        description = "The notifications the desk sends by mail and webhook: list them, retry a parked one, send now.")
public final class NotificationsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The command with its subcommands, built from the use cases they drive. */
    public static CommandLine commandLine(NotificationsUseCase notifications, DeliverNotificationsUseCase delivery,
                                          CliSession session) {
        return new CommandLine(new NotificationsCommand())
                .addSubcommand("list", new ListCommand(notifications, session))
                .addSubcommand("retry", new Retry(notifications, session))
                .addSubcommand("send", new Send(delivery, session));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the notification outbox, newest first: event, channel, recipient, state, attempts,"
                    + " the last error.")
    public static final class ListCommand implements Callable<Integer> {
        private final NotificationsUseCase notifications;
        private final CliSession session;
        @Spec CommandSpec spec;

        @Option(names = "--state", paramLabel = "STATE", description = "PENDING, DELIVERED or PARKED (default: all)")
        String state;

        @Option(names = "--limit", defaultValue = "50", description = "at most this many (default ${DEFAULT-VALUE},"
                + " up to " + NotificationQuery.MAX_LIMIT + ")")
        int limit;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table, json or csv (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        public ListCommand(NotificationsUseCase notifications, CliSession session) {
            this.notifications = notifications;
            this.session = session;
        }

        @Override
        public Integer call() {
            NotificationList list = notifications.list(session.caller(),
                    new NotificationQuery(Optional.ofNullable(state), 0, limit));
            Listing.<NotificationView>of(ListCommand::json)
                    .column("ID", NotificationView::id)
                    .column("EVENT", NotificationView::event)
                    .column("CHANNEL", NotificationView::channel)
                    .column("TO", v -> v.recipient().isEmpty() ? "(webhook)" : v.recipient())
                    .column("STATE", NotificationView::state)
                    .column("ATTEMPTS", NotificationView::attempts)
                    .column("CREATED", NotificationView::createdAt)
                    .column("CASE", v -> v.caseId().map(CaseId::value).orElse(""))
                    .column("LAST ERROR", NotificationView::lastError)
                    .print(format, list.items(), Out.of(spec));
            if (format == OutputFormat.TABLE) {
                spec.commandLine().getOut().printf("%d of %d shown; parked %d%s%n", list.items().size(), list.total(),
                        list.parked(), list.parked() > 0 ? " (partnerdesk notifications retry --id ID puts one back)"
                                : "");
            }
            return 0;
        }

        private static ObjectNode json(NotificationView v) {
            ObjectNode o = Listing.object();
            o.put("id", v.id());
            o.put("event", v.event());
            o.put("channel", v.channel());
            o.put("recipient", v.recipient());
            o.put("title", v.title());
            o.put("caseId", v.caseId().map(CaseId::value).orElse(null));
            o.put("customerTenantId", v.customerTenantId().map(TenantId::value).orElse(null));
            o.put("occurredAt", v.occurredAt().toString());
            o.put("state", v.state());
            o.put("attempts", v.attempts());
            o.put("nextAttemptAt", v.nextAttemptAt().toString());
            o.put("lastError", v.lastError());
            o.put("createdAt", v.createdAt().toString());
            o.put("deliveredAt", v.deliveredAt().map(Object::toString).orElse(null));
            return o;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Put a parked notification back in line; the server's next round sends it.")
    public static final class Retry implements Callable<Integer> {
        private final NotificationsUseCase notifications;
        private final CliSession session;
        @Spec CommandSpec spec;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "the notification's id, as list shows it")
        long id;

        public Retry(NotificationsUseCase notifications, CliSession session) {
            this.notifications = notifications;
            this.session = session;
        }

        @Override
        public Integer call() {
            NotificationView view = notifications.retry(session.caller(), id);
            spec.commandLine().getOut().printf("notification %d (%s by %s) is %s again%n", view.id(), view.event(),
                    view.recipient().isEmpty() ? "webhook" : "mail to " + view.recipient(), view.state());
            return 0;
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Raise the clocks' due events and send what is due now, on the channels this environment"
                    + " sets up (PARTNERDESK_SMTP_HOST, PARTNERDESK_WEBHOOK_URL); retries with backoff, parks what"
                    + " keeps failing.")
    public static final class Send implements Callable<Integer> {
        private final DeliverNotificationsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        public Send(DeliverNotificationsUseCase delivery, CliSession session) {
            this.delivery = delivery;
            this.session = session;
        }

        @Override
        public Integer call() {
            int raised = delivery.watchClocks(session.caller());
            var report = delivery.deliver(session.caller());
            spec.commandLine().getOut().printf("clock events raised %d; sent %d, retrying %d, parked %d%n", raised,
                    report.delivered(), report.retrying(), report.parked());
            return 0;
        }
    }
}
