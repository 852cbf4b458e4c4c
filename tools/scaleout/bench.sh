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
# Repeat the counts (1 2 1 2 1 2) to interleave runs: the machine's speed
# drifts, and the last lines give each count's mean rate over its runs and
# its multiple of one worker's.
# For each run it prints the time until the last job was settled, the rate,
# checks that every page was stored exactly once, and prints the CPU time
# per page of each process involved: the workers (from /usr/bin/time), the
# PostgreSQL backends of the benchmark database (sampled from /proc every
# second while they live; they idle for the workers' --idle-exit before they
# go, so the last sample is their total), PostgreSQL's background writers
# (walwriter, checkpointer, background writer: shared with every other
# database on the server) and the local nats-server (shared with its other
# clients). CPU time per page is robust to other load on the machine; wall
# time and pages/s are not, so the load average is printed with each run.
#
# Environment: SL (storyline binary), QUEUECTL (tools/scaleout/queuectl
# binary), NATS (nats://127.0.0.1:4222), PGADMIN (a URL of an existing
# database used to create and drop the benchmark databases,
# postgres://postgres@127.0.0.1:5432/test), JOBS (jobs per worker, 1),
# WORKER_FLAGS (more flags for each worker, e.g. --stories=false).
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
WORKER_FLAGS=${WORKER_FLAGS:-}
pgbase=${PGADMIN%/*}
tck=$(getconf CLK_TCK)

# ticks PID: user+system CPU of a live process in clock ticks (0 if gone).
ticks() {
	local s
	s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
	s=${s##*) }
	# shellcheck disable=SC2086
	set -- $s
	echo $(( ${12} + ${13} ))
}
# sum_ticks PID...: the sum of ticks over the processes.
sum_ticks() {
	local t=0 p
	for p in "$@"; do t=$(( t + $(ticks "$p") )); done
	echo "$t"
}
# sample_backends DB FILE STATFILE: append "pid ticks" of each backend of
# DB to FILE, and the time and the machine's CPU counters (the "cpu" line
# of /proc/stat) to STATFILE, every second until killed. (Each sample
# costs CPU of its own, which the two-worker runs feel: hence not more
# often.)
sample_backends() {
	local p
	while :; do
		echo "$(date +%s.%N) $(head -1 /proc/stat)" >> "$3"
		for p in $(pgrep -f "postgres: .* $1 " || true); do echo "$p $(ticks "$p")"; done >> "$2"
		sleep 1
	done
}
# The local servers' long-lived processes, if any: nats-server listening on
# the NATS port, PostgreSQL's background writers.
natsport=${NATS##*:}
natsport=${natsport%%[/?]*}
natspid=$(ss -Hltnp "sport = :$natsport" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
pgbg=$(pgrep -f 'postgres: .*(walwriter|checkpointer|background writer)' || true)
# timed FILE COMMAND...: run COMMAND, writing its user and system CPU
# seconds and its peak resident memory in KiB to FILE (GNU time; without
# it, 0 0 0).
timed() {
	local out=$1
	shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "%U %S %M" -o "$out" "$@"
	else
		echo "0 0 0" > "$out"
		"$@"
	fi
}
# ms PAGES TICKS: CPU milliseconds per page.
ms() { echo "$2 $1 $tck" | awk '{ printf "%.2f", $1 * 1000 / $3 / $2 }'; }

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
echo "# $n pages ($copies copies of $pages), $(nproc) cores, $JOBS job(s) per worker ${WORKER_FLAGS:+($WORKER_FLAGS) }$(date -u +%FT%TZ)"

for w in "${counts[@]}"; do
	name="bench_$$_$w"
	db="sl_bench_$$_$w"
	psql "$PGADMIN" -qc "CREATE DATABASE $db"
	db0=$(psql "$pgbase/$db" -qAt -c "SELECT pg_database_size(current_database())")
	"$SL" ingest -q --queue "$NATS?name=$name" "$work/pages"
	# The backlog's size in the job stream, for sizing NATS storage.
	queued=$("$QUEUECTL" -url "$NATS" -name "$name" stats | sed 's/.*"bytes":\([0-9]*\).*/\1/')
	pids=()
	: > "$work/backends.$w"
	: > "$work/stat.$w"
	sample_backends "$db" "$work/backends.$w" "$work/stat.$w" &
	sampler=$!
	nats0=$(sum_ticks $natspid)
	bg0=$(sum_ticks $pgbg)
	for i in $(seq 1 "$w"); do
		timed "$work/time.$w.$i" \
			"$SL" worker --db "$pgbase/$db" --queue "$NATS?name=$name" -j "$JOBS" \
			--idle-exit 3s --stats-every 1h $WORKER_FLAGS 2> "$work/worker.$w.$i.log" &
		pids+=($!)
	done
	for p in "${pids[@]}"; do wait "$p"; done
	kill "$sampler"
	wait "$sampler" 2>/dev/null || true
	nats=$(( $(sum_ticks $natspid) - nats0 ))
	bg=$(( $(sum_ticks $pgbg) - bg0 ))
	wticks=$(cat "$work"/time."$w".* | awk -v t="$tck" '{ s += ($1 + $2) * t } END { printf "%d", s + 0.5 }')
	backends=$(awk '$2 > m[$1] { m[$1] = $2 } END { for (p in m) s += m[p]; print s + 0 }' "$work/backends.$w")
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
	echo "$w $(echo "$n / $secs" | bc -l)" >> "$work/rates"
	for i in $(seq 1 "$w"); do
		echo "  worker $i: $(grep -o 'settled=.*' "$work/worker.$w.$i.log") $(awk '{ printf "cpu_s=%.2f max_rss_mib=%.0f", $1 + $2, $3 / 1024 }' "$work/time.$w.$i")"
	done
	# How the machine's time went while the jobs ran: from the first sample
	# to the last one before the last job was settled (the workers then
	# idle for --idle-exit), in cores (of $(nproc)). Busy counts every
	# process on the machine, ours and others'.
	awk -v secs="$secs" -v tck="$tck" '
		{ t = $1; busy = $3 + $4 + $5 + $8 + $9 + $10; idle = $6; io = $7; st = $10 }
		NR == 1 { t0 = t; b0 = busy; i0 = idle; w0 = io; s0 = st; next }
		t - t0 <= secs { t1 = t; b1 = busy; i1 = idle; w1 = io; s1 = st }
		END {
			d = (t1 - t0) * tck
			if (d > 0) printf "  machine while busy: cores_busy=%.2f idle=%.2f iowait=%.2f steal=%.2f over %.0f s\n",
				(b1 - b0 - (s1 - s0)) / d, (i1 - i0) / d, (w1 - w0) / d, (s1 - s0) / d, d / tck
		}' "$work/stat.$w"
	echo "  cpu_ms_per_page: workers=$(ms "$n" "$wticks") pg_backends=$(ms "$n" "$backends")" \
		"pg_background=$(ms "$n" "$bg") nats=$(ms "$n" "$nats")" \
		"total=$(ms "$n" $(( wticks + backends + bg + nats ))) (load at end: $(cut -d" " -f1-3 /proc/loadavg))"
	# Sizes per page, for the capacity plan: what the run added to the
	# database (every table and index) and the job stream's backlog before
	# the workers began.
	dbbytes=$(psql "$pgbase/$db" -qAt -c "SELECT pg_database_size(current_database())")
	echo "  bytes_per_page: database=$(( (dbbytes - db0) / n )) stream_backlog=$(( queued / n ))"
	"$QUEUECTL" -url "$NATS" -name "$name" delete
	psql "$PGADMIN" -qc "DROP DATABASE $db"
done

# The verdict: with worker counts repeated (1 2 1 2 1 2, interleaved so
# that a slow spell of the machine hits both), the mean of each count's
# rates over its runs, and that mean as a multiple of one worker's.
if [ -s "$work/rates" ]; then
	awk '{ n[$1]++; r[$1] += $2 }
		END {
			for (w in n) printf "summary: workers=%s runs=%d mean_pages_per_s=%.1f%s\n", w, n[w], r[w] / n[w],
				(w != 1 && n[1] > 0) ? sprintf(" vs_one_worker=%.2fx", (r[w] / n[w]) / (r[1] / n[1])) : ""
		}' "$work/rates" | sort -t= -k2 -n
fi
