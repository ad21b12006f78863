#!/usr/bin/env bash
# Cold-process benchmark of the command line: each run is a new JVM, as a researcher's shell
# starts it. Times in the same run, round by round (so a change in machine load touches every
# command alike), and prints medians of wall time and of CPU time (user + system):
#   duizhao --version
#   duizhao compare --format json  of the generated 1M-character similar pair, and unrelated pair
#   git diff --no-index --word-diff-regex=.  of the same pairs (a familiar yardstick)
# Output of every command goes to a file, as when a result is saved.
#   releng/scripts/bench-cold.sh [RUNS=11]
# Environment: DUIZHAO (the launcher to time, default the Linux x86_64 product of this checkout),
# DUIZHAO_VMARGS (passed on to the launcher), DUIZHAO_SEEDS (default ../shared/seeds), BENCH_PLAIN=1
# (also time the commands with the JVM's defaults and the workbench's configuration, as before).
# Needs the build done (./mvnw -B verify -DskipTests) and the seed texts; one warm-up round is not
# counted (it fills the file cache and lets the launcher make its class data archive, in a cache
# folder of the run).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
product="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao"
duizhao=${DUIZHAO:-$product/duizhao}
plugins="$product/plugins"
tests="$root/bundles/org.duizhao.compare.core.tests/target/classes"
[ -x "$duizhao" ] && [ -d "$plugins" ] && [ -d "$tests" ] \
	|| { echo "bench-cold: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
seeds=${DUIZHAO_SEEDS:-$root/../shared/seeds}
[ -d "$seeds" ] || { echo "bench-cold: no seed texts in $seeds (set DUIZHAO_SEEDS)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp="$tests"
for b in org.duizhao.text.core org.duizhao.compare.core io.github.java-diff-utils com.google.gson \
		org.eclipse.equinox.common org.eclipse.osgi_ com.ibm.icu; do
	cp="$cp:$(ls "$plugins"/${b}*.jar | head -n 1)"
done
java -cp "$cp" -Dduizhao.seeds.dir="$seeds" org.duizhao.compare.core.bench.CompareBenchmark pairs "$work"
export DUIZHAO_DATA="$work/data"

names=(version similar unrelated git-similar git-unrelated)
# BENCH_PLAIN=1 adds the same commands started as the launcher started them before it was tuned:
# JVM defaults (C2, G1, no class data archive of ours) and the full configuration of the workbench
launcher=$(ls "$plugins"/org.eclipse.equinox.launcher_*.jar | head -n 1)
plain="java -Xmx2g -Djava.awt.headless=true -jar $launcher -data $work/data -configuration $product/configuration"
plain="$plain -nosplash -application org.duizhao.cli.app"
[ "${BENCH_PLAIN:-0}" = 1 ] && names+=(plain-version plain-similar plain-unrelated)
command_of() {
	case "$1" in
		version) echo "$duizhao --version" ;;
		similar | unrelated) echo "$duizhao compare $work/$1-a.txt $work/$1-b.txt --format json" ;;
		plain-version) echo "$plain --version" ;;
		plain-*) echo "$plain compare $work/${1#plain-}-a.txt $work/${1#plain-}-b.txt --format json" ;;
		git-*) echo "git diff --no-index --word-diff-regex=. $work/${1#git-}-a.txt $work/${1#git-}-b.txt" ;;
	esac
}

# one timing: "wall cpu" in milliseconds; the command's exit status is checked (git diff: 1 = differences)
time_one() {
	local name=$1 line status
	TIMEFORMAT='%3R %3U %3S'
	line=$( { time $(command_of "$name") >"$work/out" 2>"$work/err"; status=$?; } 2>&1; echo "status=${status:-0}")
	status=${line##*status=}
	if [ "$status" -ne 0 ] && ! { [ "${name#git-}" != "$name" ] && [ "$status" -eq 1 ]; }; then
		echo "bench-cold: $name failed ($status): $(head -c 300 "$work/err")" >&2
		exit 1
	fi
	echo "${line%%status=*}" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

# warm-up round, compare first: on Java 17 the first command writes the launcher's class data
# archive (into a cache of this run), and a compare leaves the classes that every command loads
export XDG_CACHE_HOME="$work/cache"
time_one similar >/dev/null
for name in "${names[@]}"; do time_one "$name" >/dev/null; done
for r in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		time_one "$name" >>"$work/$name.times"
	done
	echo "bench-cold: round $r of $runs" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
declare -A wall cpu
for name in "${names[@]}"; do
	wall[$name]=$(cut -d' ' -f1 "$work/$name.times" | median)
	cpu[$name]=$(cut -d' ' -f2 "$work/$name.times" | median)
done
echo
echo "medians of $runs cold runs, milliseconds ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-16s %8s %8s %14s\n' command wall cpu "wall-version"
for name in "${names[@]}"; do
	printf '%-16s %8d %8d %14s\n' "$name" "${wall[$name]}" "${cpu[$name]}" \
		"$(case "$name" in version | git-*) ;; plain-version) ;; plain-*) echo $((wall[$name] - wall[plain-version])) ;;
			*) echo $((wall[$name] - wall[version])) ;; esac)"
done
echo
verdict() { [ "$2" -le "$3" ] && echo "ok   $1: $2 ms (target <= $3)" || echo "MISS $1: $2 ms (target <= $3)"; }
verdict "--version" "${wall[version]}" 600
verdict "1M similar above --version" $((wall[similar] - wall[version])) 500
verdict "1M unrelated above --version" $((wall[unrelated] - wall[version])) 500
