#!/usr/bin/env bash
# Re-anchoring benchmark: one document of ~100,000 characters (the seed texts repeated, or generated
# Chinese-like text without them) with 1,000 annotations after a 2 % edit (deletions, insertions,
# replacements, a few moved passages). Prints the counts and the median times of
#   core:  Reanchorer.reanchor (comparison of the two versions and placement of every annotation)
#   store: DocumentVersioning.reanchor on a real project with its SQLite store (read the
#          annotations and both texts, re-anchor, write the changed annotations in one transaction)
#   releng/scripts/bench-reanchor.sh [RUNS=21]
# Needs the build done (./run-tests.sh, or ./mvnw -B verify -DskipTests) and, for the seed text,
# ../shared/seeds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/plugins"
tests="$root/bundles/org.duizhao.annotations.core.tests/target/classes"
[ -d "$plugins" ] && [ -d "$tests" ] || { echo "bench-reanchor: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
cp="$tests"
for b in org.duizhao.annotations.core_ org.duizhao.corpus.core_ org.duizhao.text.core_ org.duizhao.compare.core_ \
		io.github.java-diff-utils com.google.gson org.eclipse.equinox.common org.eclipse.osgi_ com.ibm.icu \
		org.xerial.sqlite-jdbc org.jsoup org.apache.pdfbox_ org.apache.pdfbox.io org.apache.pdfbox.fontbox \
		'org.apache.commons*logging'; do
	jar=$(ls "$plugins"/${b}*.jar 2>/dev/null | head -n 1 || true)
	[ -n "$jar" ] || { echo "bench-reanchor: no $b in $plugins" >&2; exit 2; }
	cp="$cp:$jar"
done
seeds=${DUIZHAO_SEEDS:-$root/../shared/seeds}
java ${JAVA_OPTS:--Xmx1g} -cp "$cp" -Dduizhao.seeds.dir="$seeds" org.duizhao.annotations.core.bench.ReanchorBenchmark "$@"
