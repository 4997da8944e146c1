package com.partnerdesk.archfixtures.violating.application.port.in;

import com.partnerdesk.archfixtures.violating.application.port.out.CaseStore;

/** Fixture: a use case that hands its callers an outgoing port's type. */
public interface SearchCasesUseCase {

    CaseStore search(String text);
}
