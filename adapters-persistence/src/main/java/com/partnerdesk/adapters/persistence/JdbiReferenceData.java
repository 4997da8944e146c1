package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.ReferenceData;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.catalogue.SupportTopicCatalogue;
import com.partnerdesk.domain.catalogue.SupportTopicId;
import com.partnerdesk.domain.catalogue.VendorService;
import java.util.ArrayList;
import java.util.List;

/** The shipped service catalogue and support topics, plus the partner's own rows from the database. */
public final class JdbiReferenceData implements ReferenceData {
    private final SqliteDatabase db;

    JdbiReferenceData(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public ServiceCatalogue services() {
        List<VendorService> extra = db.read(h -> h.createQuery("SELECT name, family FROM extra_services ORDER BY name")
                .map((rs, ctx) -> new VendorService(rs.getString("name"), ProductFamily.valueOf(rs.getString("family"))))
                .list());
        ServiceCatalogue catalogue = ServiceCatalogue.standard();
        for (VendorService service : extra) {
            catalogue = catalogue.with(service);
        }
        return catalogue;
    }

    @Override
    public SupportTopicCatalogue supportTopics() {
        List<SupportTopic> topics = new ArrayList<>(SupportTopicCatalogue.standard().all());
        topics.addAll(db.read(h -> h.createQuery("SELECT id, name, family FROM extra_support_topics ORDER BY id")
                .map((rs, ctx) -> new SupportTopic(SupportTopicId.of(rs.getString("id")), rs.getString("name"),
                        ProductFamily.valueOf(rs.getString("family"))))
                .list()));
        return new SupportTopicCatalogue(topics);
    }

    /** Adds (or replaces) a service of the partner's own beside the shipped catalogue. */
    public void addService(VendorService service) {
        db.write(h -> h.createUpdate("INSERT OR REPLACE INTO extra_services (name, family) VALUES (:name, :family)")
                .bind("name", service.name()).bind("family", service.family().name()).execute());
    }

    /** Adds (or replaces) a support topic beside the shipped ones. */
    public void addSupportTopic(SupportTopic topic) {
        db.write(h -> h.createUpdate("INSERT OR REPLACE INTO extra_support_topics (id, name, family) VALUES (:id, :name, :family)")
                .bind("id", topic.id().value()).bind("name", topic.name()).bind("family", topic.productFamily().name())
                .execute());
    }
}
