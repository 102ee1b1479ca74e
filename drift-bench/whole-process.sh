#!/usr/bin/env bash
# Whole-process benchmark of what users run: wall time and peak RSS of `drift analyze` in every format
# and of `drift show --format json --redact`, next to a bare Jackson readTree process and two token-scan
# processes over the same file (token-scan reads the file into an array first, as readTree does;
# token-stream parses it from the file as it is read, which is faster), in one run, alternating (round 1 runs every command once, then round 2...),
# so that the noise of a shared machine spreads over all of them. Prints a Markdown table ready to paste,
# with each command's CPU time, user and system (the kernel's share shows what mapping memory costs:
# on one machine the token-scan process spent 6-8 s of its 10-13 s there).
#
# Build first (once):
#   ./mvnw -q -Pbench -pl drift-bench,drift-cli -am package -DskipTests
# Then:
#   drift-bench/whole-process.sh                      # 1k, 10k, 100k and the 10,000-secret plan, 3 rounds
#   ROUNDS=1 SIZES="1000 10000" drift-bench/whole-process.sh
#
# Settings (environment):
#   DIR       where the generated plans are (and are generated if missing)   default /tmp/bench
#   SIZES     plan sizes in resource instances                                default "1000 10000 100000"
#   SECRETS   size of the many-secrets plan (the generator's mix gives about 0.41 distinct secrets per
#             resource: 25000 resources hold about 10,000); "none" skips it    default 25000
#   ROUNDS    rounds (each command once per round)                             default 3
#   JAVA_OPTS options for every process (e.g. -Xmx16g: the default heap is a quarter of the RAM);
#             not for the small-heap row, which runs with -Xmx$SMALL_HEAP alone
#   DRIFT     the drift command                                                default drift-cli/bin/drift
#   SMALL_HEAP the heap of the small-heap row on the largest plan ("none" skips it)   default 512m
#   OUT       raw results file (CSV)                                           default $DIR/whole-process.csv
#
# Time: a round runs 10 processes per plan (12 on the largest); on a quiet 2-core machine the 1k and 10k
# plans take about 1 and 5 s a process, the 100k plan (1.1 GB) about a minute, so three rounds of all
# take roughly 40-60 minutes, most of it on 100k. SIZES="1000 10000" SECRETS=none takes about 3 minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${DIR:-/tmp/bench}
SIZES=${SIZES:-"1000 10000 100000"}
SECRETS=${SECRETS:-25000}
ROUNDS=${ROUNDS:-3}
JAVA_OPTS=${JAVA_OPTS:-}
SMALL_HEAP=${SMALL_HEAP:-512m}
OUT=${OUT:-$DIR/whole-process.csv}
JAR=$ROOT/drift-cli/target/drift.jar
# drift as users run it: the launcher (quick JIT only, AppCDS archive made by an untimed first run).
DRIFT=${DRIFT:-$ROOT/drift-cli/bin/drift}
export DRIFT_JAR=$JAR DRIFT_CDS_DIR=${DRIFT_CDS_DIR:-$DIR/cds} DRIFT_JAVA_OPTS=$JAVA_OPTS
BENCH=$ROOT/drift-bench/target/drift-bench.jar
TIME=/usr/bin/time

for f in "$JAR" "$BENCH"; do
  [ -f "$f" ] || { echo "missing $f: build with ./mvnw -q -Pbench -pl drift-bench,drift-cli -am package -DskipTests" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 for the table" >&2; exit 2; }
mkdir -p "$DIR"

plan_file() { echo "$DIR/plan-$1-seed42-v1.json"; }

# Generates a plan with the benchmark's generator (cached: the same seed gives the same bytes).
ensure_plan() {
  local f; f=$(plan_file "$1")
  if [ ! -f "$f" ]; then
    echo "generating $f" >&2
    java -jar "$BENCH" --dir "$DIR" --only token-scan --rounds 1 --iterations 1 --warmup 0 --stream-heap none "$1" >/dev/null 2>&1
  fi
  echo "$f"
}

PLANS=()
for n in $SIZES; do PLANS+=("$n:$(ensure_plan "$n")"); done
if [ "$SECRETS" != none ]; then PLANS+=("secrets-$SECRETS:$(ensure_plan "$SECRETS")"); fi
LARGEST=$(for n in $SIZES; do echo "$n"; done | sort -n | tail -1)

# name|command (FILE is replaced by the plan); drift's exit codes 0, 2 and 3 are results, 1 is an error.
commands_for() {
  local label=$1
  cat <<EOF
token-scan|java $JAVA_OPTS -jar $BENCH --process token-scan FILE
token-stream|java $JAVA_OPTS -jar $BENCH --process token-stream FILE
readTree|java $JAVA_OPTS -jar $BENCH --process readTree FILE
show --format json --redact|$DRIFT show --format json --redact FILE
analyze --format text|$DRIFT analyze --no-progress --format text FILE
analyze --format markdown|$DRIFT analyze --no-progress --format markdown FILE
analyze --format json|$DRIFT analyze --no-progress --format json FILE
analyze --format sarif|$DRIFT analyze --no-progress --format sarif FILE
analyze --format junit|$DRIFT analyze --no-progress --format junit FILE
java -jar drift.jar analyze --format json|java $JAVA_OPTS -jar $JAR analyze --no-progress --format json FILE
EOF
  if [ "$label" = "$LARGEST" ] && [ "$SMALL_HEAP" != none ]; then
    echo "analyze --format json, -Xmx$SMALL_HEAP|env DRIFT_JAVA_OPTS=-Xmx$SMALL_HEAP $DRIFT analyze --no-progress --format json FILE"
    echo "java -Xmx$SMALL_HEAP -jar drift.jar analyze --format json|java -Xmx$SMALL_HEAP -jar $JAR analyze --no-progress --format json FILE"
  fi
}

# The launcher's first run writes the class archive: done here, untimed, on the first plan.
first=${PLANS[0]#*:}
"$DRIFT" analyze --no-progress --format json "$first" >/dev/null 2>&1 || true

echo "plan,bytes,command,round,wall_s,rss_kb,exit,user_s,sys_s" > "$OUT"
T0=$(date +%s)
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${PLANS[@]}"; do
    label=${entry%%:*}; file=${entry#*:}; bytes=$(stat -c %s "$file")
    while IFS='|' read -r name cmd; do
      [ -n "$name" ] || continue
      stats=$(mktemp)
      # Every command starts with the plan in the page cache: some VMs reclaim cached files within
      # minutes (a first reader paid up to 10 s of disk reads), which favoured whatever ran second.
      cat "$file" > /dev/null
      set +e
      # shellcheck disable=SC2086
      $TIME -f "%e %M %U %S" -o "$stats" ${cmd//FILE/$file} >/dev/null 2>"$stats.err"
      code=$?
      set -e
      read -r wall rss user sys < <(tail -1 "$stats")
      if [ "$code" = 1 ] || [ "$code" -gt 3 ]; then
        echo "FAILED (exit $code): $name on $label; stderr:" >&2; head -5 "$stats.err" >&2
      fi
      echo "$label,$bytes,\"$name\",$round,$wall,$rss,$code,$user,$sys" >> "$OUT"
      echo "round $round/$ROUNDS  $label  $name: ${wall}s (CPU ${user} user + ${sys} sys), $((rss / 1024)) MB, exit $code" >&2
      rm -f "$stats" "$stats.err"
    done < <(commands_for "$label")
  done
done
ELAPSED=$(( $(date +%s) - T0 ))

# Untimed: the small heap's report (the plan classified from its outline) against the large heap's.
SAME=""
if [ "$SMALL_HEAP" != none ]; then
  for entry in "${PLANS[@]}"; do
    label=${entry%%:*}; file=${entry#*:}
    [ "$label" = "$LARGEST" ] || continue
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" analyze --no-progress --format json "$file" > "$DIR/report-large-heap.json" 2>/dev/null || true
    java "-Xmx$SMALL_HEAP" -jar "$JAR" analyze --no-progress --format json "$file" > "$DIR/report-small-heap.json" 2>/dev/null || true
    if cmp -s "$DIR/report-large-heap.json" "$DIR/report-small-heap.json" && [ -s "$DIR/report-small-heap.json" ]; then
      SAME="identical"
    else
      SAME="DIFFERENT"
    fi
    echo "reports of $label, JAVA_OPTS=$JAVA_OPTS against -Xmx$SMALL_HEAP: $SAME ($(stat -c %s "$DIR/report-small-heap.json") bytes)" >&2
  done
fi

python3 - "$OUT" "$ROUNDS" "$ELAPSED" "$JAVA_OPTS" "$SAME" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
rounds, elapsed, opts, same = sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
plans = []
for r in rows:
    if r["plan"] not in plans:
        plans.append(r["plan"])
def cell(plan, cmd):
    rs = [r for r in rows if r["plan"] == plan and r["command"] == cmd]
    ok = [r for r in rs if r["exit"] in ("0", "2", "3")]
    if not ok:
        return None
    return dict(bytes=int(rs[0]["bytes"]), median=statistics.median(float(r["wall_s"]) for r in ok),
                low=min(float(r["wall_s"]) for r in ok), rss=max(int(r["rss_kb"]) for r in ok) / 1024,
                user=statistics.median(float(r.get("user_s") or 0) for r in ok),
                sys=statistics.median(float(r.get("sys_s") or 0) for r in ok),
                failed=len(rs) - len(ok))
print(f"Whole processes, {rounds} rounds alternating, JAVA_OPTS=`{opts or '(none)'}`; "
      f"ran {elapsed // 60} min {elapsed % 60} s.\n")
print("| plan | MB | command | wall s (median) | min | CPU s, user + system (medians) | × readTree | × token-scan | × token-stream | peak RSS MB | s per MB |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
per_mb = {}
for p in plans:
    cmds = []
    for r in rows:
        if r["plan"] == p and r["command"] not in cmds:
            cmds.append(r["command"])
    rt, ts, tst = cell(p, "readTree"), cell(p, "token-scan"), cell(p, "token-stream")
    for c in cmds:
        x = cell(p, c)
        if x is None:
            print(f"| {p} | | {c} | failed | | | | | | | |")
            continue
        mb = x["bytes"] / 1e6
        per_mb[(p, c)] = x["median"] / mb
        vs_rt = f"{x['median'] / rt['median']:.2f}" if rt else ""
        vs_ts = f"{x['median'] / ts['median']:.2f}" if ts else ""
        vs_tst = f"{x['median'] / tst['median']:.2f}" if tst else ""
        note = f" ({x['failed']} failed)" if x["failed"] else ""
        print(f"| {p} | {mb:.1f} | `{c}`{note} | {x['median']:.2f} | {x['low']:.2f} | {x['user']:.1f} + {x['sys']:.1f} | {vs_rt} | {vs_ts} | {vs_tst} | {x['rss']:.0f} | {x['median'] / mb:.3f} |")
print()
checks = []
if "10000" in plans:
    rt = cell("10000", "readTree")
    for (p, c), v in per_mb.items():
        if p == "10000" and c.startswith("analyze --format") and "Xmx" not in c and rt:
            r = cell(p, c)["median"] / rt["median"]
            checks.append(f"| 10k: `{c}` ≤ 1.25 × readTree | {r:.2f} | {'met' if r <= 1.25 else 'MISSED'} |")
if "1000" in plans and "100000" in plans:
    for (p, c), v in per_mb.items():
        if p == "100000" and (("1000", c) in per_mb) and c not in ("readTree", "token-scan", "token-stream"):
            r = v / per_mb[("1000", c)]
            checks.append(f"| cost per MB, 100k / 1k: `{c}` ≤ 1.5 | {r:.2f} | {'met' if r <= 1.5 else 'MISSED'} |")
if "100000" in plans:
    ts = cell("100000", "token-scan")
    for (p, c), v in per_mb.items():
        if p == "100000" and "Xmx" in c and ts:
            r = cell(p, c)["median"] / ts["median"]
            checks.append(f"| 100k: `{c}` ≤ 2 × token-scan | {r:.2f} | {'met' if r <= 2 else 'MISSED'} |")
            tst = cell("100000", "token-stream")
            if tst:
                r2 = cell(p, c)["median"] / tst["median"]
                checks.append(f"| 100k: `{c}` ≤ 2 × token-stream (the stricter reading) | {r2:.2f} | {'met' if r2 <= 2 else 'MISSED'} |")
if same:
    checks.append(f"| 100k: the small heap's JSON report equals the large heap's | | {same} |")
if checks:
    print("| target | ratio | |")
    print("|---|---:|---|")
    print("\n".join(checks))
EOF
