package com.partnerdesk.application.service;

import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.EscalationReadiness;
import com.partnerdesk.domain.escalation.EscalationReadinessException;
import com.partnerdesk.domain.escalation.EscalationSubject;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.triage.ClusterFormation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public final class EscalateCaseService implements EscalateCaseUseCase {
    static final String IDEMPOTENCY_SCOPE = "escalate";

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final ClusterRepository clusters;
    private final ServiceRequestRepository requests;
    private final VendorOutbox outbox;
    private final ReferenceData reference;
    private final PartnerSettings partner;
    private final EscalationReadiness readiness;
    private final IdempotencyKeys idempotency;
    private final EscalationDrafts drafts;

    public EscalateCaseService(Guard guard, CaseSupport support, CaseRepository cases, ClusterRepository clusters,
                               ServiceRequestRepository requests, VendorOutbox outbox, ReferenceData reference,
                               PartnerSettings partner, EscalationReadiness readiness, IdempotencyKeys idempotency,
                               EscalationDrafts drafts) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.clusters = clusters;
        this.requests = requests;
        this.outbox = outbox;
        this.reference = reference;
        this.partner = partner;
        this.readiness = readiness;
        this.idempotency = idempotency;
        this.drafts = drafts;
    }

    @Override
    public ReadinessReport readiness(ReadinessQuery query) {
        return guard.read(() -> {
            Case subject = support.loadCase(query.caseId());
            guard.require(query.caller(), Action.VIEW, Optional.empty(), Optional.of(subject.customer()),
                    Optional.of(subject.id()), "case.readiness");
            Customer customer = support.loadCustomer(subject.customer());
            return evaluate(query.caller().actor(), subject, customer, query.draft());
        });
    }

    @Override
    public ServiceRequestView escalate(EscalateCaseCommand command) {
        try {
            return guard.write(() -> escalateInTransaction(command));
        } catch (EscalationReadinessException refused) {
            Case subject = guard.read(() -> support.loadCase(command.caseId()));
            guard.recordRefusal(command.caller(), "case.escalate", Optional.of(subject.customer()),
                    Optional.of(subject.id()), "not ready: " + refused.report().failures().stream()
                            .map(f -> f.check().code()).collect(Collectors.joining(", ")));
            throw refused;
        }
    }

    private ServiceRequestView escalateInTransaction(EscalateCaseCommand command) {
        // who may escalate is asked before anything else, a replayed Idempotency-Key included
        Case subject = support.loadCase(command.caseId());
        guard.require(command.caller(), Action.ESCALATE, Optional.of(subject.problem().service().family()),
                Optional.of(subject.customer()), Optional.of(subject.id()), "case.escalate");
        Optional<String> key = command.idempotencyKey();
        if (key.isPresent()) {
            Optional<IdempotencyKeys.StoredResult> stored =
                    idempotency.find(IdempotencyKeys.scope(IDEMPOTENCY_SCOPE, command.caller().actor()), key.get());
            if (stored.isPresent()) {
                if (!stored.get().requestFingerprint().equals(command.fingerprint())) {
                    throw new IdempotencyConflictException(key.get());
                }
                return support.view(support.loadRequest(ServiceRequestId.of(stored.get().resultId())));
            }
        }
        CaseSupport.requireVersion(subject, command.expectedVersion());
        Customer customer = support.loadCustomer(subject.customer());
        ReadinessReport report = evaluate(command.caller().actor(), subject, customer, command.draft());
        if (!report.ready()) {
            throw new EscalationReadinessException(report);
        }
        Instant now = guard.now();
        String by = command.caller().actor().name();
        EscalationDraft draft = command.draft();
        PartnerProfile profile = partner.profile();
        List<Case> members = clusterMembers(subject);
        List<CaseId> caseIds = new ArrayList<>();
        caseIds.add(subject.id());
        members.forEach(m -> caseIds.add(m.id()));
        ServiceRequest request = ServiceRequest.file(ServiceRequestId.random(), customer.tenantId(), caseIds,
                subject.clusterId(), draft.title().orElseThrow(), draft.descriptionForVendor().orElseThrow(),
                draft.severity().orElseThrow(),
                reference.supportTopics().find(SupportTopicId.of(draft.supportTopicId().orElseThrow())).orElseThrow(),
                CountryCode.of(draft.countryCode().orElseThrow()), profile.primaryContact().orElseThrow(),
                profile.organization(), now);
        requests.insert(request);
        outbox.enqueue(request.id(), request.id().value(), now);
        subject.escalate(request.id(), by, now);
        cases.update(subject);
        for (Case member : members) {
            member.escalate(request.id(), by, now);
            cases.update(member);
        }
        guard.record(command.caller(), "case.escalate", Optional.of(customer.tenantId()), Optional.of(subject.id()),
                "service request " + request.id() + " (" + request.severity().vendorName() + ", "
                        + request.supportTopic().name() + ")" + (members.isEmpty() ? "" : " for "
                        + (members.size() + 1) + " clustered cases"));
        key.ifPresent(k -> idempotency.remember(IdempotencyKeys.scope(IDEMPOTENCY_SCOPE, command.caller().actor()), k,
                command.fingerprint(), request.id().value()));
        if (command.caller().actor() instanceof Actor.AgentActor agent) {
            drafts.discard(subject.id(), agent.agentId());
        }
        return support.view(request);
    }

    private ReadinessReport evaluate(Actor actor, Case subject, Customer customer, EscalationDraft draft) {
        int linkedCustomers = subject.clusterId().flatMap(clusters::find)
                .map(ClusterFormation::customers).map(java.util.Set::size).orElse(0);
        SupportTopicCatalogue topics = reference.supportTopics();
        return readiness.evaluate(actor, customer, EscalationSubject.of(subject, linkedCustomers), draft, topics,
                partner.profile(), guard.now());
    }

    /** The other cases of the subject's cluster that await escalation: they follow the one request. */
    private List<Case> clusterMembers(Case subject) {
        if (subject.clusterId().isEmpty()) {
            return List.of();
        }
        List<Case> members = new ArrayList<>();
        for (CaseId id : cases.inCluster(subject.clusterId().get())) {
            if (id.equals(subject.id())) {
                continue;
            }
            cases.find(id).filter(c -> c.status() == CaseStatus.TRIAGED && c.serviceRequestId().isEmpty())
                    .ifPresent(members::add);
        }
        return members;
    }
}
