#!/usr/bin/env bash
# Search benchmark: generates the 2,000-document import benchmark corpus (~40 MB, gen-bench-corpus.py),
# imports it with the built product's CLI, then on a flat class path (SearchBenchmark in
# org.duizhao.search.core.tests) times RUNS full index builds and RUNS x 3 searches of each of ten
# queries (phrases, traditional, Boolean, prefix), and prints the medians and the machine load.
#   releng/scripts/bench-search.sh [RUNS=5] [DOCS=2000] [MB=40]
# Needs the build done (./mvnw -B verify -DskipTests) and python3; the seeds make the corpus realistic.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5} docs=${2:-2000} mb=${3:-40}
dist="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao"
plugins="$dist/plugins"
tests="$root/bundles/org.duizhao.search.core.tests/target/classes"
[ -x "$dist/duizhao" ] && [ -d "$tests" ] || { echo "bench-search: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
cp="$tests"
for b in org.duizhao.search.core_ org.duizhao.corpus.core_ org.duizhao.text.core_ org.apache.lucene.core_ \
		org.apache.lucene.analysis.common_ com.google.gson org.eclipse.equinox.common org.eclipse.osgi_ com.ibm.icu \
		org.jsoup org.apache.pdfbox_ org.apache.pdfbox.io org.apache.pdfbox.fontbox 'org.apache.commons*logging'; do
	jar=$(ls "$plugins"/${b}*.jar 2>/dev/null | head -n 1 || true)
	[ -n "$jar" ] || { echo "bench-search: no $b in $plugins" >&2; exit 2; }
	cp="$cp:$jar"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/releng/scripts/gen-bench-corpus.py" "$work/corpus" --docs "$docs" --mb "$mb" >&2
DUIZHAO_DATA="$work/data" "$dist/duizhao" import "$work/corpus" --project "$work/project" >/dev/null 2>&1
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java ${JAVA_OPTS:--Xmx2g} -cp "$cp" org.duizhao.search.core.bench.SearchBenchmark "$work/project" "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
