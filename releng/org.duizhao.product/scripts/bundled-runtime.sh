#!/usr/bin/env bash
# Run by the product build (package phase, after the archives): makes the Linux x86_64 product with
# its own Java runtime, so that it runs where no Java is installed. The runtime is made by jlink from
# the JDK that runs the build (17 or newer), with the modules the bundles use (found with jdeps
# over the product's plugins) and those reached only by name at run time: GBK, GB18030 and Big5
# decoders (jdk.charsets), Chinese locale data, sun.misc.Unsafe (jdk.unsupported). It carries its own
# class data archive for a faster start.
#   bundled-runtime.sh PRODUCTS_DIR ARCHIVE_DIR NAME
# writes ARCHIVE_DIR/NAME-linux.gtk.x86_64-with-java.tar.gz holding duizhao/ (product + jre/)
set -euo pipefail
products=$1
archives=$2
name=$3
modules=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.net.http
modules=$modules,java.sql,java.xml,jdk.xml.dom,jdk.charsets,jdk.localedata,jdk.unsupported,jdk.zipfs,jdk.crypto.ec
source="$products/linux/gtk/x86_64/duizhao"
[ -x "$source/duizhao" ] || { echo "bundled-runtime: no Linux x86_64 product in $products" >&2; exit 1; }
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink=$java_home/bin/jlink
[ -x "$jlink" ] || jlink=$(command -v jlink) || { echo "bundled-runtime: no jlink (a JDK is needed)" >&2; exit 1; }

stage="$products/with-java"
rm -rf "$stage"
mkdir -p "$stage"
cp -a "$source" "$stage/duizhao"
"$jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
	--compress=2 --generate-cds-archive --output "$stage/duizhao/jre"
tar -C "$stage" -czf "$archives/$name-linux.gtk.x86_64-with-java.tar.gz" duizhao
echo "bundled-runtime: $archives/$name-linux.gtk.x86_64-with-java.tar.gz ($(du -sh "$stage/duizhao/jre" | cut -f1) runtime)"
