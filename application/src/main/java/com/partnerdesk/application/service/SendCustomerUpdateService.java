package com.partnerdesk.application.service;

import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.SendCustomerUpdateCommand;
import com.partnerdesk.application.port.in.SendCustomerUpdateCommand.Audience;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer update, to one case's customer or to every customer of an outage (the open cases linked to one health
 * issue, or in one cluster): for each customer, a {@code CUSTOMER_UPDATE} note on each of its cases concerned and one
 * mail to its contact, all in one transaction. A customer without a contact gets the notes (the agent tells them
 * another way) and the report says so; for one case, a customer without a contact is refused, nothing recorded.
 */
public final class SendCustomerUpdateService implements SendCustomerUpdateUseCase {
    static final String AUDIT_ACTION = "case.customer-update";

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final ClusterRepository clusters;
    private final HealthIssueRepository health;
    private final Notifier notifier;

    public SendCustomerUpdateService(Guard guard, CaseSupport support, CaseRepository cases, ClusterRepository clusters,
                                     HealthIssueRepository health, Notifier notifier) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.clusters = clusters;
        this.health = health;
        this.notifier = notifier;
    }

    @Override
    public CustomerUpdateReport send(SendCustomerUpdateCommand command) {
        return guard.write(() -> {
            List<Case> concerned = concerned(command.audience());
            if (command.audience() instanceof SendCustomerUpdateCommand.OneCase) {
                Case one = concerned.get(0);
                guard.requireVisible(command.caller(), one.customer(), Optional.of(one.id()), "Case", one.id(),
                        AUDIT_ACTION);
            } else {
                // An outage's customers that the caller may not see (restricted, ADR 0014) are not theirs to tell.
                concerned = guard.scope(command.caller()).filter(concerned, Case::customer);
                if (concerned.isEmpty()) {
                    throw new ConflictException("No open case you may see is linked to it: there is no customer to"
                            + " tell");
                }
            }
            Map<TenantId, List<Case>> byCustomer = new LinkedHashMap<>();
            concerned.forEach(c -> byCustomer.computeIfAbsent(c.customer(), k -> new ArrayList<>()).add(c));
            for (List<Case> ofOne : byCustomer.values()) {
                for (Case c : ofOne) {
                    guard.require(command.caller(), Action.WORK_CASE, Optional.empty(), Optional.of(c.customer()),
                            Optional.of(c.id()), AUDIT_ACTION);
                }
            }
            Instant now = guard.now();
            List<Sent> sent = new ArrayList<>();
            for (Map.Entry<TenantId, List<Case>> entry : byCustomer.entrySet()) {
                Customer customer = support.loadCustomer(entry.getKey());
                if (customer.contact().isEmpty() && command.audience() instanceof SendCustomerUpdateCommand.OneCase) {
                    throw new ConflictException("Customer " + customer.name() + " has no contact on file, so the update"
                            + " cannot be mailed: add contactName and contactEmail in the customers CSV");
                }
                List<CaseId> ids = new ArrayList<>();
                for (Case c : entry.getValue()) {
                    CaseNote note = c.addNote(new CaseNote(NoteKind.CUSTOMER_UPDATE, command.caller().actor().name(),
                            command.subject() + "\n\n" + command.text(), now));
                    cases.appendNote(c.id(), note);
                    if (c.hasUnsavedChanges()) {
                        cases.update(c);
                    }
                    ids.add(c.id());
                }
                customer.contact().ifPresent(contact -> notifier.mailCustomer(ids, customer.tenantId(),
                        contact.email(), command.subject(), command.text(), now));
                guard.record(command.caller(), AUDIT_ACTION, Optional.of(customer.tenantId()), Optional.of(ids.get(0)),
                        customer.contact().map(c -> "mailed to the customer's contact " + c.email().value())
                                .orElse("recorded only: the customer has no contact on file") + ", on " + ids.size()
                                + " case(s), " + command.text().length() + " characters");
                sent.add(new Sent(customer.tenantId(), customer.name(), ids,
                        customer.contact().map(c -> c.email().value())));
            }
            return new CustomerUpdateReport(sent);
        });
    }

    /** The open cases the update concerns; none is a 404 for one case, a conflict for an outage. */
    private List<Case> concerned(Audience audience) {
        List<Case> found;
        if (audience instanceof SendCustomerUpdateCommand.OneCase one) {
            Case c = support.loadCase(one.caseId());
            if (!c.status().isOpen()) {
                throw new ConflictException("Case " + c.id().shortForm() + " is " + c.status()
                        + ": customer updates are for open cases");
            }
            return List.of(c);
        } else if (audience instanceof SendCustomerUpdateCommand.HealthIssue issue) {
            if (health.find(issue.issueId()).isEmpty()) {
                throw new NotFoundException("Health issue", issue.issueId());
            }
            found = load(cases.openLinkedTo(issue.issueId()));
        } else {
            SendCustomerUpdateCommand.Cluster cluster = (SendCustomerUpdateCommand.Cluster) audience;
            if (clusters.find(cluster.clusterId()).isEmpty()) {
                throw new NotFoundException("Cluster", cluster.clusterId());
            }
            found = load(cases.inCluster(cluster.clusterId())).stream().filter(c -> c.status().isOpen()).toList();
        }
        if (found.isEmpty()) {
            throw new ConflictException("No open case is linked to it: there is no customer to tell");
        }
        return found;
    }

    private List<Case> load(List<CaseId> ids) {
        return ids.stream().map(cases::find).flatMap(Optional::stream).toList();
    }
}
