package com.partnerdesk.domain.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The vendor's support topics, as shipped with the desk and extended by the partner. */
public final class SupportTopicCatalogue {
    private final Map<SupportTopicId, SupportTopic> byId = new LinkedHashMap<>();

    public SupportTopicCatalogue(Collection<SupportTopic> topics) {
        for (SupportTopic topic : topics) {
            byId.put(topic.id(), topic);
        }
    }

    public static SupportTopicCatalogue standard() {
        return new SupportTopicCatalogue(List.of(
                topic("32444671", "Mail flow", ProductFamily.OFFICE_365),
                topic("32444672", "Sign-in and authentication", ProductFamily.OFFICE_365),
                topic("32444673", "Meetings and calling", ProductFamily.OFFICE_365),
                topic("32444674", "Sites, lists and libraries", ProductFamily.OFFICE_365),
                topic("32444675", "File sync", ProductFamily.OFFICE_365),
                topic("32444676", "Device enrolment and compliance", ProductFamily.OFFICE_365),
                topic("32444677", "Service availability", ProductFamily.OFFICE_365),
                topic("32444681", "Virtual machine connectivity", ProductFamily.AZURE),
                topic("32444682", "Storage account access", ProductFamily.AZURE),
                topic("32444683", "Networking and connectivity", ProductFamily.AZURE),
                topic("32444684", "Service availability", ProductFamily.AZURE),
                topic("32444691", "Sales app performance", ProductFamily.DYNAMICS_365),
                topic("32444692", "Data and integration", ProductFamily.DYNAMICS_365),
                topic("32444699", "Marketplace offer", ProductFamily.MARKETPLACE)));
    }

    private static SupportTopic topic(String id, String name, ProductFamily family) {
        return new SupportTopic(SupportTopicId.of(id), name, family);
    }

    public Optional<SupportTopic> find(SupportTopicId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<SupportTopic> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(SupportTopic::productFamily).thenComparing(SupportTopic::name))
                .toList();
    }

    public List<SupportTopic> forFamily(ProductFamily family) {
        return all().stream().filter(t -> t.productFamily() == family).toList();
    }
}
