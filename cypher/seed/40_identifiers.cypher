// 40_identifiers.cypher — every curated entity's external ids as Identifier nodes, so an import finds the curated
// node by any id a file names (a Hetionet gene by its NCBI Gene id, a CONIB term by its HGNC symbol, a KGX node by
// its ChEBI id). Ids are stored as lower-case namespace ':' local id, without a registry's own prefix
// ('CHEBI:6121' -> 'chebi:6121', 'GO:0017146' -> 'go:0017146'). MERGE only: reruns change nothing. An id that
// already names another entity stays with that entity (one id, one entity).

MATCH (e:Entity)
WITH e, [
  ['mechgraph', e.id],
  ['chebi', replace(e.chebi, 'CHEBI:', '')],
  ['chebi.name', CASE WHEN e.chebi IS NOT NULL THEN toLower(e.name) END],
  ['drugbank', e.drugbank],
  ['mesh', replace(e.mesh, 'MESH:', '')],
  ['hgnc', replace(e.hgnc, 'HGNC:', '')],
  ['hgnc.symbol', e.symbol],
  ['uniprot', e.uniprot],
  ['ncbigene', e.ncbiGene],
  ['go', replace(e.go, 'GO:', '')]
] AS pairs
UNWIND [p IN pairs WHERE p[1] IS NOT NULL AND trim(p[1]) <> ''] AS pair
MERGE (i:Identifier {id: pair[0] + ':' + trim(pair[1])})
WITH i, e
WHERE NOT EXISTS { (i)-[:IDENTIFIES]->() }
CREATE (i)-[:IDENTIFIES]->(e);

// Genes are named by their HGNC symbol across sources (Hetionet's gene names, CONIB's HGNC terms): the curated genes'
// symbols, where the entity's own id is not the symbol.
UNWIND [
  {entity: 'bdnf', symbol: 'BDNF'},
  {entity: 'grin2b', symbol: 'GRIN2B'},
  {entity: 'mor', symbol: 'OPRM1'}
] AS g
MATCH (e:Entity {id: g.entity})
MERGE (i:Identifier {id: 'hgnc.symbol:' + g.symbol})
WITH i, e
WHERE NOT EXISTS { (i)-[:IDENTIFIES]->() }
CREATE (i)-[:IDENTIFIES]->(e);
