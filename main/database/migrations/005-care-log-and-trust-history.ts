// Issue 12: the care log's touchpoints and trust relationships' earlier assessments are nodes of
// their own, `(:CareLogEntry)` and `(:TrustAssessment)`, unique per network like everything else
// and found by network. No data changes: a database from before has neither, and a trust
// relationship's current assessment stays where it always was, on the relationship.
import type { Migration } from './migration';

export const careLogAndTrustHistory: Migration = {
  version: 5,
  description: 'Care log entries and earlier trust assessments (issue 12): constraints and indexes',
  schema: [
    'CREATE CONSTRAINT care_log_network_id IF NOT EXISTS FOR (e:CareLogEntry) REQUIRE (e.networkId, e.id) IS UNIQUE',
    'CREATE INDEX care_log_network IF NOT EXISTS FOR (e:CareLogEntry) ON (e.networkId)',
    'CREATE CONSTRAINT trust_assessment_network_id IF NOT EXISTS FOR (t:TrustAssessment) REQUIRE (t.networkId, t.id) IS UNIQUE',
    'CREATE INDEX trust_assessment_network IF NOT EXISTS FOR (t:TrustAssessment) ON (t.networkId)',
  ],
};
