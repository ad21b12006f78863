#!/usr/bin/env bash
# Run by the product build (package phase), before the products are archived: makes each macOS
# product (materialized by Tycho as Duizhao.app/Contents/Eclipse) an application the Finder opens
# with a double-click: Contents/Info.plist and Contents/MacOS/Duizhao, which runs
# Contents/Eclipse/Duizhao.command (that one also works from a terminal and for commands).
#   mac-bundle.sh PRODUCTS_DIR VERSION
set -euo pipefail
products=$1
version=$2
count=0
for app in "$products"/macosx/cocoa/*/Duizhao.app; do
	[ -f "$app/Contents/Eclipse/Duizhao.command" ] || continue
	mkdir -p "$app/Contents/MacOS"
	cat >"$app/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleExecutable</key><string>Duizhao</string>
	<key>CFBundleIdentifier</key><string>org.duizhao.app</string>
	<key>CFBundleName</key><string>Duizhao</string>
	<key>CFBundleDisplayName</key><string>Duizhao 对照</string>
	<key>CFBundlePackageType</key><string>APPL</string>
	<key>CFBundleShortVersionString</key><string>$version</string>
	<key>CFBundleVersion</key><string>$version</string>
	<key>LSMinimumSystemVersion</key><string>11.0</string>
	<key>NSHighResolutionCapable</key><true/>
</dict>
</plist>
PLIST
	printf '%s\n' '#!/bin/sh' '# the application'"'"'s executable: the start script beside the product' \
		'exec "$(cd "$(dirname "$0")/../Eclipse" && pwd)/Duizhao.command"' >"$app/Contents/MacOS/Duizhao"
	chmod 755 "$app/Contents/MacOS/Duizhao" "$app/Contents/Eclipse/Duizhao.command"
	count=$((count + 1))
done
echo "mac-bundle: $count applications"
