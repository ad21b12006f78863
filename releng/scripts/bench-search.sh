#!/usr/bin/env bash
# Search benchmark: generates the 2,000-document import benchmark corpus (~40 MB, gen-bench-corpus.py),
# imports it into a fresh project, then (SearchBenchmark in org.duizhao.search.core.tests, on a flat
# class path) times RUNS full index builds and 11 searches of each of ten queries (phrases, a
# traditional one, Boolean, prefix), and prints the medians (wall clock, and the process CPU time,
# which a loaded machine does not inflate) and the machine load.
#   releng/scripts/bench-search.sh [RUNS=5] [DOCS=2000] [MB=40]
# Needs the bundles built (./mvnw -B verify -DskipTests, or the search tests run) and python3; the
# seeds (../shared/seeds) make the corpus realistic.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5} docs=${2:-2000} mb=${3:-40}
m2=${M2_REPO:-$HOME/.m2/repository}
cp=""
for b in search.core.tests search.core corpus.core text.core; do
	dir="$root/bundles/org.duizhao.$b/target/classes"
	[ -d "$dir" ] || { echo "bench-search: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
	cp="$cp:$dir"
done
for jar in org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar \
		org/apache/lucene/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar \
		com/google/code/gson/gson/2.13.2/gson-2.13.2.jar com/ibm/icu/icu4j/77.1/icu4j-77.1.jar \
		org/jsoup/jsoup/1.21.2/jsoup-1.21.2.jar org/apache/pdfbox/pdfbox/3.0.5/pdfbox-3.0.5.jar \
		org/apache/pdfbox/pdfbox-io/3.0.5/pdfbox-io-3.0.5.jar org/apache/pdfbox/fontbox/3.0.5/fontbox-3.0.5.jar \
		commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar \
		org/eclipse/platform/org.eclipse.equinox.common/3.20.200/org.eclipse.equinox.common-3.20.200.jar \
		org/eclipse/platform/org.eclipse.osgi/3.23.200/org.eclipse.osgi-3.23.200.jar; do
	[ -f "$m2/$jar" ] || { echo "bench-search: missing $m2/$jar (run the build once)" >&2; exit 2; }
	cp="$cp:$m2/$jar"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/releng/scripts/gen-bench-corpus.py" "$work/corpus" --docs "$docs" --mb "$mb" >&2
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java ${JAVA_OPTS:--Xmx2g} -cp "${cp#:}" org.duizhao.search.core.bench.SearchBenchmark "$work/corpus" "$work/project" "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
