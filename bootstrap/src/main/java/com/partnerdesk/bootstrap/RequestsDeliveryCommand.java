package com.partnerdesk.bootstrap;

import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code partnerdesk requests submit|sync}: the outbox dispatcher on demand. */
final class RequestsDeliveryCommand {
    private RequestsDeliveryCommand() {
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Deliver pending service requests, then the partner's notes and status changes, to the vendor "
                    + "(retries with backoff; parks what keeps failing).")
    static final class Submit implements Callable<Integer> {
        private final DeliverServiceRequestsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        Submit(DeliverServiceRequestsUseCase delivery, CliSession session) {
            this.delivery = delivery;
            this.session = session;
        }

        @Override
        public Integer call() {
            var report = delivery.submitPending(session.caller());
            spec.commandLine().getOut().printf("delivered %d, awaiting an agent (portal) %d, retrying %d, parked %d%n",
                    report.delivered(), report.awaitingAgent(), report.retrying(), report.parked());
            var updates = delivery.sendUpdates(session.caller());
            spec.commandLine().getOut().printf("partner updates: sent %d, left to the agent (portal) %d, retrying %d, "
                    + "parked %d%n", updates.delivered(), updates.handedToAgent(), updates.retrying(), updates.parked());
            return 0;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Pull the vendor's status and notes for every submitted, unclosed service request.")
    static final class Sync implements Callable<Integer> {
        private final DeliverServiceRequestsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        Sync(DeliverServiceRequestsUseCase delivery, CliSession session) {
            this.delivery = delivery;
            this.session = session;
        }

        @Override
        public Integer call() {
            var report = delivery.sync(session.caller());
            spec.commandLine().getOut().printf("checked %d, changed %d, unreachable %d%n",
                    report.checked(), report.changed(), report.failed());
            return report.failed() > 0 ? 1 : 0;
        }
    }
}
