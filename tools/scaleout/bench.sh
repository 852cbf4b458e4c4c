#!/usr/bin/env bash
# Scale-out benchmark: throughput of 1..N storyline workers pulling page jobs
# from NATS JetStream into PostgreSQL.
#
#   tools/scaleout/bench.sh PAGES_DIR [COPIES] [WORKER_COUNTS...]
#   tools/scaleout/bench.sh ../shared/eval/extraction/aeb/html 10 1 2
#
# The pages are copied COPIES times into a temporary folder (under distinct
# names, so that each copy is a new document), published once per run with
# "storyline ingest --queue", and drained by the given number of worker
# processes, each running one job at a time (-j 1), into a fresh database.
# For each run it prints the time until the last job was settled, the rate,
# and checks that every page was stored exactly once.
#
# Environment: SL (storyline binary), QUEUECTL (tools/scaleout/queuectl
# binary), NATS (nats://127.0.0.1:4222), PGADMIN (a URL of an existing
# database used to create and drop the benchmark databases,
# postgres://postgres@127.0.0.1:5432/test), JOBS (jobs per worker, 1).
set -euo pipefail

pages=${1:?usage: bench.sh PAGES_DIR [COPIES] [WORKER_COUNTS...]}
copies=${2:-10}
shift $(( $# >= 2 ? 2 : 1 ))
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 2)
SL=${SL:-storyline}
QUEUECTL=${QUEUECTL:-queuectl}
NATS=${NATS:-nats://127.0.0.1:4222}
PGADMIN=${PGADMIN:-postgres://postgres@127.0.0.1:5432/test}
JOBS=${JOBS:-1}
pgbase=${PGADMIN%/*}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for c in $(seq 1 "$copies"); do
	mkdir -p "$work/pages/c$c"
	for f in "$pages"/*.html; do
		cp "$f" "$work/pages/c$c/c${c}_$(basename "$f")"
		n=$((n + 1))
	done
done
echo "# load: $(cut -d" " -f1-3 /proc/loadavg)"
echo "# $n pages ($copies copies of $pages), $(nproc) cores, $JOBS job(s) per worker, $(date -u +%FT%TZ)"

for w in "${counts[@]}"; do
	name="bench_$$_$w"
	db="sl_bench_$$_$w"
	psql "$PGADMIN" -qc "CREATE DATABASE $db"
	"$SL" ingest -q --queue "$NATS?name=$name" "$work/pages"
	pids=()
	for i in $(seq 1 "$w"); do
		"$SL" worker --db "$pgbase/$db" --queue "$NATS?name=$name" -j "$JOBS" \
			--idle-exit 3s --stats-every 1h 2> "$work/worker.$w.$i.log" &
		pids+=($!)
	done
	for p in "${pids[@]}"; do wait "$p"; done
	# The slowest worker's time from its start to its last settled job.
	secs=$(grep -ho 'until_last_job=[0-9.]*[a-z]*' "$work"/worker."$w".*.log |
		sed 's/until_last_job=//' | awk '
			/ms$/ { sub(/ms$/, ""); v = $0 / 1000 }
			/[0-9]s$/ { sub(/s$/, ""); v = $0 }
			/m[0-9.]+s$/ { split($0, a, "m"); sub(/s$/, "", a[2]); v = a[1] * 60 + a[2] }
			v > max { max = v } END { printf "%.2f", max }')
	read -r rows ids < <(psql "$pgbase/$db" -qAt -F ' ' -c "SELECT count(*), count(DISTINCT doc_id) FROM documents")
	dead=$("$QUEUECTL" -url "$NATS" -name "$name" stats | sed 's/.*"dead":\([0-9]*\).*/\1/')
	printf "workers=%d pages=%d stored_rows=%d distinct_ids=%d dead=%d seconds=%s pages_per_s=%.1f\n" \
		"$w" "$n" "$rows" "$ids" "$dead" "$secs" "$(echo "$n / $secs" | bc -l)"
	for i in $(seq 1 "$w"); do
		echo "  worker $i: $(grep -o 'settled=.*' "$work/worker.$w.$i.log")"
	done
	"$QUEUECTL" -url "$NATS" -name "$name" delete
	psql "$PGADMIN" -qc "DROP DATABASE $db"
done
