package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer problem reported to the partner: the unit of work of the desk.
 *
 * <p>Its state machine is that of SPEC §3; notes and status changes are append-only; the version
 * counts the stored changes so two agents never silently overwrite each other: {@link #storedVersion()}
 * is the version the case was loaded at, {@link #version()} the one it will have once saved.
 */
public final class Case {
    private final CaseId id;
    private final TenantId customer;
    private Problem problem;
    private final Instant openedAt;
    private final String openedBy;
    private CaseStatus status;
    private Optional<HealthCheck> healthCheck;
    private Optional<TriageOutcome> triage;
    private Optional<ServiceRequestId> serviceRequestId;
    private boolean attentionNeeded;
    private Optional<String> resolution;
    private Instant updatedAt;
    private final List<CaseNote> notes;
    private final List<StatusChange> history;
    private Optional<AgentId> owner;
    private final List<OwnerChange> ownerChanges;
    private final List<ClockPause> clockPauses = new ArrayList<>();
    private boolean waitingOnCustomer;
    private final long storedVersion;
    private long version;

    private Case(CaseId id, TenantId customer, Problem problem, Instant openedAt, String openedBy, CaseStatus status,
                 Optional<HealthCheck> healthCheck, Optional<TriageOutcome> triage,
                 Optional<ServiceRequestId> serviceRequestId, boolean attentionNeeded, Optional<String> resolution,
                 Instant updatedAt, List<CaseNote> notes, List<StatusChange> history, Optional<AgentId> owner,
                 List<OwnerChange> ownerChanges, long storedVersion) {
        this.id = Require.present("caseId", id);
        this.customer = Require.present("tenantId", customer);
        this.problem = Require.present("problem", problem);
        this.openedAt = Require.present("openedAt", openedAt);
        this.openedBy = Require.text("openedBy", openedBy);
        this.status = Require.present("status", status);
        this.healthCheck = Require.present("healthCheck", healthCheck);
        this.triage = Require.present("triage", triage);
        this.serviceRequestId = Require.present("serviceRequestId", serviceRequestId);
        this.attentionNeeded = attentionNeeded;
        this.resolution = Require.present("resolution", resolution);
        this.updatedAt = Require.present("updatedAt", updatedAt);
        this.notes = new ArrayList<>(Require.present("notes", notes));
        this.history = new ArrayList<>(Require.present("history", history));
        this.owner = Require.present("owner", owner);
        this.ownerChanges = new ArrayList<>(Require.present("ownerChanges", ownerChanges));
        if (storedVersion < 0) {
            throw new InvalidValueException("version", "must not be negative, was " + storedVersion);
        }
        this.storedVersion = storedVersion;
        this.version = storedVersion;
    }

    /** A new case, always in a customer's context; it starts {@code NEW} and unsaved. */
    public static Case open(CaseId id, TenantId customer, Problem problem, String openedBy, Instant at) {
        Case opened = new Case(id, customer, problem, at, openedBy, CaseStatus.NEW, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), at, List.of(), List.of(), Optional.empty(), List.of(), 0);
        opened.changed(at);
        return opened;
    }

    /** A stored case, as it was saved at {@code version}. */
    public static Case rehydrate(CaseId id, TenantId customer, Problem problem, Instant openedAt, String openedBy,
                                 CaseStatus status, Optional<HealthCheck> healthCheck, Optional<TriageOutcome> triage,
                                 Optional<ServiceRequestId> serviceRequestId, boolean attentionNeeded,
                                 Optional<String> resolution, Instant updatedAt, List<CaseNote> notes,
                                 List<StatusChange> history, long version) {
        return rehydrate(id, customer, problem, openedAt, openedBy, status, healthCheck, triage, serviceRequestId,
                attentionNeeded, resolution, updatedAt, notes, history, Optional.empty(), List.of(), version);
    }

    /** A stored case with its owner and the changes of its owner, as it was saved at {@code version}. */
    public static Case rehydrate(CaseId id, TenantId customer, Problem problem, Instant openedAt, String openedBy,
                                 CaseStatus status, Optional<HealthCheck> healthCheck, Optional<TriageOutcome> triage,
                                 Optional<ServiceRequestId> serviceRequestId, boolean attentionNeeded,
                                 Optional<String> resolution, Instant updatedAt, List<CaseNote> notes,
                                 List<StatusChange> history, Optional<AgentId> owner, List<OwnerChange> ownerChanges,
                                 long version) {
        return new Case(id, customer, problem, openedAt, openedBy, status, healthCheck, triage, serviceRequestId,
                attentionNeeded, resolution, updatedAt, notes, history, owner, ownerChanges, version);
    }

    /**
     * Loading only: the stretches the customer's resolution clock did not count, as stored. A case waits on its
     * customer while its last pause is {@code WAITING_ON_CUSTOMER}.
     */
    public Case restoreClockPauses(List<ClockPause> pauses) {
        clockPauses.clear();
        clockPauses.addAll(Require.present("clockPauses", pauses));
        waitingOnCustomer = openPause().map(p -> p.reason() == PauseReason.WAITING_ON_CUSTOMER).orElse(false);
        return this;
    }

    // --- behaviour -----------------------------------------------------------------------------

    /** Records the look at the service-health board that triage is based on. */
    public void recordHealthCheck(HealthCheck check) {
        requireOpen("record a health check");
        this.healthCheck = Optional.of(Require.present("healthCheck", check));
        changed(check.checkedAt());
    }

    /** Lets the agent correct the classification before triage runs again. */
    public void reclassify(SymptomClassification classification, Instant at) {
        requireOpen("reclassify");
        if (classification != problem.classification()) {
            problem = problem.reclassified(classification);
            changed(at);
        }
    }

    /**
     * Applies a triage outcome: the case passes through {@code TRIAGED} to the state the outcome calls for
     * ({@code KNOWN_INCIDENT} waits on the incident, {@code PARTNER_RESOLVABLE} is in progress,
     * {@code ESCALATE} stays triaged, ready for the escalation form).
     */
    public void applyTriage(TriageOutcome outcome, String by, Instant at) {
        Require.present("triage", outcome);
        if (!status.acceptsTriage()) {
            throw new IllegalTransitionException(status, CaseStatus.TRIAGED, "triage");
        }
        if (healthCheck.isEmpty()) {
            throw new CaseRuleException("Cannot triage case " + id.shortForm() + " before its service health is checked");
        }
        String why = outcome.result() + outcome.category().map(c -> " (" + c + ")").orElse("");
        if (status != CaseStatus.TRIAGED) {
            moveTo(CaseStatus.TRIAGED, by, at, why);
        }
        CaseStatus target = outcome.result().caseStatus();
        if (target != CaseStatus.TRIAGED) {
            moveTo(target, by, at, why);
        }
        this.triage = Optional.of(outcome);
        changed(at);
    }

    /** The health issue this case waits on has ended: back to the queue to be checked again. */
    public void recheck(String by, Instant at, String why) {
        moveTo(CaseStatus.RECHECK, by, at, why);
        changed(at);
    }

    /** Files the case with the vendor: only a case triaged {@code ESCALATE} may be escalated. */
    public void escalate(ServiceRequestId request, String by, Instant at) {
        Require.present("serviceRequestId", request);
        if (triage.map(t -> t.result() != TriageResult.ESCALATE).orElse(true)) {
            throw new CaseRuleException("Case " + id.shortForm() + " was not triaged ESCALATE; re-run triage first");
        }
        moveTo(CaseStatus.ESCALATED, by, at, "service request " + request);
        this.serviceRequestId = Optional.of(request);
        changed(at);
    }

    /**
     * The vendor's request needs (or no longer needs) the agent's attention; returns true when the case needs it now
     * and did not before (what {@code case.attention_needed} tells).
     */
    public boolean flagAttention(boolean needed, Instant at) {
        if (attentionNeeded != needed) {
            attentionNeeded = needed;
            changed(at);
            return needed;
        }
        return false;
    }

    public void resolve(String resolutionText, String by, Instant at) {
        String text = Require.text("resolution", resolutionText, 20_000);
        moveTo(CaseStatus.RESOLVED, by, at, text);
        this.resolution = Optional.of(text);
        this.attentionNeeded = false;
        changed(at);
    }

    public void close(String by, Instant at) {
        moveTo(CaseStatus.CLOSED, by, at, "closed");
        changed(at);
    }

    /** Re-opens a resolved case: it goes back to triage. */
    public void reopen(String reasonText, String by, Instant at) {
        String reason = Require.text("reason", reasonText, 20_000);
        if (status != CaseStatus.RESOLVED) {
            // SPEC §3: re-open is from RESOLVED only; other ways back to TRIAGED go through triage.
            throw new IllegalTransitionException(status, CaseStatus.TRIAGED, "re-open");
        }
        moveTo(CaseStatus.TRIAGED, by, at, "re-opened: " + reason);
        this.resolution = Optional.empty();
        changed(at);
    }

    /**
     * Gives the case to {@code target}, or to nobody. A closed case takes no owner (it can still be released).
     * Returns false, changing nothing, when the case already has that owner.
     */
    public boolean changeOwner(Optional<AgentId> target, String by, Instant at, String why) {
        Require.present("agent", target);
        if (target.equals(owner)) {
            return false;
        }
        if (target.isPresent() && status == CaseStatus.CLOSED) {
            throw new CaseRuleException("Case " + id.shortForm() + " is closed: re-open it before giving it an owner");
        }
        ownerChanges.add(new OwnerChange(owner, target, by, at, why));
        owner = target;
        changed(at);
        return true;
    }

    /** Appends a note; notes never change or disappear. A closed case takes no more notes. */
    public CaseNote addNote(CaseNote note) {
        Require.present("note", note);
        if (status == CaseStatus.CLOSED) {
            throw new CaseRuleException("Case " + id.shortForm() + " is closed: re-open it before adding notes");
        }
        notes.add(note);
        if (note.kind() == NoteKind.CUSTOMER_ANSWER && waitingOnCustomer) {
            waitingOnCustomer = false;
            changed(note.at());
        }
        return note;
    }

    /**
     * The partner asked the customer something and waits for the answer: the resolution clock pauses until the agent
     * records the customer's answer (a {@code CUSTOMER_ANSWER} note) or the case is resolved.
     */
    public void waitOnCustomer(Instant at) {
        requireOpen("wait on the customer");
        if (!waitingOnCustomer) {
            waitingOnCustomer = true;
            changed(at);
        }
    }

    private void moveTo(CaseStatus target, String by, Instant at, String why) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target, verbFor(target));
        }
        history.add(new StatusChange(status, target, by, at, why));
        status = target;
    }

    private static String verbFor(CaseStatus target) {
        return switch (target) {
            case RESOLVED -> "resolve";
            case CLOSED -> "close";
            case ESCALATED -> "escalate";
            case RECHECK -> "recheck";
            case TRIAGED -> "triage";
            default -> "move to " + target;
        };
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new CaseRuleException("Cannot " + action + " on case " + id.shortForm() + ": it is " + status);
        }
    }

    private void changed(Instant at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
        version = storedVersion + 1;
        clockFollows(at);
    }

    /** Opens or ends the pause of the resolution clock the case's state now calls for. */
    private void clockFollows(Instant at) {
        if (!status.isOpen()) {
            waitingOnCustomer = false;
        }
        Optional<PauseReason> now = waitReason();
        Optional<ClockPause> open = openPause();
        if (open.map(ClockPause::reason).equals(now)) {
            return;
        }
        open.ifPresent(p -> clockPauses.set(clockPauses.size() - 1, p.endedAt(at)));
        now.ifPresent(reason -> clockPauses.add(new ClockPause(reason, at, Optional.empty())));
    }

    private Optional<PauseReason> waitReason() {
        if (!status.isOpen()) {
            return Optional.of(PauseReason.RESOLVED);
        }
        if (waitingOnCustomer) {
            return Optional.of(PauseReason.WAITING_ON_CUSTOMER);
        }
        if (status == CaseStatus.WAITING_ON_INCIDENT) {
            return Optional.of(PauseReason.WAITING_ON_INCIDENT);
        }
        if (status == CaseStatus.ESCALATED && !attentionNeeded) {
            return Optional.of(PauseReason.WAITING_ON_VENDOR);
        }
        return Optional.empty();
    }

    private Optional<ClockPause> openPause() {
        return clockPauses.isEmpty() ? Optional.empty()
                : Optional.of(clockPauses.get(clockPauses.size() - 1)).filter(ClockPause::isOpen);
    }

    // --- state ---------------------------------------------------------------------------------

    public CaseId id() {
        return id;
    }

    public TenantId customer() {
        return customer;
    }

    public Problem problem() {
        return problem;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<HealthCheck> healthCheck() {
        return healthCheck;
    }

    public Optional<TriageOutcome> triage() {
        return triage;
    }

    public Optional<ClusterId> clusterId() {
        return triage.flatMap(TriageOutcome::clusterId);
    }

    public Optional<ServiceRequestId> serviceRequestId() {
        return serviceRequestId;
    }

    public boolean attentionNeeded() {
        return attentionNeeded;
    }

    public Optional<String> resolution() {
        return resolution;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CaseNote> notes() {
        return List.copyOf(notes);
    }

    public boolean hasTroubleshootingNote() {
        return notes.stream().anyMatch(n -> n.kind() == NoteKind.TROUBLESHOOTING);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** The agent who owns the case, if anyone does. */
    public Optional<AgentId> owner() {
        return owner;
    }

    public List<OwnerChange> ownerChanges() {
        return List.copyOf(ownerChanges);
    }

    // --- the customer's clock -------------------------------------------------------------------

    /** The stretches the resolution clock did not count, oldest first; the last may still last. */
    public List<ClockPause> clockPauses() {
        return List.copyOf(clockPauses);
    }

    public boolean waitingOnCustomer() {
        return waitingOnCustomer;
    }

    /** The first response: the first customer update recorded. */
    public Optional<Instant> firstRespondedAt() {
        return notes.stream().filter(n -> n.kind() == NoteKind.CUSTOMER_UPDATE).map(CaseNote::at)
                .min(Instant::compareTo);
    }

    /** The customer's clock of this case under the partner's targets and calendar, judged at {@code now}. */
    public CustomerClock customerClock(CustomerClockSettings settings, Instant now) {
        return CustomerClock.of(openedAt, problem.impact(), firstRespondedAt(), clockPauses(), settings, now);
    }

    /** The version this case was loaded at (0 for a case never saved). */
    public long storedVersion() {
        return storedVersion;
    }

    /** The version the case has, or will have once its changes are saved. */
    public long version() {
        return version;
    }

    public boolean hasUnsavedChanges() {
        return version != storedVersion;
    }
}
