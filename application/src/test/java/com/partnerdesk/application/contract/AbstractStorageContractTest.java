package com.partnerdesk.application.contract;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage contract test shares: a fresh, empty store per test, and every call run through the
 * store's unit of work, as the services run them.
 */
public abstract class AbstractStorageContractTest {
    protected StoragePorts storage;

    /** A fresh, empty store. */
    protected abstract StoragePorts newStorage();

    @BeforeEach
    void freshStorage() {
        storage = newStorage();
    }

    protected <T> T write(Supplier<T> work) {
        return storage.unitOfWork().write(work);
    }

    protected void writeVoid(Runnable work) {
        storage.unitOfWork().writeVoid(work);
    }

    protected <T> T read(Supplier<T> work) {
        return storage.unitOfWork().read(work);
    }

    protected Customer storeCustomer(Customer customer) {
        write(() -> storage.customers().upsert(customer));
        return customer;
    }

    /** A case on Exchange Online, triaged ESCALATE (service unavailable), stored. */
    protected Case storeTriagedCase(TenantId customer, Instant startedAt, Instant at) {
        return storeCase(customer, Samples.mailFlowProblem(startedAt, SymptomClassification.UNAVAILABLE), at);
    }

    protected Case storeCase(TenantId customer, Problem problem, Instant at) {
        Case c = Samples.newCase(customer, problem, at);
        c.recordHealthCheck(new HealthCheck(at, List.of()));
        c.applyTriage(escalateOutcome(problem), "helpdesk@partner.example", at);
        writeVoid(() -> storage.cases().insert(c));
        return read(() -> storage.cases().find(c.id()).orElseThrow());
    }

    protected static TriageOutcome escalateOutcome(Problem problem) {
        return switch (problem.classification()) {
            case CONFIGURATION -> new TriageOutcome(TriageResult.PARTNER_RESOLVABLE, Optional.empty(),
                    List.of("Configuration: the partner resolves it"), List.of(), Optional.empty(), Optional.empty());
            default -> new TriageOutcome(TriageResult.ESCALATE, problem.classification().category(),
                    List.of("No active documented issue", "Escalate as " + problem.classification().category().orElseThrow()),
                    List.of(), Optional.empty(), Optional.empty());
        };
    }

    /** A customer, a case and a service request filed for it: what an outbox entry needs to exist. */
    protected ServiceRequest storeRequest(Instant at) {
        Customer customer = read(() -> storage.customers().find(Samples.CONTOSO_ID))
                .orElseGet(() -> storeCustomer(Samples.contoso()));
        Case c = storeTriagedCase(customer.tenantId(), at.minusSeconds(1800), at);
        ServiceRequest request = Samples.request(customer.tenantId(), List.of(c.id()), Optional.empty(), at);
        writeVoid(() -> storage.requests().insert(request));
        return request;
    }

    protected static CaseNote note(String text, Instant at) {
        return new CaseNote(NoteKind.TROUBLESHOOTING, "helpdesk@partner.example", text, at);
    }

    protected ServiceRequestId requestIdOf(ServiceRequest request) {
        return request.id();
    }
}
