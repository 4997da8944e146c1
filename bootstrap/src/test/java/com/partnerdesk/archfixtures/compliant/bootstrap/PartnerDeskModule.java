package com.partnerdesk.archfixtures.compliant.bootstrap;

import com.partnerdesk.archfixtures.compliant.adapters.cli.OpenCaseCliCommand;
import com.partnerdesk.archfixtures.compliant.adapters.persistence.JdbiCaseRepository;
import com.partnerdesk.archfixtures.compliant.adapters.web.CaseController;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseUseCase;
import com.partnerdesk.archfixtures.compliant.application.port.out.CaseRepository;
import com.partnerdesk.archfixtures.compliant.application.service.OpenCaseService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. The composition root may see every layer. */
public final class PartnerDeskModule extends AbstractModule {

    private final String databaseFile;

    public PartnerDeskModule(String databaseFile) {
        this.databaseFile = databaseFile;
    }

    @Provides
    @Singleton
    CaseRepository caseRepository() {
        return JdbiCaseRepository.open(databaseFile);
    }

    @Provides
    @Singleton
    OpenCaseUseCase openCase(CaseRepository cases) {
        return new OpenCaseService(cases, Clock.systemUTC());
    }

    @Provides
    CaseController caseController(OpenCaseUseCase openCase) {
        return new CaseController(openCase, new ObjectMapper());
    }

    @Provides
    OpenCaseCliCommand openCaseCliCommand(OpenCaseUseCase openCase) {
        return new OpenCaseCliCommand(openCase, new ObjectMapper());
    }
}
