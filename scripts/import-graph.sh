#!/usr/bin/env bash
# Prints the import graph of src/ as tests/domain/architecture.rs reads it (the rules and how a
# façade counts are in that file's header).
#   scripts/import-graph.sh        each folder's rooms, floors and arrows, then every file's arrows
#   scripts/import-graph.sh dot    the file arrows for Graphviz: scripts/import-graph.sh dot | dot -Tsvg > graph.svg
set -euo pipefail
cd "$(dirname "$0")/.."
BACKCHECK_PRINT_GRAPH="${1:-list}" cargo test --locked --quiet --test domain architecture::print_the_import_graph -- --exact --nocapture \
  | grep -E '^(==|   |digraph|  |\})'
