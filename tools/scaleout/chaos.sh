#!/usr/bin/env bash
# Failure drill for queued ingest: while two workers drain a batch of pages
# from NATS JetStream into PostgreSQL, it
#   1. kills one worker with SIGKILL mid-batch and starts a new one,
#   2. cuts every worker's NATS connection (they connect through a socat
#      proxy, which is killed and restarted on the same port),
#   3. terminates every PostgreSQL backend of the database (what a server
#      restart does to the clients),
# and then checks that every page was stored exactly once and that the
# poison pages (which cannot be extracted) are on the dead-letter subject
# with their error.
#
#   tools/scaleout/chaos.sh PAGES_DIR [COPIES]
#
# Environment as for bench.sh: SL, QUEUECTL, NATS_HOSTPORT (127.0.0.1:4222),
# PGADMIN. Needs socat.
set -euo pipefail

pages=${1:?usage: chaos.sh PAGES_DIR [COPIES]}
copies=${2:-5}
SL=${SL:-storyline}
QUEUECTL=${QUEUECTL:-queuectl}
NATS_HOSTPORT=${NATS_HOSTPORT:-127.0.0.1:4222}
PGADMIN=${PGADMIN:-postgres://postgres@127.0.0.1:5432/test}
pgbase=${PGADMIN%/*}
name="chaos_$$"
db="sl_chaos_$$"
proxy_port=$((20000 + $$ % 20000))
queue="nats://127.0.0.1:$proxy_port?name=$name"

work=$(mktemp -d)
pids=()
proxy=""
cleanup() {
	for p in "${pids[@]}" $proxy; do kill "$p" 2>/dev/null || true; done
	[ -n "$proxy" ] && pkill -P "$proxy" 2>/dev/null || true
	"$QUEUECTL" -url "nats://$NATS_HOSTPORT" -name "$name" delete 2>/dev/null || true
	psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

start_proxy() {
	socat TCP-LISTEN:"$proxy_port",fork,reuseaddr TCP:"$NATS_HOSTPORT" &
	proxy=$!
	sleep 0.3
}
stop_proxy() {
	pkill -KILL -P "$proxy" 2>/dev/null || true # the per-connection children
	kill -KILL "$proxy" 2>/dev/null || true
	wait "$proxy" 2>/dev/null || true
	proxy=""
}
start_worker() {
	"$SL" worker --db "$pgbase/$db" --queue "$queue" -j 1 --ack-wait 5s \
		--idle-exit 12s --stats-every 1h 2> "$work/worker.$1.log" &
	pids+=($!)
}
log() { echo "$(date -u +%T) $*"; }

n=0
for c in $(seq 1 "$copies"); do
	mkdir -p "$work/pages/c$c"
	for f in "$pages"/*.html; do
		cp "$f" "$work/pages/c$c/c${c}_$(basename "$f")"
		n=$((n + 1))
	done
done
# Poison pages: readable files from which no article can be extracted.
mkdir -p "$work/pages/poison"
echo '<html><head><title>x</title></head><body></body></html>' > "$work/pages/poison/blank.html"
echo '<html><body><script>var a = 1;</script></body></html>' > "$work/pages/poison/script-only.html"
echo '<html><body><nav><a href="/">Home</a></nav></body></html>' > "$work/pages/poison/nav-only.html"
poisons=3

psql "$PGADMIN" -qc "CREATE DATABASE $db"
start_proxy
log "publishing $n pages and $poisons poison pages"
"$SL" ingest -q --queue "$queue" "$work/pages"
# Publishing again must not add jobs (message-id deduplication).
"$SL" ingest -q --queue "$queue" "$work/pages"
log "queue: $("$QUEUECTL" -url "nats://$NATS_HOSTPORT" -name "$name" stats)"

start_worker 1
start_worker 2
sleep 2
log "kill -9 worker 1 (pid ${pids[0]}) mid-batch; starting worker 3"
kill -KILL "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
start_worker 3
sleep 2
log "cutting all NATS connections (proxy down 2s)"
stop_proxy
sleep 2
start_proxy
sleep 2
log "terminating all PostgreSQL backends of $db"
psql "$PGADMIN" -qAtc "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$db'"
log "waiting for the workers to drain the queue"
for p in "${pids[@]:1}"; do wait "$p" || true; done
log "queue: $("$QUEUECTL" -url "nats://$NATS_HOSTPORT" -name "$name" stats)"

read -r rows ids nostory < <(psql "$pgbase/$db" -qAt -F ' ' -c "SELECT count(*), count(DISTINCT doc_id), count(*) FILTER (WHERE story_id = '') FROM documents")
dead=$("$QUEUECTL" -url "nats://$NATS_HOSTPORT" -name "$name" dead)
ndead=$(printf '%s' "$dead" | grep -c . || true)
echo "pages=$n stored_rows=$rows distinct_ids=$ids without_story=$nostory poisons=$poisons dead_letters=$ndead"
printf '%s\n' "$dead" | sed 's/"job":null,\{0,1\}//' | cut -c1-220
for i in 1 2 3; do
	echo "worker $i: $(grep -c 'ack failed' "$work/worker.$i.log" || true) lost acks," \
		"$(grep -c 'job failed' "$work/worker.$i.log" || true) failed attempts," \
		"$(grep -c 'nats reconnected' "$work/worker.$i.log" || true) reconnects," \
		"$(grep -c 'now assigns stories' "$work/worker.$i.log" || true) grouper terms; $(grep -o 'settled=.*' "$work/worker.$i.log" || echo killed)"
done
status=0
[ "$rows" -eq "$n" ] && [ "$ids" -eq "$n" ] || { echo "FAIL: want every page stored exactly once"; status=1; }
[ "$ndead" -eq "$poisons" ] || { echo "FAIL: want $poisons dead letters"; status=1; }
[ "$nostory" -eq 0 ] || { echo "FAIL: $nostory documents without a story"; status=1; }
[ $status -eq 0 ] && echo "OK: every page stored exactly once and given a story, poisons dead-lettered"
exit $status
