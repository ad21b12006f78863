#!/bin/sh
# Starts Duizhao on macOS. Duizhao.app runs it when opened in the Finder; double-click this file
# itself to start the workbench with a Terminal beside it, or run it from a terminal:
#   ./Duizhao.command [--open PROJECT_DIR]   the workbench (on that project)
#   ./Duizhao.command COMMAND [ARGS...]      a command, headless; --help lists them
# Environment: JAVA (java program; default: the Java 17+ that /usr/libexec/java_home finds, else
# $JAVA_HOME/bin/java, else java on PATH), DUIZHAO_DATA (workbench state, default
# ~/.duizhao/workspace), DUIZHAO_VMARGS (JVM options, default -Xmx2g).
here=$(cd "$(dirname "$0")" && pwd)

need_java() {
	what="Duizhao needs Java 17 or newer. Install a Java runtime 17+ for macOS (for Apple silicon choose aarch64, for Intel x64), e.g. from https://adoptium.net, or with Homebrew: brew install --cask temurin@17. Or set JAVA to its java program."
	echo "Duizhao: $1" >&2
	echo "Duizhao: $what" >&2
	if [ ! -t 2 ] && command -v osascript >/dev/null 2>&1; then
		# opened from the Finder: no terminal to read the message
		osascript -e "display alert \"Duizhao: $1\" message \"$what\"" >/dev/null 2>&1
	fi
	exit 1
}

if [ -n "${JAVA:-}" ]; then
	java=$JAVA
elif home=$(/usr/libexec/java_home -v 17+ 2>/dev/null) && [ -x "$home/bin/java" ]; then
	java=$home/bin/java
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
	java=$JAVA_HOME/bin/java
elif [ -x /usr/libexec/java_home ]; then
	# /usr/bin/java is a stub that only asks to install Java when there is none
	need_java "no Java 17 or newer is installed."
else
	java=$(command -v java) || need_java "no Java found (no java on PATH, no JAVA_HOME)."
fi
version=$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
major=${version%%[.+-]*}
[ "$major" = 1 ] && major=$(echo "$version" | cut -d. -f2)
case "$major" in
	'' | *[!0-9]*) need_java "$java does not say which version it is." ;;
esac
[ "$major" -ge 17 ] || need_java "$java is Java $version."

launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "Duizhao: no launcher jar under $here/plugins" >&2; exit 2; }
data=${DUIZHAO_DATA:-$HOME/.duizhao/workspace}
vmargs=${DUIZHAO_VMARGS:--Xmx2g}
first=${1:-}
if [ "$first" = -nl ] && [ $# -ge 3 ]; then
	first=$3
fi
case "$first" in
	import|search|report|diffusion|reuse)
		# a batch command over a whole project: the optimizing compiler and the parallel collector
		# pay back over its tens of seconds (see the Linux script, duizhao)
		config=$here/configuration/cli
		[ -f "$config/config.ini" ] || config=$here/configuration
		exec "$java" -XX:+UseParallelGC -XX:-UsePerfData ${DUIZHAO_VMARGS:--Xmx2g} -Djava.awt.headless=true \
			-jar "$launcher" -data "$data" -configuration "$config" -nosplash -application org.duizhao.cli.app "$@" ;;
	--help|-h|--version|[!-]*)
		# a short command, headless, in the configuration without the workbench bundles, with the
		# C1 compiler only and the serial collector: it is over before the others pay back
		config=$here/configuration/cli
		[ -f "$config/config.ini" ] || config=$here/configuration
		exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData ${DUIZHAO_VMARGS:--Xmx2g -Xmn512m} \
			-Djava.awt.headless=true \
			-jar "$launcher" -data "$data" -configuration "$config" -nosplash -application org.duizhao.cli.app "$@" ;;
	*)
		# SWT on macOS must run on the first thread
		exec "$java" -XstartOnFirstThread $vmargs -jar "$launcher" \
			-data "$data" -configuration "$here/configuration" -nosplash "$@" ;;
esac
