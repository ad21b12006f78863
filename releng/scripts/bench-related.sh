#!/usr/bin/env bash
# Related-texts benchmark: the whole analysis of a pair (shared formulas, parallel passages,
# distinctive vocabulary) at 100K and 1M characters, on pairs made of the seed texts' paragraphs
# with a fifth of A's paragraphs reworded and shuffled into B (see RelatedBenchmark). Prints the
# median and minimum time, the planted passages found and the peak heap of one run.
#   releng/scripts/bench-related.sh [RUNS=7]
# The issue's targets: 100K pair <= 1 s, 1M pair <= 10 s with bounded memory. JAVA_OPTS defaults to
# -Xmx1g (the bound); DUIZHAO_SEEDS defaults to ../shared/seeds.
# Needs the bundles built (./mvnw -B verify -DskipTests, or -pl the analysis bundles -am).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/bundles/org.duizhao.analysis.core.tests/target/classes"
cp="$tests"
for b in org.duizhao.text.core org.duizhao.analysis.core; do
	jar=$(ls "$root"/bundles/$b/target/$b-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
	[ -n "$jar" ] && [ -d "$tests" ] || { echo "bench-related: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
	cp="$cp:$jar"
done
plugins="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/plugins"
[ -d "$plugins" ] || { echo "bench-related: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
for b in com.ibm.icu org.eclipse.equinox.common org.eclipse.osgi_; do
	cp="$cp:$(ls "$plugins"/${b}*.jar | head -n 1)"
done
seeds=${DUIZHAO_SEEDS:-$root/../shared/seeds}
exec java ${JAVA_OPTS:--Xmx1g} -cp "$cp" -Dduizhao.seeds.dir="$seeds" org.duizhao.analysis.core.bench.RelatedBenchmark "$@"
