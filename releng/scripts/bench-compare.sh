#!/usr/bin/env bash
# Compare benchmark: pairs generated from the seed texts at 10K, 100K and 1M characters, similar
# (~2 % edited, sentences inserted and deleted, paragraphs moved) and unrelated; measures in one
# run the engine (character granularity, moves on), java-diff-utils' Myers over the same
# characters (where it finishes within 60 s) and a floor (read and hash every character), and
# prints medians, ratios and peak heap.
#   releng/scripts/bench-compare.sh [RUNS=21]   the table
#   releng/scripts/bench-compare.sh memory      only the 1M unrelated heap check (add -Xmx512m via JAVA_OPTS)
#   releng/scripts/bench-compare.sh minimal     engine edit counts against GNU diff --minimal on the
#                                               similar pairs, one character per line (all sizes)
# Needs the build done (./run-tests.sh, or ./mvnw -B verify -DskipTests) and ../shared/seeds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/plugins"
tests="$root/bundles/org.duizhao.compare.core.tests/target/classes"
[ -d "$plugins" ] && [ -d "$tests" ] || { echo "bench-compare: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
cp="$tests"
for b in org.duizhao.text.core org.duizhao.compare.core io.github.java-diff-utils com.google.gson \
		org.eclipse.equinox.common org.eclipse.osgi_ com.ibm.icu; do
	cp="$cp:$(ls "$plugins"/${b}*.jar | head -n 1)"
done
seeds=${DUIZHAO_SEEDS:-$root/../shared/seeds}
run() { java ${JAVA_OPTS:--Xmx2g} -cp "$cp" -Dduizhao.seeds.dir="$seeds" org.duizhao.compare.core.bench.CompareBenchmark "$@"; }
if [ "${1:-}" = minimal ]; then
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	run dump "$dir" | while read -r size engine; do
		minimal=$(diff --minimal "$dir/a-$size.txt" "$dir/b-$size.txt" | grep -c '^[<>]' || true)
		edits=${engine#engine_edits=}
		echo "$size chars: engine $edits edits, minimal $minimal, engine/minimal $(awk "BEGIN {printf \"%.4f\", $edits / $minimal}")"
	done
	exit 0
fi
run "$@"
