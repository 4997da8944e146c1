package com.partnerdesk.adapters.web.cases;

import com.partnerdesk.adapters.web.WebDependencies;
import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.FormState;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Words;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.AskForEscalationCommand;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.cases.CaseRuleException;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.IllegalTransitionException;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.EscalationReadinessException;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.Severity;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The agents' case pages: plain server-rendered forms that work without JavaScript. Every form posts; a refused form
 * shows the same page again with what the agent typed and every fault beside its field; a form sent on a case someone
 * changed meanwhile shows what changed and keeps the text; every action ends with a one-line confirmation. The
 * escalation panel is one form: checking readiness, adding the troubleshooting step the checklist asks for, and filing
 * all send exactly what is on screen, and keep it as the agent's draft until it is filed or discarded.
 */
final class CasePages {
    /** The escalation form's fields, as the form and the JSON body name them. */
    static final List<String> ESCALATION_FIELDS = List.of("title", "description", "severity", "supportTopicId",
            "countryCode", "evidence.startedAt", "evidence.affectedUsers", "evidence.reproductionSteps",
            "evidence.affectedSites", "evidence.expectedBehaviour", "evidence.actualBehaviour");

    /** Every field of the case page's forms in the words of its label, for the summary of a refusal. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("description", "Description for the vendor"),
            Map.entry("severity", "Severity"), Map.entry("supportTopicId", "Support topic"),
            Map.entry("countryCode", "Country code"), Map.entry("evidence.startedAt", "When it started"),
            Map.entry("evidence.affectedUsers", "Affected users"),
            Map.entry("evidence.reproductionSteps", "Reproduction steps"),
            Map.entry("evidence.affectedSites", "Affected sites"),
            Map.entry("evidence.expectedBehaviour", "What the service description says"),
            Map.entry("evidence.actualBehaviour", "What happens instead"),
            Map.entry("troubleshootingNote", "Troubleshooting step"), Map.entry("text", "Note"),
            Map.entry("kind", "Kind of note"), Map.entry("overrideReason", "Override reason"),
            Map.entry("classification", "Classification"), Map.entry("resolution", "Resolution"),
            Map.entry("reason", "Why re-open"), Map.entry("note", "Why the case needs the vendor"),
            Map.entry("version", "Version"), Map.entry("idempotencyKey", "Form key"),
            Map.entry("service", "Service"), Map.entry("startedAt", "When it started"),
            Map.entry("usersAffected", "Users affected"), Map.entry("impact", "Business impact"));

    private final WebDependencies deps;
    private final Pages pages;

    CasePages(WebDependencies deps, Pages pages) {
        this.deps = deps;
        this.pages = pages;
    }

    // --- the queue ----------------------------------------------------------------------------

    void queue(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseSearch search = CaseInput.search(Inputs.query(ctx));
        CaseList result = deps.findCases().search(caller, search);
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Case queue", "cases"));
        params.put("result", result);
        params.put("customers", deps.customers().list(caller));
        params.put("services", deps.referenceData().services(caller));
        params.put("status", search.status().map(Enum::name).orElse(""));
        params.put("tenantId", search.tenantId().map(TenantId::value).orElse(""));
        params.put("service", search.service().orElse(""));
        params.put("impact", search.impact().map(Enum::name).orElse(""));
        params.put("attention", search.attentionOnly());
        params.put("q", search.text().orElse(""));
        params.put("view", new QueueView(search, result, deps.clock().instant()));
        pages.render(ctx, 200, "cases/queue.jte", params);
    }

    // --- the case page --------------------------------------------------------------------------

    void casePage(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseView view = deps.findCases().get(caller, Inputs.caseId(ctx.pathParam("id")));
        render(ctx, 200, caller, view, keptOrSuggested(caller, view), FormState.NONE, List.of());
    }

    /** Keeps what is on screen as the agent's draft and checks it against the readiness checklist, on the same page. */
    void checkReadiness(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseView view = deps.findCases().get(caller, Inputs.caseId(ctx.pathParam("id")));
        Inputs in = pages.form(ctx);
        EscalationDraft draft = CaseInput.readDraft(in);
        deps.escalationDrafts().keep(caller, view.id(), draft);
        List<Problem.Fault> faults = faults(in);
        FormState form = faults.isEmpty()
                ? new FormState("escalation", typed(in, ESCALATION_FIELDS), List.of(), LABELS,
                "Readiness checked against what is on screen; your draft is kept.")
                : FormState.refused("escalation", in, ESCALATION_FIELDS, faults, LABELS,
                "Some fields could not be read: correct them beside each field. Your draft is kept.");
        render(ctx, faults.isEmpty() ? 200 : 400, caller, view, draft, form, List.of());
    }

    /** The troubleshooting step the checklist asks for, added from the escalation panel without losing its draft. */
    void addTroubleshootingFromPanel(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        EscalationDraft draft = CaseInput.readDraft(in);
        deps.escalationDrafts().keep(caller, id, draft);
        List<String> fields = Stream.concat(ESCALATION_FIELDS.stream(), Stream.of("troubleshootingNote")).toList();
        try {
            String text = in.required("troubleshootingNote");
            in.check();
            deps.addNote().addNote(new AddNoteCommand(caller, id, NoteKind.TROUBLESHOOTING, text));
            pages.done(ctx, "/cases/" + id.value() + "#escalation",
                    "Troubleshooting step added; your escalation draft is kept.");
        } catch (InvalidInputException | InvalidValueException invalid) {
            CaseView view = deps.findCases().get(caller, id);
            render(ctx, 400, caller, view, draft, FormState.refused("escalation", in, fields,
                    new ErrorMapper().map(invalid).errors(), LABELS, "The troubleshooting step was not added."),
                    List.of());
        }
    }

    void discardDraft(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        deps.findCases().get(caller, id);
        deps.escalationDrafts().discard(caller, id);
        pages.done(ctx, "/cases/" + id.value() + "#escalation", "Escalation draft discarded.");
    }

    /** Files exactly what is on screen. Anything refused comes back on the case page with the text kept. */
    void escalate(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        EscalationDraft draft = CaseInput.readDraft(in);
        List<String> fields = ESCALATION_FIELDS;
        try {
            in.check();
            ServiceRequestView request = deps.escalateCase().escalate(new EscalateCaseCommand(caller, id, version,
                    draft, Requests.idempotencyKey(ctx.formParam("idempotencyKey"), "idempotencyKey")));
            pages.done(ctx, "/service-requests/" + request.id().value(),
                    "Service request filed for the case; the escalation draft is done with.");
        } catch (EscalationReadinessException notReady) {
            deps.escalationDrafts().keep(caller, id, draft);
            refuse(ctx, caller, id, draft, "escalation", in, fields, notReady,
                    "Not filed: the checklist below says what is missing. Your draft is kept.");
        } catch (InvalidInputException | InvalidValueException | StaleVersionException | ConflictException
                 | CaseRuleException | IllegalTransitionException refused) {
            deps.escalationDrafts().keep(caller, id, draft);
            refuse(ctx, caller, id, draft, "escalation", in, fields, refused,
                    "Not filed. Your draft is kept.");
        }
    }

    // --- the other forms of the case page ------------------------------------------------------

    void addNote(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        attempt(ctx, caller, id, "note", in, List.of("text", "kind"), "The note was not added.", () -> {
            AddNoteCommand command = CaseInput.note(in, caller, id);
            deps.addNote().addNote(command);
            return command.kind() == NoteKind.TROUBLESHOOTING ? "Troubleshooting step added." : "Note added.";
        }, "#notes");
    }

    void triage(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        attempt(ctx, caller, id, "triage", in, List.of("classification", "overrideReason"), "Not triaged again.", () -> {
            CaseView view = deps.triageCase().triage(CaseInput.triage(in, caller, id, version));
            return "Health checked and triaged again: " + Words.of(view.status()) + ".";
        }, "");
    }

    void askForEscalation(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        attempt(ctx, caller, id, "ask", in, List.of("note"), "Not sent to the admin agents.", () -> {
            deps.askForEscalation().ask(new AskForEscalationCommand(caller, id, in.raw("note")));
            return "The admin agents are asked to escalate: the case is flagged \"attention needed\" with your note.";
        }, "");
    }

    void resolve(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        attempt(ctx, caller, id, "resolve", in, List.of("resolution"), "Not resolved.", () -> {
            deps.changeCaseStatus().resolve(new ResolveCaseCommand(caller, id, version, CaseInput.resolution(in)));
            return "Case resolved.";
        }, "");
    }

    void close(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        attempt(ctx, caller, id, "close", in, List.of(), "Not closed.", () -> {
            deps.changeCaseStatus().close(new CloseCaseCommand(caller, id, version));
            return "Case closed.";
        }, "");
    }

    void reopen(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        attempt(ctx, caller, id, "reopen", in, List.of("reason"), "Not re-opened.", () -> {
            deps.changeCaseStatus().reopen(new ReopenCaseCommand(caller, id, version, CaseInput.reopenReason(in)));
            return "Case re-opened.";
        }, "");
    }

    /** Take (the agent's own e-mail), release (blank) or assign (another agent's e-mail), from the case page. */
    void changeOwner(Context ctx) {
        Caller caller = Requests.caller(ctx);
        CaseId id = Inputs.caseId(ctx.pathParam("id"));
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        attempt(ctx, caller, id, "owner", in, List.of("agent"), "The owner was not changed.", () -> {
            CaseView view = deps.changeOwner().changeOwner(new ChangeOwnerCommand(caller, id, CaseInput.owner(in),
                    java.util.OptionalLong.of(version)));
            return view.owner().map(o -> "The case is now owned by " + o.name() + ".").orElse("The case is now unowned.");
        }, "");
    }

    // --- opening a case -------------------------------------------------------------------------

    void newCaseForm(Context ctx) {
        Customer customer = deps.customers().get(Requests.caller(ctx), Inputs.tenantId(ctx.pathParam("tenantId")));
        Map<String, String> values = new HashMap<>();
        values.put("startedAt", pages.inputTime(ctx, deps.clock().instant()));
        renderNewCase(ctx, 200, customer, new FormState("", values, List.of(), LABELS, ""));
    }

    void openCase(Context ctx) {
        Caller caller = Requests.caller(ctx);
        TenantId tenantId = Inputs.tenantId(ctx.pathParam("tenantId"));
        Customer customer = deps.customers().get(caller, tenantId);
        Inputs in = pages.form(ctx);
        try {
            CaseView view = deps.openCase().open(CaseInput.openCase(in, caller, tenantId,
                    Requests.idempotencyKey(ctx.formParam("idempotencyKey"), "idempotencyKey")));
            pages.done(ctx, "/cases/" + view.id().value(), "Case opened, health checked and triaged: "
                    + Words.of(view.status()) + ".");
        } catch (InvalidInputException | InvalidValueException invalid) {
            List<String> fields = Stream.concat(CaseInput.OPEN_CASE_FIELDS.stream(), Stream.of("idempotencyKey"))
                    .toList();
            renderNewCase(ctx, 400, customer, FormState.refused("open", in, fields,
                    new ErrorMapper().map(invalid).errors(), LABELS, "The case was not opened: correct the fields below."));
        }
    }

    private void renderNewCase(Context ctx, int status, Customer customer, FormState form) {
        String key = form.value("idempotencyKey", "");
        pages.render(ctx, status, "cases/newcase.jte", Map.of("page", pages.page(ctx, "New case for " + customer.name(),
                "customers"), "customer", customer, "form", form, "idempotencyKey",
                key.isBlank() ? UUID.randomUUID().toString() : key));
    }

    // --- plumbing -------------------------------------------------------------------------------

    /** A state-changing form: done with a confirmation, or refused back onto the case page with the text kept. */
    private void attempt(Context ctx, Caller caller, CaseId id, String form, Inputs in, List<String> fields,
                         String refusedAlert, java.util.function.Supplier<String> action, String anchor) {
        try {
            String confirmation = action.get();
            pages.done(ctx, "/cases/" + id.value() + anchor, confirmation);
        } catch (InvalidInputException | InvalidValueException | StaleVersionException | ConflictException
                 | CaseRuleException | IllegalTransitionException refused) {
            refuse(ctx, caller, id, keptOrSuggested(caller, deps.findCases().get(caller, id)), form, in, fields,
                    refused, refusedAlert);
        }
    }

    private void refuse(Context ctx, Caller caller, CaseId id, EscalationDraft draft, String form, Inputs in,
                        List<String> fields, RuntimeException refused, String alert) {
        Problem problem = new ErrorMapper().map(refused);
        CaseView now = deps.findCases().get(caller, id);
        List<TimelineEntry> changes = List.of();
        String sentence = alert;
        if (refused instanceof StaleVersionException) {
            Instant seen = seenAt(in);
            changes = TimelineEntry.of(now).stream().filter(e -> seen == null || e.at().isAfter(seen)).toList();
            sentence = "Someone changed this case since you opened it — what changed is listed here. Your text is "
                    + "kept: check it against the case as it is now and send it again.";
        } else if (problem.errors().isEmpty() && !(refused instanceof EscalationReadinessException)) {
            sentence = alert + " " + problem.detail();
        }
        List<Problem.Fault> faults = refused instanceof EscalationReadinessException || refused instanceof StaleVersionException
                ? List.of() : problem.errors();
        render(ctx, problem.status(), caller, now, draft, FormState.refused(form, in, fields, faults, LABELS, sentence),
                changes);
    }

    private static Instant seenAt(Inputs in) {
        try {
            return in.text("seenAt").map(Instant::parse).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void render(Context ctx, int status, Caller caller, CaseView view, EscalationDraft draft, FormState form,
                        List<TimelineEntry> changes) {
        var page = pages.page(ctx, view.title(), "cases");
        boolean mayEscalate = page.abilities().mayEscalate(view.productFamily());
        Optional<ReadinessReport> readiness = view.status() == CaseStatus.TRIAGED && mayEscalate
                ? Optional.of(deps.escalateCase().readiness(new ReadinessQuery(caller, view.id(), draft)))
                : Optional.empty();
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("c", view);
        params.put("timeline", TimelineEntry.of(view));
        params.put("me", caller.actor() instanceof com.partnerdesk.domain.agent.Actor.AgentActor a
                ? a.email().value() : "");
        params.put("assignees", page.abilities().assignCases() ? deps.changeOwner().assignees(caller, view.id()) : List.of());
        params.put("readiness", readiness.orElse(null));
        params.put("mayEscalate", mayEscalate);
        params.put("draft", draftFields(draft, view, pages.zone(ctx)));
        params.put("form", form);
        params.put("changes", changes);
        params.put("topics", deps.referenceData().supportTopics(caller, Optional.of(view.productFamily())));
        params.put("issues", view.healthCheck().map(h -> h.activeIssueIds().stream()
                .flatMap(i -> {
                    try {
                        return Stream.of(deps.healthIssues().get(caller, i));
                    } catch (NotFoundException e) {
                        return Stream.empty();
                    }
                }).toList()).orElse(List.of()));
        pages.render(ctx, status, "cases/case.jte", params);
    }

    private EscalationDraft keptOrSuggested(Caller caller, CaseView view) {
        if (view.status() != CaseStatus.TRIAGED) {
            return suggestedDraft(view, Optional.empty());
        }
        return deps.escalationDrafts().find(caller, view.id()).orElseGet(() -> suggestedDraft(view,
                Optional.of(deps.customers().get(caller, TenantId.of(view.tenantId())).country().value())));
    }

    /** What the escalation form starts with: the case's own words and the severity its impact suggests. */
    private static EscalationDraft suggestedDraft(CaseView view, Optional<String> country) {
        return new EscalationDraft(Optional.of(view.title()), Optional.of(view.description()),
                Optional.of(Severity.forImpact(view.impact())), Optional.empty(), country,
                new Evidence(Optional.of(view.startedAt()), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
    }

    /** The escalation form's fields as text, from a draft. */
    private static Map<String, String> draftFields(EscalationDraft d, CaseView view, ZoneId zone) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", d.title().orElse(""));
        v.put("description", d.description().orElse(""));
        v.put("severity", d.severity().map(Enum::name).orElse(""));
        v.put("supportTopicId", d.supportTopicId().orElse(""));
        v.put("countryCode", d.countryCode().orElse(""));
        v.put("evidence.startedAt", d.evidence().startedAt().map(i -> java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd'T'HH:mm").format(i.atZone(zone))).orElse(""));
        v.put("evidence.affectedUsers", d.evidence().affectedUsers().orElse(""));
        v.put("evidence.reproductionSteps", d.evidence().reproductionSteps().orElse(""));
        v.put("evidence.affectedSites", d.evidence().affectedSites().orElse(""));
        v.put("evidence.expectedBehaviour", d.evidence().expectedBehaviour().orElse(""));
        v.put("evidence.actualBehaviour", d.evidence().actualBehaviour().orElse(""));
        return v;
    }

    private static Map<String, String> typed(Inputs in, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f, in.raw(f)));
        return values;
    }

    private static List<Problem.Fault> faults(Inputs in) {
        return in.faults().stream().map(f -> Problem.Fault.field(f.location(), f.message())).toList();
    }
}
