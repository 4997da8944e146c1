package com.partnerdesk.adapters.web.support;

import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.util.Locale;

/**
 * The one place where a value of the desk becomes the words an agent reads on a page: every enum the pages show has
 * its sentence-case words here, never its code ({@code GCC_HIGH}, {@code KNOWN_INCIDENT}, {@code serviceDegradation}).
 * The API and the CLI keep the codes; the pages never show them.
 */
public final class Words {
    private Words() {
    }

    /** A sentence's first letter in capitals: "taken" reads "Taken". */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof CaseStatus s) {
            return caseStatus(s);
        }
        if (value instanceof Impact i) {
            return switch (i) {
                case CRITICAL -> "Critical";
                case MODERATE -> "Moderate";
                case MINIMAL -> "Minimal";
            };
        }
        if (value instanceof UsersAffected u) {
            return switch (u) {
                case ONE -> "One user";
                case SEVERAL -> "Several users";
                case TENANT -> "The whole organisation";
            };
        }
        if (value instanceof SymptomClassification c) {
            return symptom(c);
        }
        if (value instanceof TriageResult t) {
            return switch (t) {
                case KNOWN_INCIDENT -> "Known incident";
                case PARTNER_RESOLVABLE -> "Partner can resolve";
                case ESCALATE -> "Escalate to the vendor";
            };
        }
        if (value instanceof EscalationCategory k) {
            return category(k);
        }
        if (value instanceof NoteKind n) {
            return switch (n) {
                case NOTE -> "Note";
                case TROUBLESHOOTING -> "Troubleshooting step";
                case VENDOR -> "From the vendor";
                case CUSTOMER_UPDATE -> "Update to the customer";
            };
        }
        if (value instanceof ServiceRequestStatus s) {
            return switch (s) {
                case NONE -> "Not yet with the vendor";
                case OPEN -> "Open with the vendor";
                case ATTENTION_NEEDED -> "Vendor needs our answer";
                case CLOSED -> "Closed";
            };
        }
        if (value instanceof Severity s) {
            return switch (s) {
                case CRITICAL -> "Critical";
                case MODERATE -> "Moderate";
                case MINIMAL -> "Minimal";
                case UNKNOWN -> "Not known";
            };
        }
        if (value instanceof Cloud c) {
            return switch (c) {
                case COMMERCIAL -> "Commercial";
                case GCC -> "Government (GCC)";
                case GCC_HIGH -> "Government (GCC High)";
                case DOD -> "Government (DoD)";
            };
        }
        if (value instanceof RelationshipStatus r) {
            return switch (r) {
                case ACTIVE -> "Active";
                case PENDING -> "Pending";
                case EXPIRED -> "Expired";
                case TERMINATED -> "Ended";
            };
        }
        if (value instanceof SupportPlan p) {
            return switch (p) {
                case CSP -> "Partner support (CSP)";
                case NONE -> "No support plan";
            };
        }
        if (value instanceof ResellerType r) {
            return switch (r) {
                case DIRECT -> "Direct reseller";
                case INDIRECT -> "Indirect reseller";
            };
        }
        if (value instanceof HealthStatus h) {
            return healthStatus(h);
        }
        if (value instanceof IssueClassification c) {
            return switch (c) {
                case INCIDENT -> "Incident";
                case ADVISORY -> "Advisory";
            };
        }
        if (value instanceof Role r) {
            return r.label();
        }
        if (value instanceof ProductFamily f) {
            return f.productName();
        }
        if (value instanceof AuditOutcome o) {
            return switch (o) {
                case ALLOWED -> "Allowed";
                case DENIED -> "Refused";
            };
        }
        if (value instanceof Channel c) {
            return switch (c) {
                case WEB -> "Pages";
                case API -> "API";
                case CLI -> "Command line";
                case SYSTEM -> "PartnerDesk itself";
            };
        }
        return humane(value);
    }

    private static String caseStatus(CaseStatus s) {
        return switch (s) {
            case NEW -> "New";
            case TRIAGED -> "Triaged";
            case WAITING_ON_INCIDENT -> "Waiting on a known incident";
            case IN_PROGRESS -> "In progress";
            case ESCALATED -> "Escalated to the vendor";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
            case RECHECK -> "To check again";
        };
    }

    private static String symptom(SymptomClassification c) {
        return switch (c) {
            case CONFIGURATION -> "Configuration or how-to";
            case UNDOCUMENTED_BEHAVIOUR -> "Behaves differently from the documentation";
            case UNAVAILABLE -> "Service unavailable";
            case DEFECT -> "Defect in the service";
            case NETWORK_DISRUPTION -> "Network disruption";
            case BILLING_DISPUTE -> "Billing dispute";
            case FRAUD -> "Suspected fraud";
        };
    }

    private static String category(EscalationCategory k) {
        return switch (k) {
            case UNDOCUMENTED_SERVICE_PROBLEM -> "Undocumented service problem";
            case SERVICE_UNAVAILABLE -> "Service unavailable";
            case SERVICE_DEFECT -> "Service defect";
            case LARGE_SCALE_NETWORK_DISRUPTION -> "Large-scale network disruption";
            case REGIONAL_MULTI_TENANT -> "Several customers in one region";
            case BILLING_DISPUTE -> "Billing dispute";
            case FRAUD_CONCERN -> "Suspected fraud";
        };
    }

    private static String healthStatus(HealthStatus h) {
        return switch (h) {
            case SERVICE_OPERATIONAL -> "Operational";
            case INVESTIGATING -> "Investigating";
            case RESTORING_SERVICE -> "Restoring service";
            case VERIFYING_SERVICE -> "Verifying the fix";
            case SERVICE_RESTORED -> "Service restored";
            case POST_INCIDENT_REVIEW_PUBLISHED -> "Post-incident review published";
            case SERVICE_DEGRADATION -> "Service degraded";
            case SERVICE_INTERRUPTION -> "Service interrupted";
            case EXTENDED_RECOVERY -> "Extended recovery";
            case FALSE_POSITIVE -> "False alarm";
            case INVESTIGATION_SUSPENDED -> "Investigation suspended";
            case RESOLVED -> "Resolved";
            case MITIGATED_EXTERNAL -> "Mitigated outside the vendor";
            case MITIGATED -> "Mitigated";
            case RESOLVED_EXTERNAL -> "Resolved outside the vendor";
            case CONFIRMED -> "Confirmed";
            case REPORTED -> "Reported";
            case UNKNOWN_FUTURE_VALUE -> "A status the desk does not know yet";
        };
    }

    /** An enum no page shows yet: its name in words, never the raw code. */
    private static String humane(Enum<?> value) {
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
