#!/usr/bin/env bash
# Builds Duizhao when needed, creates the sample project on first use, and opens the workbench on it.
#   ./duizhao.sh                 workbench on ~/Duizhao/Sample (imported from samples/corpus)
#   ./duizhao.sh COMMAND ...     the headless CLI (./duizhao.sh --help lists the commands)
# Environment: DUIZHAO_REBUILD=1 forces a rebuild; DUIZHAO_HOME (default ~/Duizhao) holds the projects.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
product="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao"

stale() {
	[ -x "$product/duizhao" ] || return 0
	[ "${DUIZHAO_REBUILD:-0}" = 1 ] && return 0
	# any source or build file newer than the installed product means a rebuild
	[ -n "$(find "$root/bundles" "$root/features" "$root/releng" "$root/pom.xml" -newer "$product/duizhao" \
		-type f ! -path '*/target/*' ! -path '*/bin/*' -print -quit)" ]
}
if stale; then
	echo "duizhao: building the product (first time: a few minutes)..." >&2
	(cd "$root" && ./mvnw -B -q verify -DskipTests) >&2
	touch "$product/duizhao"
fi

if [ $# -gt 0 ]; then
	exec "$product/duizhao" "$@"
fi
home=${DUIZHAO_HOME:-$HOME/Duizhao}
sample="$home/Sample"
if [ ! -f "$sample/project.json" ]; then
	echo "duizhao: creating the sample project in $sample" >&2
	"$product/duizhao" import "$root/samples/corpus" --project "$sample" --name Sample >&2
fi
exec "$product/duizhao" --open "$sample"
