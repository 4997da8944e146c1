package com.partnerdesk.adapters.web.servicerequests;

import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service request (and a support topic) in the API's JSON, in the vendor's field names; pure functions. */
public final class ServiceRequestJson {
    private ServiceRequestJson() {
    }

    public static Map<String, Object> of(ServiceRequestView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("tenantId", r.tenantId());
        m.put("title", r.title());
        m.put("description", r.description());
        m.put("severity", r.severity().vendorName());
        m.put("status", r.status().vendorName());
        m.put("supportTopicId", r.supportTopicId());
        m.put("supportTopicName", r.supportTopicName());
        m.put("productFamily", r.productFamily());
        m.put("productName", r.productName());
        m.put("countryCode", r.countryCode());
        m.put("primaryContact", contactJson(r.primaryContact()));
        m.put("organization", r.organization());
        m.put("notes", r.notes().stream().map(ServiceRequestJson::requestNoteJson).toList());
        m.put("createdDate", r.createdDate());
        m.put("lastModifiedDate", r.lastModifiedDate());
        m.put("lastClosedDate", r.lastClosedDate().orElse(null));
        m.put("caseCount", r.caseIds().size()); // a cluster's request may hold thousands: they are a query away
        m.put("cases", "/api/v1/cases?serviceRequestId=" + r.id().value());
        m.put("clusterId", r.clusterId().map(Object::toString).orElse(null));
        m.put("vendorRequestNumber", r.vendorRequestNumber().orElse(null));
        m.put("submittedAt", r.submittedAt().orElse(null));
        m.put("responseTarget", r.responseTarget());
        m.put("responseDueAt", r.responseDueAt().orElse(null));
        m.put("responseTimeLeft", r.responseTimeLeft().orElse(null));
        m.put("breached", r.responseTargetBreached());
        m.put("deliveryState", r.deliveryState().orElse(null));
        m.put("deliveryAttempts", r.deliveryAttempts());
        m.put("deliveryError", r.deliveryError().orElse(null));
        m.put("awaitingVendorNumber", r.awaitingVendorNumber());
        m.put("partnerUpdatesWaiting", r.partnerUpdatesWaiting());
        m.put("partnerUpdatesParked", r.partnerUpdatesParked());
        m.put("filingLink", r.filingLink().orElse(null));
        m.put("filingPortalName", r.filingPortalName().orElse(null));
        m.put("filingPortalLink", r.filingPortalLink().orElse(null));
        m.put("filingSteps", r.filingSteps());
        m.put("unlinkedVendorRequests", r.unlinkedVendorRequests().stream().map(ServiceRequestJson::unlinkedJson).toList());
        m.put("version", r.version());
        return m;
    }

    /** A request the vendor holds for the customer under a number no request of the desk carries. */
    static Map<String, Object> unlinkedJson(UnlinkedVendorRequest u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendorRequestNumber", u.vendorRequestNumber());
        m.put("title", u.title());
        m.put("severity", u.severity().vendorName());
        m.put("status", u.status().map(ServiceRequestStatus::vendorName).orElse("unknown"));
        m.put("createdDate", u.createdDate().orElse(null));
        m.put("foundAt", u.foundAt());
        return m;
    }

    static Map<String, Object> contactJson(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("email", c.email().value());
        m.put("phone", c.phone());
        return m;
    }

    static Map<String, Object> requestNoteJson(ServiceRequestNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("author", n.author());
        m.put("text", n.text());
        m.put("createdDate", n.createdAt());
        m.put("fromVendor", n.fromVendor());
        return m;
    }

    static Map<String, Object> supportTopicJson(SupportTopic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().value());
        m.put("name", t.name());
        m.put("productFamily", t.productFamily().name());
        return m;
    }
}
