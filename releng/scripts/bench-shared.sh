#!/usr/bin/env bash
# Shared-project benchmark (PostgreSQL): a throwaway local cluster, 100,000 annotations over 1,000
# documents; one document's annotations and a query by code (medians), a change seen by another
# client (median, max), and sharing a 1,000-document project, against the shared-projects targets.
#   releng/scripts/bench-shared.sh [RUNS=101]
# Needs Debian's postgresql (initdb, pg_ctl, createdb) and the modules built, e.g.
#   ./mvnw -o -B -q verify -pl bundles/org.duizhao.annotations.core.tests -am -DskipTests
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
cp="$root/bundles/org.duizhao.annotations.core.tests/target/classes:$root/bundles/org.duizhao.annotations.core/target/classes"
cp="$cp:$root/bundles/org.duizhao.testing/target/classes"
for jar in org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar \
	org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar \
	org/eclipse/platform/org.eclipse.equinox.common/3.20.200/org.eclipse.equinox.common-3.20.200.jar \
	com/google/code/gson/gson/2.13.2/gson-2.13.2.jar \
	org/junit/jupiter/junit-jupiter-api/5.14.1/junit-jupiter-api-5.14.1.jar \
	org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar; do
	[ -f "$m2/$jar" ] || { echo "bench-shared: missing $m2/$jar (build once online)" >&2; exit 2; }
	cp="$cp:$m2/$jar"
done
osgi="$m2/org/eclipse/platform/org.eclipse.osgi/3.23.200/org.eclipse.osgi-3.23.200.jar"
[ -d "$root/bundles/org.duizhao.annotations.core.tests/target/classes" ] || { echo "bench-shared: build first" >&2; exit 2; }
exec java ${JAVA_OPTS:--Xmx1g} -cp "$cp:$osgi" org.duizhao.annotations.core.bench.SharedStoreBenchmark "$@"
