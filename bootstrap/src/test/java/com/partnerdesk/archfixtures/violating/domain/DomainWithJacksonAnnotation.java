package com.partnerdesk.archfixtures.violating.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a serializer annotation inside the domain. */
public record DomainWithJacksonAnnotation(@JsonProperty("case_id") String caseId) {
}
