// mechgraph schema: constraints and indexes for every lookup the API and the loaders make.
// Run before the corpus; every statement is idempotent (IF NOT EXISTS).
//
// Nodes
//   (:Entity:Drug|Receptor|Pathway|Outcome {id, name, synonyms, names, category, description,
//                                           chebi, drugbank, mesh, hgnc, uniprot, ncbiGene, go, symbol})
//   (:Paper {id, kind, title, authors, year, date, venue, site, url, doi, pmid, file, note})
// Relationships
//   (:Entity)-[:INHIBITS|ACTIVATES|INCREASES|DECREASES|CAUSES|TREATS|ASSOCIATED_WITH|BINDS|PART_OF|FORM_OF
//              {id: 'subject|TYPE|object', polarity: 'positive'|'negative'|'neutral', ...}]->(:Entity)
//              + evidence summary kept at write time: evidenceCount, sourceCount, evidenceKinds, bestSourceKind, newestYear
//   (:Paper)-[:CLAIMS {key, effect, evidence: 'quote'|'report'|'record', quote, record, reports, references,
//                      rel, object, note, species, context, source, license}]->(:Entity)   // the subject
//   (:Paper)-[:CITES {context}]->(:Paper)
//   (:Identifier {id: 'ncbigene:627'})-[:IDENTIFIES]->(:Entity)                   // every id an entity is known by
//   (:ImportRun {id, file, format, started, heartbeat, batches})   // an import not yet finished; the next start undoes it
//   (:Corpus {fingerprint})        // the one marker of the loaded corpus: a digest of the files the load read
//   importRun: what an import created (nodes, and evidence, effects and citations) names its run, 'file@time#…'

// Identity: every API lookup by id is an index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;

// External ids: imports merge entities on them, so a gene from a knowledge graph lands on the curated node.
CREATE CONSTRAINT entity_ncbi_gene IF NOT EXISTS FOR (e:Entity) REQUIRE e.ncbiGene IS UNIQUE;
CREATE INDEX entity_drugbank IF NOT EXISTS FOR (e:Entity) ON (e.drugbank);
CREATE INDEX entity_chebi IF NOT EXISTS FOR (e:Entity) ON (e.chebi);
CREATE INDEX entity_hgnc IF NOT EXISTS FOR (e:Entity) ON (e.hgnc);
CREATE INDEX entity_symbol IF NOT EXISTS FOR (e:Entity) ON (e.symbol);
CREATE INDEX entity_mesh IF NOT EXISTS FOR (e:Entity) ON (e.mesh);
CREATE INDEX paper_pmid IF NOT EXISTS FOR (p:Paper) ON (p.pmid);
CREATE INDEX paper_doi IF NOT EXISTS FOR (p:Paper) ON (p.doi);
CREATE INDEX paper_kind_year IF NOT EXISTS FOR (p:Paper) ON (p.kind, p.year);

// Identity: one node per identifier, pointing at the one entity it names; imports find entities by any of them.
CREATE CONSTRAINT identifier_id IF NOT EXISTS FOR (i:Identifier) REQUIRE i.id IS UNIQUE;

// One effect per (subject, type, object) and one piece of evidence per key: imports look both up by index instead
// of expanding from their endpoints (a hub gene has thousands of effects), and a second import of the same file
// finds everything already there.
CREATE CONSTRAINT effect_inhibits_id IF NOT EXISTS FOR ()-[r:INHIBITS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_activates_id IF NOT EXISTS FOR ()-[r:ACTIVATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_increases_id IF NOT EXISTS FOR ()-[r:INCREASES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_decreases_id IF NOT EXISTS FOR ()-[r:DECREASES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_causes_id IF NOT EXISTS FOR ()-[r:CAUSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_treats_id IF NOT EXISTS FOR ()-[r:TREATS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_associated_with_id IF NOT EXISTS FOR ()-[r:ASSOCIATED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_binds_id IF NOT EXISTS FOR ()-[r:BINDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT effect_form_of_id IF NOT EXISTS FOR ()-[r:FORM_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claims_key IF NOT EXISTS FOR ()-[k:CLAIMS]-() REQUIRE k.key IS UNIQUE;

// Search: names and synonyms, prefix and typo-tolerant (Lucene).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.synonyms, e.id];

// Evidence: the citations of an effect are found by the effect's id.
CREATE INDEX claims_effect IF NOT EXISTS FOR ()-[k:CLAIMS]-() ON (k.effect);
// A work's page lists the reports other sources make of it.
CREATE INDEX claims_reports IF NOT EXISTS FOR ()-[k:CLAIMS]-() ON (k.reports);
