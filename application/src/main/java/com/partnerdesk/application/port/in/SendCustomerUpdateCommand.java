package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;

/**
 * A customer update mailed to customers' contacts: to one case's customer, or, for an outage, to every customer whose
 * open case is linked to the same health issue or is in the same cluster. {@code subject} is the mail's subject line,
 * {@code text} what the partner tells the customer (recorded on each case as a {@code CUSTOMER_UPDATE} note).
 */
public record SendCustomerUpdateCommand(Caller caller, Audience audience, String subject, String text) {
    public static final String SUBJECT = "subject";
    public static final String TEXT = "text";

    public SendCustomerUpdateCommand {
        Require.present("caller", caller);
        Require.present("audience", audience);
        subject = Require.text(SUBJECT, subject, 200);
        text = Require.text(TEXT, text, 20_000);
    }

    /** Who the update is for. */
    public sealed interface Audience permits OneCase, HealthIssue, Cluster {
    }

    public record OneCase(CaseId caseId) implements Audience {
    }

    public record HealthIssue(HealthIssueId issueId) implements Audience {
    }

    public record Cluster(ClusterId clusterId) implements Audience {
    }
}
