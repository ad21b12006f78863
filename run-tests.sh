#!/usr/bin/env bash
# Runs the whole test suite: builds every bundle, runs the headless and the UI tests (the UI tests
# open real SWT windows; without a display a private Xvfb server is started for them).
# Extra arguments go to Maven, e.g.  ./run-tests.sh -Dduizhao.skipUiTests=true
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${DISPLAY:-}" ]; then
	command -v Xvfb >/dev/null || { echo "run-tests: no DISPLAY and no Xvfb (Debian: apt-get install xvfb)" >&2; exit 2; }
	numfile=$(mktemp)
	Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
	xvfb=$!
	trap 'kill $xvfb 2>/dev/null || true; rm -f "$numfile"' EXIT
	for _ in $(seq 1 50); do [ -s "$numfile" ] && break; sleep 0.1; done
	export DISPLAY=":$(head -1 "$numfile")"
	echo "run-tests: started Xvfb on $DISPLAY"
fi
# keep GTK from looking for a session bus or an accessibility bus
export NO_AT_BRIDGE=1
./mvnw -B verify "$@"
