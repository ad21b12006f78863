#!/usr/bin/env bash
# Annotation store benchmark (SQLite): 100,000 annotations over 1,000 documents; bulk insert rate,
# one document's annotations and a query by code (medians), against the annotate issue's targets.
#   releng/scripts/bench-annotations.sh [RUNS=101]
# Needs the build done (./run-tests.sh, or ./mvnw -B verify -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/plugins"
tests="$root/bundles/org.duizhao.annotations.core.tests/target/classes"
[ -d "$plugins" ] && [ -d "$tests" ] || { echo "bench-annotations: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
cp="$tests"
for b in org.duizhao.annotations.core_ org.duizhao.text.core_ org.duizhao.corpus.core_ org.xerial.sqlite-jdbc org.postgresql.jdbc \
		com.google.gson org.eclipse.equinox.common org.eclipse.osgi_; do
	cp="$cp:$(ls "$plugins"/${b}*.jar | head -n 1)"
done
exec java ${JAVA_OPTS:--Xmx1g} -cp "$cp" org.duizhao.annotations.core.bench.StoreBenchmark "$@"
