#!/usr/bin/env bash
# Corpus-wide reuse benchmark: generates a corpus with planted reuse (gen-bench-corpus.py: ~10 %
# of the documents are reworked variants of an earlier one, the rest recombine paragraphs of the
# seeds and samples; besides, 20 short notices that copy three paragraphs of one of 10 long
# decisions), imports it into a fresh project with the product's CLI, then times `duizhao reuse`
# end to end (JVM start, reading, normalizing, MinHash/LSH and containment candidates, alignment,
# CSV) RUNS times and prints each run, the median, the machine's load before and after, and how
# many of the planted variant/parent and notice/decision pairs were found.
#   releng/scripts/bench-reuse.sh [DOCS=1000] [RUNS=5] [MB=20] [THRESHOLD=0.3] [CONTAINMENT=0.3|off]
#   releng/scripts/bench-reuse.sh stages PROJECT [THRESHOLD=0.3] [SAMPLE] [MANIFEST] [CONTAINMENT=0.3|off]
#       times the core's stages (read, normalize, signatures, candidates, alignment) on an existing
#       project outside OSGi (ReuseBenchmark in the analysis tests' bench package), prints how many
#       candidates and planted variant/parent pairs reach each resemblance (with a manifest), how
#       many candidates containment adds and how many planted notice/decision pairs are among them,
#       and aligns only a spread SAMPLE of the candidates when given; prints the CPU time per
#       aligned pair (median, mean, 90th percentile: comparable on a loaded machine, unlike wall
#       time) and how many planted pairs the alignment found.
# Needs the product built (./mvnw -B verify -DskipTests) and python3; uses ../shared/seeds when
# present (else the samples only). Work files go to a temporary folder, removed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duizhao="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/duizhao"
[ -x "$duizhao" ] || { echo "bench-reuse: build the product first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
if [ "${1:-}" = stages ]; then
	plugins="$(dirname "$duizhao")/plugins"
	# the reuse core's classes come from its target/classes (ANALYSIS_CLASSES to time another build
	# of them), ahead of the product's jar: rebuild or javac that bundle alone between runs
	cp="${ANALYSIS_CLASSES:-$root/bundles/org.duizhao.analysis.core/target/classes}"
	cp="$cp:$root/bundles/org.duizhao.analysis.core.tests/target/classes"
	for b in org.duizhao.text.core org.duizhao.corpus.core org.duizhao.analysis.core com.google.gson \
			org.eclipse.equinox.common org.eclipse.osgi_ com.ibm.icu org.jsoup org.apache.pdfbox org.apache.commons; do
		for j in "$plugins"/${b}*.jar; do cp="$cp:$j"; done
	done
	shift
	exec java ${JAVA_OPTS:--Xmx3g} -cp "$cp" org.duizhao.analysis.core.bench.ReuseBenchmark "$@"
fi
docs=${1:-1000}
runs=${2:-5}
mb=${3:-20}
threshold=${4:-0.3}
containment=${5:-0.3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/releng/scripts/gen-bench-corpus.py" "$work/corpus" --docs "$docs" --mb "$mb" --seed 1 >"$work/gen.log"
cat "$work/gen.log"
start=$(date +%s.%N)
"$duizhao" import "$work/corpus" --project "$work/project" >/dev/null 2>&1
echo "import: $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $start}") s (not part of the reuse figure)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
times=()
for i in $(seq 1 "$runs"); do
	start=$(date +%s.%N)
	"$duizhao" reuse --project "$work/project" --threshold "$threshold" --containment "$containment" \
		--format csv -o "$work/reuse.csv"
	t=$(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $start}")
	times+=("$t")
	echo "run $i: $t s  (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs runs, $docs documents (and the planted notices), threshold $threshold, containment $containment: $median s"
python3 - "$work/corpus.manifest.tsv" "$work/reuse.csv" <<'PY'
import csv, sys
manifest, found = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(manifest, encoding="utf-8"), delimiter="\t"))
# a byte duplicate is not imported (its original is), so a variant of one pairs with the original
original = {r["file"]: r["parent"] for r in rows if r["kind"] == "duplicate"}
planted = {frozenset((r["file"], original.get(r["parent"], r["parent"]))) for r in rows if r["kind"] == "variant"}
notices = {frozenset((r["file"], r["parent"])) for r in rows if r["kind"] == "notice"}
pairs = set()
with open(found, encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f):
        pairs.add(frozenset((row["a_source"], row["b_source"])))
hit = len(planted & pairs)
print(f"pairs found: {len(pairs)}; planted variant/parent pairs: {len(planted)}, found {hit} "
      f"({100.0 * hit / max(1, len(planted)):.1f} %); planted notice/decision pairs: {len(notices)}, "
      f"found {len(notices & pairs)}; other pairs (documents recombining the same source "
      f"paragraphs): {len(pairs - planted - notices)}")
PY
