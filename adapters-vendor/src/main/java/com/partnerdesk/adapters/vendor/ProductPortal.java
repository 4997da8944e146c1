package com.partnerdesk.adapters.vendor;

import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.Cloud;

/**
 * The product's portal the partner dashboard sends the agent on to when a new service request is started for a
 * customer: where the request is really written, for the product family and the customer's cloud. The US Government
 * clouds GCC High and DoD have portals of their own; GCC uses the commercial ones (sources in
 * docs/vendor-calls.md).
 */
public record ProductPortal(String name, String link) {
    public static ProductPortal of(ProductFamily family, Cloud cloud) {
        boolean sovereign = cloud == Cloud.GCC_HIGH || cloud == Cloud.DOD;
        return switch (family) {
            case OFFICE_365 -> switch (cloud) {
                case COMMERCIAL, GCC -> new ProductPortal("the Microsoft 365 admin center", "https://admin.microsoft.com");
                case GCC_HIGH -> new ProductPortal("the Microsoft 365 admin center for GCC High",
                        "https://portal.office365.us");
                case DOD -> new ProductPortal("the Microsoft 365 admin center for DoD", "https://portal.apps.mil");
            };
            case AZURE, MARKETPLACE -> sovereign
                    ? new ProductPortal("the Azure Government portal", "https://portal.azure.us")
                    : new ProductPortal("the Azure portal", "https://portal.azure.com");
            case DYNAMICS_365 -> switch (cloud) {
                case COMMERCIAL, GCC -> new ProductPortal("the Power Platform admin center",
                        "https://admin.powerplatform.microsoft.com");
                case GCC_HIGH -> new ProductPortal("the Power Platform admin center for GCC High",
                        "https://admin.powerplatform.microsoft.us");
                case DOD -> new ProductPortal("the Power Platform admin center for DoD", "https://admin.appsplatform.us");
            };
        };
    }
}
