package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.common.Require;

/**
 * The customer clock's settings as a caller sees them: the targets and business hours, their version (the API's
 * ETag, the form's hidden field; 0 until first saved) and whether this caller may change them.
 */
public record CustomerClockView(CustomerClockSettings settings, long version, boolean mayEdit) {
    public CustomerClockView {
        Require.present("settings", settings);
    }
}
