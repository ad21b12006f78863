#!/usr/bin/env bash
# Annotation exchange benchmark: a generated project (documents of ~2,000 characters with
# characters outside the BMP, N annotations each, on the embedded SQLite store) exported as W3C,
# REFI-QDA and CSV and imported again; prints medians and ranges in milliseconds.
#   releng/scripts/bench-exchange.sh [DOCUMENTS=200] [PER_DOCUMENT=50] [RUNS=5]
# Needs the build done (./run-tests.sh, or ./mvnw -B verify -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/plugins"
tests="$root/bundles/org.duizhao.annotations.core.tests/target/classes"
[ -d "$plugins" ] && [ -d "$tests" ] || { echo "bench-exchange: build first (./mvnw -B verify -DskipTests)" >&2; exit 2; }
cp="$tests"
# our bundles from their build folders (fresh after a module build), the libraries from the product
for b in text.core corpus.core compare.core annotations.core; do
	cp="$cp:$root/bundles/org.duizhao.$b/target/classes"
done
for b in com.google.gson_ org.eclipse.equinox.common_ org.eclipse.osgi_ com.ibm.icu_ org.jsoup_ \
		org.apache.pdfbox_ org.apache.pdfbox.io_ org.xerial.sqlite-jdbc_ org.apache.commons.logging_; do
	jar=$(ls "$plugins"/${b}*.jar 2>/dev/null | head -n 1 || true)
	[ -n "$jar" ] && cp="$cp:$jar"
done
java ${JAVA_OPTS:--Xmx2g} -cp "$cp" org.duizhao.annotations.core.bench.ExchangeBenchmark "$@"
