package com.partnerdesk.domain.escalation;

import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Permission;
import com.partnerdesk.domain.agent.PermissionPolicy;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guard on {@code → ESCALATED} (SPEC §5). Every check that applies is evaluated and reported, so the
 * agent sees every fault at once, not only the first.
 */
public final class EscalationReadiness {
    public static final Duration HEALTH_CHECK_MAX_AGE = Duration.ofMinutes(60);
    public static final int MIN_LINKED_CUSTOMERS = 2;

    private final PermissionPolicy permissions;

    public EscalationReadiness(PermissionPolicy permissions) {
        this.permissions = permissions;
    }

    public ReadinessReport evaluate(Actor actor, Customer customer, EscalationSubject subject, EscalationDraft draft,
                                    SupportTopicCatalogue topics, PartnerProfile partner, Instant now) {
        List<CheckResult> results = new ArrayList<>();
        ProductFamily family = subject.productFamily();

        Permission permission = permissions.decide(actor, Action.ESCALATE, family);
        results.add(permission.allowed() ? CheckResult.pass(ReadinessCheck.ROLE_PERMITS)
                : CheckResult.fail(ReadinessCheck.ROLE_PERMITS, permission.reason()));

        Optional<EscalationCategory> category = subject.triage().flatMap(TriageOutcome::category);
        boolean triagedToEscalate = subject.status() == CaseStatus.TRIAGED
                && subject.triage().map(t -> t.result() == TriageResult.ESCALATE).orElse(false);
        results.add(triagedToEscalate ? CheckResult.pass(ReadinessCheck.TRIAGED_TO_ESCALATE)
                : CheckResult.fail(ReadinessCheck.TRIAGED_TO_ESCALATE, "The case is " + subject.status()
                + " and triage says " + subject.triage().map(t -> t.result().name()).orElse("nothing yet")
                + ": only a TRIAGED case with the outcome ESCALATE can be escalated"));

        results.add(customer.relationship() == RelationshipStatus.ACTIVE ? CheckResult.pass(ReadinessCheck.RELATIONSHIP_ACTIVE)
                : CheckResult.fail(ReadinessCheck.RELATIONSHIP_ACTIVE, "The relationship with " + customer.name()
                + " is " + customer.relationship() + ", not ACTIVE"));
        results.add(customer.supportRights() ? CheckResult.pass(ReadinessCheck.SUPPORT_RIGHTS)
                : CheckResult.fail(ReadinessCheck.SUPPORT_RIGHTS, "The relationship with " + customer.name()
                + " does not grant the Service support administrator role"));

        checkHealth(subject, now, results);

        if (category.filter(c -> c == EscalationCategory.UNDOCUMENTED_SERVICE_PROBLEM
                || c == EscalationCategory.SERVICE_DEFECT).isPresent()) {
            results.add(subject.hasTroubleshootingNote() ? CheckResult.pass(ReadinessCheck.TROUBLESHOOTING_NOTE)
                    : CheckResult.fail(ReadinessCheck.TROUBLESHOOTING_NOTE,
                    "Record at least one troubleshooting step on the case before escalating " + category.get()));
        }
        category.ifPresent(c -> checkEvidence(c, subject, draft.evidence(), now, results));

        checkRequestFields(draft, family, topics, partner, results);
        checkProductRules(family, customer, partner, results);
        return new ReadinessReport(results);
    }

    private static void checkHealth(EscalationSubject subject, Instant now, List<CheckResult> results) {
        if (subject.healthCheck().isEmpty()) {
            results.add(CheckResult.fail(ReadinessCheck.HEALTH_CHECK_RECENT, "Service health was never checked for this case"));
            results.add(CheckResult.fail(ReadinessCheck.HEALTH_CHECK_CLEAR, "Check service health before escalating"));
            return;
        }
        var check = subject.healthCheck().get();
        results.add(check.isFresh(now, HEALTH_CHECK_MAX_AGE) ? CheckResult.pass(ReadinessCheck.HEALTH_CHECK_RECENT)
                : CheckResult.fail(ReadinessCheck.HEALTH_CHECK_RECENT, "Service health was last checked at "
                + check.checkedAt() + ", more than " + HEALTH_CHECK_MAX_AGE.toMinutes() + " minutes ago: re-run triage"));
        boolean overridden = subject.triage().map(TriageOutcome::overridden).orElse(false);
        results.add(!check.foundActiveIssue() || overridden ? CheckResult.pass(ReadinessCheck.HEALTH_CHECK_CLEAR)
                : CheckResult.fail(ReadinessCheck.HEALTH_CHECK_CLEAR, "The health check found active issue(s) "
                + check.activeIssueIds() + ": wait for them, or override with a reason saying how the problem differs"));
    }

    private static void checkEvidence(EscalationCategory category, EscalationSubject subject, Evidence evidence,
                                      Instant now, List<CheckResult> results) {
        switch (category) {
            case SERVICE_UNAVAILABLE -> {
                Optional<Instant> started = evidence.startedAt().or(subject::startedAt);
                if (started.isEmpty()) {
                    results.add(CheckResult.fail(ReadinessCheck.EVIDENCE_START_TIME, "Say when the service became unavailable"));
                } else if (started.get().isAfter(now)) {
                    results.add(CheckResult.fail(ReadinessCheck.EVIDENCE_START_TIME, "The start time " + started.get()
                            + " is in the future"));
                } else {
                    results.add(CheckResult.pass(ReadinessCheck.EVIDENCE_START_TIME));
                }
                boolean users = evidence.affectedUsers().isPresent() || subject.usersAffected().isPresent();
                results.add(users ? CheckResult.pass(ReadinessCheck.EVIDENCE_AFFECTED_USERS)
                        : CheckResult.fail(ReadinessCheck.EVIDENCE_AFFECTED_USERS, "Say which users are affected"));
            }
            case SERVICE_DEFECT -> results.add(present(evidence.reproductionSteps(), ReadinessCheck.EVIDENCE_REPRODUCTION_STEPS,
                    "Give the steps that reproduce the defect"));
            case LARGE_SCALE_NETWORK_DISRUPTION -> results.add(present(evidence.affectedSites(),
                    ReadinessCheck.EVIDENCE_AFFECTED_SITES, "Name the affected sites or locations"));
            case REGIONAL_MULTI_TENANT -> results.add(subject.linkedCustomers() >= MIN_LINKED_CUSTOMERS
                    ? CheckResult.pass(ReadinessCheck.EVIDENCE_LINKED_CUSTOMERS)
                    : CheckResult.fail(ReadinessCheck.EVIDENCE_LINKED_CUSTOMERS, "A regional multi-tenant escalation needs at least "
                    + MIN_LINKED_CUSTOMERS + " linked customers; the cluster has " + subject.linkedCustomers()));
            case UNDOCUMENTED_SERVICE_PROBLEM -> {
                results.add(present(evidence.expectedBehaviour(), ReadinessCheck.EVIDENCE_EXPECTED_BEHAVIOUR,
                        "Quote what the service description says the service does"));
                results.add(present(evidence.actualBehaviour(), ReadinessCheck.EVIDENCE_ACTUAL_BEHAVIOUR,
                        "Describe what happens instead"));
            }
            case BILLING_DISPUTE, FRAUD_CONCERN -> {
                // No category evidence beyond the request itself.
            }
        }
    }

    private static void checkRequestFields(EscalationDraft draft, ProductFamily family, SupportTopicCatalogue topics,
                                           PartnerProfile partner, List<CheckResult> results) {
        results.add(present(draft.title().filter(t -> t.length() <= ServiceRequest.MAX_TITLE), ReadinessCheck.TITLE,
                draft.title().isPresent() ? "The title is longer than " + ServiceRequest.MAX_TITLE + " characters"
                        : "Give the request a title"));
        results.add(present(draft.description().filter(d -> d.length() <= ServiceRequest.MAX_DESCRIPTION),
                ReadinessCheck.DESCRIPTION, draft.description().isPresent()
                        ? "The description is longer than " + ServiceRequest.MAX_DESCRIPTION + " characters"
                        : "Describe the problem for the vendor"));
        results.add(draft.severity().filter(Severity::known).isPresent() ? CheckResult.pass(ReadinessCheck.SEVERITY)
                : CheckResult.fail(ReadinessCheck.SEVERITY, "Choose a severity: critical, moderate or minimal"
                + draft.severity().map(s -> " (not " + s.vendorName() + ")").orElse("")));
        results.add(supportTopic(draft.supportTopicId(), family, topics));
        results.add(country(draft.countryCode()));
        results.add(partner.primaryContact().isPresent() ? CheckResult.pass(ReadinessCheck.PRIMARY_CONTACT)
                : CheckResult.fail(ReadinessCheck.PRIMARY_CONTACT,
                "Set the partner's primary contact: a global admin on the Settings page (/settings), or an operator with "
                        + "`partnerdesk partner set --contact-name N --contact-email E --contact-phone P`; the vendor "
                        + "contacts the partner, never the customer"));
    }

    private static CheckResult supportTopic(Optional<String> id, ProductFamily family, SupportTopicCatalogue topics) {
        if (id.isEmpty()) {
            return CheckResult.fail(ReadinessCheck.SUPPORT_TOPIC, "Choose a support topic of " + family);
        }
        Optional<SupportTopic> topic;
        try {
            topic = topics.find(SupportTopicId.of(id.get()));
        } catch (InvalidValueException e) {
            topic = Optional.empty();
        }
        if (topic.isEmpty()) {
            return CheckResult.fail(ReadinessCheck.SUPPORT_TOPIC, "Support topic '" + id.get() + "' is not in the catalogue");
        }
        if (topic.get().productFamily() != family) {
            return CheckResult.fail(ReadinessCheck.SUPPORT_TOPIC, "Support topic '" + topic.get().name() + "' belongs to "
                    + topic.get().productFamily() + ", not " + family);
        }
        return CheckResult.pass(ReadinessCheck.SUPPORT_TOPIC);
    }

    private static CheckResult country(Optional<String> code) {
        if (code.isEmpty()) {
            return CheckResult.fail(ReadinessCheck.COUNTRY_CODE, "Give the country code (ISO 3166 alpha-2, such as US)");
        }
        try {
            CountryCode.of(code.get());
            return CheckResult.pass(ReadinessCheck.COUNTRY_CODE);
        } catch (InvalidValueException e) {
            return CheckResult.fail(ReadinessCheck.COUNTRY_CODE, "'" + code.get() + "' is not an ISO 3166 alpha-2 country code");
        }
    }

    private static void checkProductRules(ProductFamily family, Customer customer, PartnerProfile partner,
                                          List<CheckResult> results) {
        switch (family) {
            case AZURE -> {
                results.add(customer.supportPlan() == SupportPlan.CSP ? CheckResult.pass(ReadinessCheck.AZURE_SUPPORT_PLAN)
                        : CheckResult.fail(ReadinessCheck.AZURE_SUPPORT_PLAN, "Azure requests need the customer's support plan to be CSP; "
                        + customer.name() + " has " + customer.supportPlan()));
                results.add(customer.resellerType() != ResellerType.INDIRECT ? CheckResult.pass(ReadinessCheck.AZURE_DIRECT_RESELLER)
                        : CheckResult.fail(ReadinessCheck.AZURE_DIRECT_RESELLER,
                        "The partner is " + customer.name() + "'s indirect reseller: the indirect provider files Azure requests"));
            }
            case DYNAMICS_365 -> results.add(partner.advancedSupport() ? CheckResult.pass(ReadinessCheck.DYNAMICS_ADVANCED_SUPPORT)
                    : CheckResult.fail(ReadinessCheck.DYNAMICS_ADVANCED_SUPPORT,
                    "Dynamics 365 requests need the partner's Advanced Support entitlement"));
            case MARKETPLACE -> results.add(CheckResult.fail(ReadinessCheck.NOT_MARKETPLACE,
                    "Marketplace products are supported by their publisher, not the vendor"));
            case OFFICE_365 -> {
                // No product rule beyond the request fields.
            }
        }
    }

    private static CheckResult present(Optional<String> value, ReadinessCheck check, String whenMissing) {
        return value.isPresent() ? CheckResult.pass(check) : CheckResult.fail(check, whenMissing);
    }
}
