// Example queries for the Cypher console: each is read-only and runs as is; the comment above a query is its title.

// Mechanism paths from ketamine to BDNF through the mu-opioid receptor, with the papers behind each hop
MATCH p = (:Entity {id: 'ketamine'})-[*1..3]->(:Entity {id: 'mor'})-[*1..2]->(:Entity {id: 'bdnf'})
RETURN p, [r IN relationships(p) | r.id + ' ← ' + toString(r.evidenceCount) + ' pieces of evidence'] AS evidence
LIMIT 10;

// What the sources report of one paper (Levinstein et al. 2025), in their words
MATCH (src:Paper)-[k:CLAIMS {reports: 'doi:10.1176/appi.ajp.20240378'}]->(s:Entity)-[e]->(o:Entity)
WHERE e.id = k.effect
RETURN s.name AS subject, type(e) AS effect, o.name AS object, src.title AS reportedBy, k.quote AS quote;

// Contradicting claims: the same two entities linked with opposite signs, and who says which
MATCH (a:Entity)-[x]->(b:Entity)<-[y]-(a)
WHERE x.polarity = 'positive' AND y.polarity = 'negative'
MATCH (px:Paper)-[:CLAIMS {effect: x.id}]->(a)
MATCH (py:Paper)-[:CLAIMS {effect: y.id}]->(a)
RETURN a.name AS subject, b.name AS object, type(x) AS says, collect(DISTINCT px.title) AS saidBy,
       type(y) AS against, collect(DISTINCT py.title) AS contradictedBy;

// The best-supported effects: pieces of evidence, independent sources, the best kind of source
MATCH (s:Entity)-[e]->(o:Entity)
RETURN s.name AS subject, type(e) AS effect, o.name AS object, e.evidenceCount AS evidence,
       e.sourceCount AS sources, e.bestSourceKind AS bestSource
ORDER BY evidence DESC, sources DESC, subject
LIMIT 15;

// Claims supported only by web articles: no peer-reviewed source, review or database behind them
MATCH (s:Entity)-[e]->(o:Entity)
WHERE NOT EXISTS { MATCH (p:Paper)-[:CLAIMS {effect: e.id}]->() WHERE p.kind <> 'web article' }
RETURN s.name AS subject, type(e) AS effect, o.name AS object,
       COLLECT { MATCH (p:Paper)-[:CLAIMS {effect: e.id}]->() RETURN DISTINCT p.title } AS webArticles
ORDER BY subject, object;

// Everything ketamine is said to do directly, with the number of sources per effect
MATCH (k:Entity {id: 'ketamine'})-[e]->(o:Entity)
RETURN type(e) AS effect, e.polarity AS polarity, o.name AS target, [l IN labels(o) WHERE l <> 'Entity'][0] AS type,
       COUNT { MATCH (:Paper)-[:CLAIMS {effect: e.id}]->() } AS sources
ORDER BY sources DESC, target;

// Which papers cite which, with where the citation is made
MATCH (a:Paper)-[c:CITES]->(b:Paper)
RETURN a.title AS citing, a.kind AS citingKind, b.title AS cited, b.kind AS citedKind, c.context AS context;

// Ketamine's molecular targets from the Hetionet records, and the PubMed ids each record cites
MATCH (k:Entity {id: 'ketamine'})-[e]->(g:Gene|Receptor)
MATCH (:Paper {id: 'db:hetionet'})-[c:CLAIMS {effect: e.id}]->(k)
RETURN g.name AS target, [l IN labels(g) WHERE l <> 'Entity'][0] AS type,
       COLLECT { MATCH (i:Identifier)-[:IDENTIFIES]->(g) WHERE i.id STARTS WITH 'ncbigene:' RETURN i.id } AS ncbiGene,
       type(e) AS effect, c.record AS record, c.references AS citedTo
ORDER BY target;

// Claims with a species recorded (animal or human evidence)
MATCH (p:Paper)-[k:CLAIMS]->(s:Entity)
WHERE k.species IS NOT NULL
RETURN k.species AS species, s.name AS subject, k.rel AS effect, k.object AS object, p.id AS paper, k.quote AS quote;

// Shortest signed chains from ketamine to the antidepressant effect, read as a sentence
MATCH p = SHORTEST 5 (:Entity {id: 'ketamine'})-[r]->+(:Entity {id: 'antidepressant-response'})
RETURN [n IN nodes(p) | n.name] AS chain, [x IN relationships(p) | type(x)] AS effects, length(p) AS hops;

// Papers by kind: how much of the graph rests on each kind of source
MATCH (p:Paper)
RETURN p.kind AS kind, count(p) AS papers,
       sum(COUNT { MATCH (p)-[:CLAIMS]->() }) AS claims
ORDER BY claims DESC;

// Search entities by a synonym with the full-text index
CALL db.index.fulltext.queryNodes('entity_names', 'spravato OR oprm1') YIELD node, score
RETURN node.id AS id, node.name AS name, node.synonyms AS synonyms, score;

// The schema as a graph: labels and relationship types
CALL db.schema.visualization() YIELD nodes, relationships
RETURN nodes, relationships;
