-- Rule 3 asks small questions of the open cases near a problem instead of reading them all (ADR 0016). Each index
-- below holds only the cases a question is about, so an outage of 10,000 reports costs each report a few seeks.
--
-- A cluster candidate (OpenCase.clusterCandidate): a clusterable classification, awaiting triage or escalation, or
-- escalated as part of a cluster. The repository's queries repeat this condition word for word (JdbiCaseRepository
-- CLUSTER_CANDIDATE): SQLite uses a partial index only when the query's WHERE holds the index's terms.

-- Per customer, the latest start at or before a problem's and the earliest at or after: two seeks per customer.
CREATE INDEX cases_cluster_spans ON cases (service, customer, started_at)
    WHERE classification IN ('UNDOCUMENTED_BEHAVIOUR', 'UNAVAILABLE', 'DEFECT', 'NETWORK_DISRUPTION')
      AND (status IN ('NEW', 'TRIAGED', 'RECHECK') OR (status = 'ESCALATED' AND cluster_id IS NOT NULL));

-- The first candidate at or after an instant: the window's founder.
CREATE INDEX cases_cluster_timeline ON cases (service, started_at, id)
    WHERE classification IN ('UNDOCUMENTED_BEHAVIOUR', 'UNAVAILABLE', 'DEFECT', 'NETWORK_DISRUPTION')
      AND (status IN ('NEW', 'TRIAGED', 'RECHECK') OR (status = 'ESCALATED' AND cluster_id IS NOT NULL));

-- Candidates in no cluster yet: the ones that join when a cluster forms (in a storm, the few reports not yet in it).
CREATE INDEX cases_cluster_unclustered ON cases (service, started_at, id)
    WHERE cluster_id IS NULL
      AND classification IN ('UNDOCUMENTED_BEHAVIOUR', 'UNAVAILABLE', 'DEFECT', 'NETWORK_DISRUPTION')
      AND (status IN ('NEW', 'TRIAGED', 'RECHECK') OR (status = 'ESCALATED' AND cluster_id IS NOT NULL));

-- A cluster's members by start: whether a cluster has a member in a window, and its members there.
CREATE INDEX cases_cluster_members ON cases (cluster_id, started_at) WHERE cluster_id IS NOT NULL;

-- A cluster's members still triaged and linked to no request (they follow the cluster's request).
CREATE INDEX cases_cluster_awaiting ON cases (cluster_id, started_at)
    WHERE status = 'TRIAGED' AND service_request_id IS NULL;

-- The clusters of one service, cloud and region.
CREATE INDEX clusters_place ON clusters (service COLLATE NOCASE, cloud, region);

-- Whether a request already holds a case, without reading all its cases.
CREATE INDEX service_request_cases_case ON service_request_cases (request_id, case_id);

-- The cases of one service request (the link a request's JSON gives instead of every id).
CREATE INDEX cases_service_request ON cases (service_request_id) WHERE service_request_id IS NOT NULL;
