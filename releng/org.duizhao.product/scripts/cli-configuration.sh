#!/usr/bin/env bash
# Run by the product build (package phase), before the products are archived: gives each
# materialized product a second configuration, configuration/cli, for the headless commands. It is
# the product's own configuration without the workbench bundles (SWT, JFace, the e4 workbench,
# EMF, our UI bundles), so that a command neither resolves nor starts them: the e4 model assembler
# alone, an immediate component, loaded 250 classes of EMF and the e4 model on every --version.
# A command then loads 2,400 classes instead of 3,000.
#   cli-configuration.sh PRODUCTS_DIR   (target/products/org.duizhao.product)
set -euo pipefail
products=$1
# symbolic names of bundles that only the workbench needs
ui='^(org\.eclipse\.(swt|jface|ui|e4|emf|help|urischeme|text|core\.(commands|expressions|databinding))|org\.duizhao\.(app|[a-z.]*\.ui)|org\.apache\.batik|org\.w3c\.css|com\.github\.weisj|com\.sun\.jna|jakarta\.)[.,]'
count=0
# Linux and Windows: <os>/<ws>/<arch>/duizhao/configuration; macOS: .../Duizhao.app/Contents/Eclipse/configuration
for ini in $(find "$products" -path '*/configuration/config.ini' ! -path '*/cli/*' ! -path '*/with-java/*'); do
	config=$(dirname "$ini")
	cli="$config/cli"
	rm -rf "$cli"
	mkdir -p "$cli/org.eclipse.equinox.simpleconfigurator"
	grep -Ev '^(eclipse\.product|eclipse\.application|eclipse\.p2\.)' "$config/config.ini" >"$cli/config.ini"
	echo "eclipse.application=org.duizhao.cli.app" >>"$cli/config.ini"
	# declarative services and event admin stay installed but are not started: no command uses a
	# component or an event, and SCR parsing every bundle's components cost 280 classes (with XML)
	grep -Ev "$ui" "$config/org.eclipse.equinox.simpleconfigurator/bundles.info" \
		| sed -E 's/^((org\.apache\.felix\.scr|org\.eclipse\.equinox\.event),.*),true$/\1,false/' \
		>"$cli/org.eclipse.equinox.simpleconfigurator/bundles.info"
	grep -q '^org\.duizhao\.cli,' "$cli/org.eclipse.equinox.simpleconfigurator/bundles.info" \
		|| { echo "cli-configuration: org.duizhao.cli missing in $config" >&2; exit 1; }
	count=$((count + 1))
done
[ "$count" -gt 0 ] || { echo "cli-configuration: no product under $products" >&2; exit 1; }
echo "cli-configuration: $count products"
