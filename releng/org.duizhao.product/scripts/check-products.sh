#!/usr/bin/env bash
# The product tests, run by the build in the verify phase (skipped with -DskipTests):
#  - each of the five products was materialized (p2 resolved it for its system) with the SWT
#    fragment of its system and no other, its start script, and the configuration for commands;
#  - each archive holds the same, with the start script executable where the system cares;
#  - the Linux x86_64 product runs commands (version, info of a Big5 file, compare) from the
#    command configuration;
#  - the Linux product with its own runtime runs --version and decodes GBK with no Java on PATH.
#   check-products.sh TARGET_DIR NAME SAMPLES_DIR
set -euo pipefail
target=$1
name=$2
samples=$3
products="$target/products/org.duizhao.product"
failures=0
fail() { echo "check-products: FAIL $*" >&2; failures=$((failures + 1)); }
pass() { echo "check-products: ok   $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# system (os.ws.arch), start script
systems="linux.gtk.x86_64:duizhao linux.gtk.aarch64:duizhao win32.win32.x86_64:duizhao.bat
macosx.cocoa.aarch64:Duizhao.command macosx.cocoa.x86_64:Duizhao.command"
for entry in $systems; do
	system=${entry%%:*}
	script=${entry#*:}
	IFS=. read -r os ws arch <<<"$system"
	fragment="org.eclipse.swt.$ws.$os.$arch"
	root=duizhao
	[ "$os" = macosx ] && root=Duizhao.app/Contents/Eclipse
	dir="$products/$os/$ws/$arch/$root"
	info="$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
	if [ -f "$info" ] && grep -q "^$fragment," "$info" && grep -q '^org\.duizhao\.app,' "$info" \
		&& [ "$(grep -c '^org\.eclipse\.swt\.[a-z0-9]*\.[a-z0-9]*\.[a-z0-9_]*,' "$info")" = 1 ] \
		&& [ -f "$dir/configuration/cli/config.ini" ] && [ -f "$dir/$script" ]; then
		pass "$system product: $fragment, $script, configuration/cli"
	else
		fail "$system product in $dir: missing $fragment, org.duizhao.app, $script or configuration/cli, or other SWT fragments"
	fi
	case "$os" in
		win32) archive="$target/products/$name-$system.zip" ;;
		*) archive="$target/products/$name-$system.tar.gz" ;;
	esac
	if [ ! -f "$archive" ]; then
		fail "no archive $archive"
		continue
	fi
	case "$archive" in
		*.zip) jar tf "$archive" >"$work/list" ;;
		*) tar --warning=no-unknown-keyword -tvzf "$archive" | awk '{ print $1 " " $NF }' >"$work/list" ;;
	esac
	swt=$(grep -Ec "plugins/org\.eclipse\.swt\.[a-z0-9]+\.[a-z0-9]+\.[a-z0-9_]+_[^/]*\.jar$" "$work/list" || true)
	if grep -Eq "$root/plugins/${fragment//./\\.}_[^/]*\.jar$" "$work/list" && [ "$swt" = 1 ] \
		&& grep -Eq "(^| )$root/$script$" "$work/list" && grep -q "$root/configuration/cli/config.ini" "$work/list"; then
		if [ "$os" = macosx ] && ! { grep -Eq "^-rwx.* Duizhao\.app/Contents/MacOS/Duizhao$" "$work/list" \
			&& grep -q "Duizhao\.app/Contents/Info\.plist$" "$work/list"; }; then
			fail "$(basename "$archive"): no Contents/Info.plist or executable Contents/MacOS/Duizhao"
		elif [ "$os" = win32 ] || grep -Eq "^-rwx.* $root/$script$" "$work/list"; then
			pass "$(basename "$archive"): $fragment, $script"
		else
			fail "$(basename "$archive"): $script is not executable"
		fi
	else
		fail "$(basename "$archive"): missing $fragment, $root/$script or configuration/cli, or other SWT fragments"
	fi
done

# commands from the command configuration of the Linux x86_64 product
linux="$products/linux/gtk/x86_64/duizhao"
export DUIZHAO_DATA="$work/data" XDG_CACHE_HOME="$work/cache"
if out=$("$linux/duizhao" --version 2>&1) && [[ "$out" == "duizhao "* ]] \
	&& "$linux/duizhao" info "$samples/09-speech-big5.txt" | grep -q '"encoding": "Big5"' \
	&& "$linux/duizhao" compare "$samples/04-speech-news.txt" "$samples/09-speech-big5.txt" --ignore script \
		| grep -q '"hunks"'; then
	pass "linux.gtk.x86_64 product runs --version, info and compare: $out"
else
	fail "linux.gtk.x86_64 product does not run commands: $out"
fi

# the start scripts say what to install when Java is missing or too old (a fake Java 11 here)
printf '#!/bin/sh\necho "openjdk version \\"11.0.2\\" 2019-01-15" >&2\n' >"$work/java11"
chmod +x "$work/java11"
mkdir -p "$work/nojava"
for t in sh dirname readlink sed ls head cut cksum mkdir mv rm cat grep; do
	ln -s "$(command -v "$t")" "$work/nojava/$t"
done
mac="$products/macosx/cocoa/aarch64/Duizhao.app/Contents/Eclipse/Duizhao.command"
for script in "$linux/duizhao" "$mac"; do
	old=$(JAVA="$work/java11" "$script" --version 2>&1) && status=0 || status=$?
	none=$(env -i HOME="$work/home" PATH="$work/nojava" "$script" --version 2>&1) && status2=0 || status2=$?
	if [ "$status" = 1 ] && [[ "$old" == *"is Java 11.0.2"*"needs Java 17 or newer"*"adoptium.net"* ]] \
		&& [ "$status2" = 1 ] && [[ "$none" == *"no Java found"*"needs Java 17 or newer"* ]]; then
		pass "$(basename "$script") names Java 17 and where to get it when Java is too old or missing"
	else
		fail "$(basename "$script") with Java 11 ($status): $old / with no Java ($status2): $none"
	fi
done
# the macOS start script runs commands too (they need no SWT), here on Linux
if out=$(JAVA=$(command -v java) "$mac" --version 2>&1) && [[ "$out" == "duizhao "* ]]; then
	pass "Duizhao.command runs --version from the macOS product's command configuration"
else
	fail "Duizhao.command --version: $out"
fi

# the product with its own runtime, started with no Java anywhere on PATH or in the environment
bundled="$target/products/$name-linux.gtk.x86_64-with-java.tar.gz"
if [ -f "$bundled" ]; then
	mkdir -p "$work/x" "$work/tools"
	tar -C "$work/x" -xzf "$bundled"
	for t in sh dirname readlink sed ls head cut cksum mkdir mv rm cat grep; do
		ln -s "$(command -v "$t")" "$work/tools/$t"
	done
	run() { env -i HOME="$work/home" PATH="$work/tools" DUIZHAO_DATA="$work/data2" "$work/x/duizhao/duizhao" "$@"; }
	if env -i PATH="$work/tools" sh -c 'command -v java' >/dev/null; then
		fail "java is on the test PATH"
	elif out=$(run --version 2>&1) && [[ "$out" == "duizhao "* ]] \
		&& run info "$samples/08-county-notice-gbk.txt" | grep -q '"encoding": "GB'; then
		pass "$(basename "$bundled") runs --version and decodes GBK with no Java on PATH: $out"
	else
		fail "$(basename "$bundled") without Java on PATH: $out"
	fi
else
	fail "no archive $bundled"
fi

[ "$failures" = 0 ] || { echo "check-products: $failures failures" >&2; exit 1; }
echo "check-products: all passed"
