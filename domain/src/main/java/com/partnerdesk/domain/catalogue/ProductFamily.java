package com.partnerdesk.domain.catalogue;

/** What a vendor service request is filed under. */
public enum ProductFamily {
    OFFICE_365("Office 365"),
    AZURE("Azure"),
    DYNAMICS_365("Dynamics 365"),
    MARKETPLACE("Marketplace");

    private final String productName;

    ProductFamily(String productName) {
        this.productName = productName;
    }

    /** The product name the vendor shows on a service request. */
    public String productName() {
        return productName;
    }
}
