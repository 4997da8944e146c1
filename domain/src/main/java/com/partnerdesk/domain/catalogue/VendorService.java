package com.partnerdesk.domain.catalogue;

import com.partnerdesk.domain.common.Require;

/** A vendor service, named as the vendor's health feed names it, and the product family it belongs to. */
public record VendorService(String name, ProductFamily family) {
    /** The health feed's name for an issue that affects every Office 365 service. */
    public static final String SUITE = "Microsoft 365 suite";

    public VendorService {
        name = Require.text("service", name, 120);
        Require.present("productFamily", family);
    }

    public boolean isSuite() {
        return name.equalsIgnoreCase(SUITE);
    }

    @Override
    public String toString() {
        return name;
    }
}
