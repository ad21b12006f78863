#!/usr/bin/env bash
# Import benchmark: generates a corpus of 2,000 documents (~40 MB) from the seed texts and the
# samples, imports it into a fresh project RUNS times with the built product's CLI, and prints
# documents per second and peak heap for each run and their medians.
#   releng/scripts/bench-import.sh [RUNS=5] [DOCS=2000] [MB=40]
# Needs the product built (./duizhao.sh --help builds it) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5} docs=${2:-2000} mb=${3:-40}
product="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/duizhao"
[ -x "$product" ] || { echo "bench-import: build the product first (./duizhao.sh --help)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/releng/scripts/gen-bench-corpus.py" "$work/corpus" --docs "$docs" --mb "$mb" >&2
rates=() heaps=()
for i in $(seq 1 "$runs"); do
	line=$(DUIZHAO_DATA="$work/data" "$product" import "$work/corpus" --project "$work/project-$i" --stats 2>/dev/null | grep '^files=')
	echo "run $i: $line"
	rates+=("$(sed -E 's/.*files_per_second=([0-9.]+).*/\1/' <<<"$line")")
	heaps+=("$(sed -E 's/.*peak_heap_mb=([0-9]+).*/\1/' <<<"$line")")
	rm -rf "$work/project-$i"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median: files_per_second=$(median "${rates[@]}") peak_heap_mb=$(median "${heaps[@]}") (runs=$runs, files=$docs)"
