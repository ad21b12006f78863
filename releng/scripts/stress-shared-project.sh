#!/usr/bin/env bash
# Two writers and a reader on one project, as separate processes of the built product (issue 10 §2).
# Usage: releng/scripts/stress-shared-project.sh [RUNS]   (build first: ./duizhao.sh --help)
# Per run: a fresh project; two `duizhao import` of the same 20 files at once while a
# `duizhao compare --project` reads it; then an import of 200 files killed with kill -9 at a random
# moment, followed by `duizhao check`. Prints one line per run and the totals; a project is whole
# when it has exactly 20 (+ what the killed import committed) readable documents and check is clean.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
D=releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/x86_64/duizhao/duizhao
[ -x "$D" ] || { echo "build the product first: ./duizhao.sh --help" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/big"
for i in $(seq -w 1 20); do printf '关于第%s项工作的通知\n各地要抓好落实，第%s条。\n' "$i" "$i" > "$work/in/doc-$i.txt"; done
for i in $(seq -w 1 200); do printf '大批文件之%s\n正文第%s段。\n' "$i" "$i" > "$work/big/big-$i.txt"; done
ok=0; failed=0; wrong=0; broken=0
for r in $(seq 1 "$runs"); do
	p="$work/p$r"
	"$D" import "$work/in/doc-01.txt" --project "$p" >/dev/null 2>&1
	"$D" import "$work/in" --project "$p" >"$work/a.out" 2>"$work/a.err" & a=$!
	"$D" import "$work/in" --project "$p" >"$work/b.out" 2>"$work/b.err" & b=$!
	"$D" compare doc-01.txt doc-01.txt --project "$p" >/dev/null 2>"$work/c.err" & c=$!
	wait $a; ea=$?; wait $b; eb=$?; wait $c
	docs=$(find "$p/documents" -mindepth 1 -maxdepth 1 -type d | wc -l)
	[ $ea -eq 0 ] && [ $eb -eq 0 ] || failed=$((failed + 1))
	[ "$docs" -eq 20 ] || wrong=$((wrong + 1))
	"$D" import "$work/big" --project "$p" >/dev/null 2>&1 & k=$!
	# wait until the import is staging (it holds the lock then), and kill it a random moment later
	for _ in $(seq 1 300); do [ -n "$(ls -A "$p/.staging" 2>/dev/null)" ] && break; sleep 0.1; done
	sleep "0.$((RANDOM % 10))"; kill -9 $k 2>/dev/null; wait $k 2>/dev/null
	after=$(find "$p/documents" -mindepth 1 -maxdepth 1 -type d | wc -l)
	"$D" check --project "$p" >"$work/check.out" 2>&1; ec=$?
	incomplete=$(for d in "$p"/documents/*/; do [ -f "$d/document.json" ] && [ -f "$d/v1/text.txt" ] || echo x; done | wc -l)
	# a staging run left by the kill is all check may find: the documents themselves are whole
	damage=$(grep -c -e 'cannot be read' -e 'is missing' -e 'has no document.json' "$work/check.out")
	[ "$incomplete" -eq 0 ] && [ "$damage" -eq 0 ] && [ $((after == 20 || after == 220)) -eq 1 ] || broken=$((broken + 1))
	echo "run $r: imports exit $ea/$eb, documents $docs; kill -9 during a 200-file import: documents $after, check exit $ec, damage $damage, incomplete folders $incomplete"
	[ $ea -eq 0 ] && [ $eb -eq 0 ] && [ "$docs" -eq 20 ] && [ "$incomplete" -eq 0 ] && ok=$((ok + 1))
done
echo "runs $runs: whole $ok, an import failed $failed, document count wrong $wrong, damaged after kill -9 $broken"
