package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.AgentRef;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.application.port.in.ChangeOwnerUseCase;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.Ownership;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Take, release, assign: the target agent is found and must be able to own a case, the policy is asked for the action
 * the change amounts to ({@link Ownership#requiredAction}), and the case, its timeline and the audit trail change in one
 * transaction ({@link CaseOwners}).
 */
public final class ChangeOwnerService implements ChangeOwnerUseCase {
    private final Guard guard;
    private final CaseSupport support;
    private final AgentRepository agents;
    private final CaseOwners owners;
    private final Notifier notifier;

    public ChangeOwnerService(Guard guard, CaseSupport support, AgentRepository agents,
                              com.partnerdesk.application.port.out.CaseRepository cases, Notifier notifier) {
        this.notifier = notifier;
        this.guard = guard;
        this.support = support;
        this.agents = agents;
        this.owners = new CaseOwners(guard, support, cases, agents);
    }

    @Override
    public CaseView changeOwner(ChangeOwnerCommand command) {
        Caller caller = command.caller();
        return guard.write(() -> {
            Case subject = support.loadCase(command.caseId());
            // a case the caller may not see does not exist, whoever is named in the request
            guard.requireVisible(caller, subject.customer(), Optional.of(subject.id()), "Case", subject.id().value(),
                    CaseOwners.AUDIT_ACTION);
            Optional<Agent> target = command.agent().map(email -> support.agentByEmail("agent", email));
            Action action = Ownership.requiredAction(CaseOwners.agentId(caller.actor()), subject.owner(),
                    target.map(Agent::id));
            guard.require(caller, action, Optional.empty(), Optional.of(subject.customer()), Optional.of(subject.id()),
                    CaseOwners.AUDIT_ACTION);
            Customer customer = support.loadCustomer(subject.customer());
            target.ifPresent(agent -> {
                if (!owners.mayOwn(agent)) {
                    throw InvalidInputException.of("agent", agent.disabled()
                            ? "agent " + agent.email() + " is disabled"
                            : "agent " + agent.email() + " may not work cases, so may not own one");
                }
                if (!customer.visibleTo(agent.asActor())) {
                    throw InvalidInputException.of("agent", "agent " + agent.email()
                            + " is not screened for this customer's data (a restricted customer)");
                }
            });
            command.expectedVersion().ifPresent(v -> CaseSupport.requireVersion(subject, v));
            if (owners.change(caller, subject, target, "") && target.isPresent()) {
                // case.assigned, to the new owner (not to an agent who took the case themselves) and the webhook
                notifier.assigned(subject, target.get().id(), CaseOwners.agentId(caller.actor()), guard.now());
            }
            return support.view(subject);
        });
    }

    @Override
    public List<AgentRef> assignees(Caller caller, CaseId caseId) {
        return guard.read(() -> {
            Case subject = support.loadCase(caseId);
            guard.require(caller, Action.VIEW, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), "case.assignees");
            Customer customer = support.loadCustomer(subject.customer());
            return agents.all().stream().filter(owners::mayOwn).filter(a -> customer.visibleTo(a.asActor()))
                    .sorted(Comparator.comparing(Agent::name, String.CASE_INSENSITIVE_ORDER))
                    .map(AgentRef::of).toList();
        });
    }
}
