package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.VendorRequestNumber;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk requests submit|sync}: the outbox dispatcher on demand; {@code requests record}: the vendor's number
 * of a request an agent filed in the vendor's portal, which completes its delivery.
 */
public final class RequestsDeliveryCommand {
    private RequestsDeliveryCommand() {
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Deliver pending service requests, then the partner's notes and status changes, to the vendor "
                    + "(retries with backoff; parks what keeps failing).")
    public static final class Submit implements Callable<Integer> {
        private final DeliverServiceRequestsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        public Submit(DeliverServiceRequestsUseCase delivery, CliSession session) {
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
    public static final class Sync implements Callable<Integer> {
        private final DeliverServiceRequestsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        public Sync(DeliverServiceRequestsUseCase delivery, CliSession session) {
            this.delivery = delivery;
            this.session = session;
        }

        @Override
        public Integer call() {
            var report = delivery.sync(session.caller());
            spec.commandLine().getOut().printf("checked %d, changed %d, unreachable %d, unlinked at the vendor %d%n",
                    report.checked(), report.changed(), report.failed(), report.unlinked());
            if (report.unlinked() > 0) {
                spec.commandLine().getOut().println("The vendor holds requests under numbers no request here carries:"
                        + " requests show --id REQUEST lists them on each request awaiting its number.");
            }
            return report.failed() > 0 ? 1 : 0;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record the number the vendor gave a request filed in its portal (the portal path);"
                    + " this completes its delivery and starts the vendor's response clock.")
    public static final class Record implements Callable<Integer> {
        private final DeliverServiceRequestsUseCase delivery;
        private final CliSession session;
        @Spec CommandSpec spec;

        @Option(names = "--id", required = true, paramLabel = "REQUEST",
                description = "the service request's id, as requests list shows it")
        String id;

        @Option(names = "--vendor-number", required = true, paramLabel = "N",
                description = "the request number the vendor's portal shows, e.g. 2611240040001234")
        String vendorNumber;

        public Record(DeliverServiceRequestsUseCase delivery, CliSession session) {
            this.delivery = delivery;
            this.session = session;
        }

        @Override
        public Integer call() {
            ServiceRequestId request = option("--id", () -> ServiceRequestId.of(id));
            String number = option("--vendor-number", () -> VendorRequestNumber.of(vendorNumber)).value();
            ServiceRequestView view = delivery.recordVendorNumber(session.caller(), request, number);
            spec.commandLine().getOut().printf("service request %s is with the vendor as %s: %s, response due %s%n",
                    view.id().value(), view.vendorRequestNumber().orElse(number), view.status().vendorName(),
                    view.responseDueAt().map(Object::toString).orElse("-"));
            return 0;
        }

        /** An option's value made into its domain value; a refusal names the option (exit 2). */
        private <T> T option(String name, Supplier<T> make) {
            try {
                return make.get();
            } catch (InvalidValueException bad) {
                String prefix = bad.field() + ": ";
                String message = bad.getMessage().startsWith(prefix) ? bad.getMessage().substring(prefix.length())
                        : bad.getMessage();
                throw new ParameterException(spec.commandLine(), name + ": " + message);
            }
        }
    }
}
