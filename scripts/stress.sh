#!/usr/bin/env bash
# Reliability at full size (make stress): hostile files including a 50 MB single line, kill -9
# of a 2,000-article ingest at 20 moments, and two ingests racing with a reader.
# Each check prints what it measured; the script exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
KB=${KB:-.build/release/kb}
swift build -c release --product kb --static-swift-stdlib >/dev/null   # never test a stale binary
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== hostile files"
mkdir -p "$W/hostile"
python3 - "$W/hostile" <<'PY'
import os, random, sys
d = sys.argv[1]
random.seed(7)
open(f"{d}/fifty-mb-one-line.txt", "w").write("The minister said the talks would go on, " * (50_000_000 // 42))
open(f"{d}/nul.txt", "wb").write(b"text\x00more")
open(f"{d}/invalid-middle.txt", "wb").write(b"Fine text. " * 100000 + b"\xc3\x28" + b"tail")
open(f"{d}/random.bin", "wb").write(bytes(random.randrange(256) for _ in range(1 << 20)))
open(f"{d}/one-byte.txt", "w").write("A")
open(f"{d}/punctuation.txt", "w").write(".,;:!?—–-“”'\"()[]|#*•…" * 30000)
PY
ln -s "$W/hostile" "$W/hostile/loop"
mkdir -p "$W/hostile/locked" && echo "secret" > "$W/hostile/locked/x.txt" && chmod 000 "$W/hostile/locked"
set +e
/usr/bin/time -f "%e s, peak RSS %M KB" -o "$W/time" "$KB" --db "$W/h.sqlite" ingest "$W/hostile" 2>"$W/err"
status=$?
set -e
chmod 755 "$W/hostile/locked"
cat "$W/err"; echo "time: $(tail -n 1 "$W/time")"
[ $status -eq 1 ] || fail "exit status $status, expected 1"
grep -q "Fatal error\|Backtrace" "$W/err" && fail "a crash report was printed"
[ "$(sqlite3 "$W/h.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "integrity"
rss=$(tail -n 1 "$W/time" | awk '{print $(NF-1)}'); [ "$rss" -lt 1500000 ] || fail "peak RSS $rss KB"

echo "== kill -9 during ingest (20 times)"
python3 Benchmarks/make_corpus.py 2000 "$W/corpus" 2>/dev/null
# Kill points spread over the time a whole ingest takes on this machine, each from an empty
# database, so that every kill lands in the middle of a different batch.
rm -f "$W"/k.sqlite*
t0=$(date +%s%N); "$KB" --db "$W/k.sqlite" ingest "$W/corpus/articles" --batch-size 20 2>/dev/null; t1=$(date +%s%N)
full=$(python3 -c "print(($t1 - $t0) / 1e9)")
echo "a whole ingest takes ${full} s; killing at random moments within it"
for i in $(seq 20); do
  rm -f "$W"/k.sqlite*
  "$KB" --db "$W/k.sqlite" ingest "$W/corpus/articles" --batch-size 20 2>"$W/kill.err" &
  pid=$!
  sleep "$(python3 -c "import random; print(random.uniform(0.05, $full * 0.95))")"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  grep -q "Usage\|Error" "$W/kill.err" && fail "ingest failed by itself: $(cat "$W/kill.err")"
  [ "$(sqlite3 "$W/k.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "integrity after kill $i"
  # Batches are written without foreign-key enforcement: every reference must still hold.
  [ -z "$(sqlite3 "$W/k.sqlite" 'PRAGMA foreign_key_check')" ] || fail "foreign keys after kill $i"
  # A kill before the schema was committed leaves a database without tables: no documents.
  if [ "$(sqlite3 "$W/k.sqlite" "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'")" = 1 ]; then
    bad=$(sqlite3 "$W/k.sqlite" "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)")
    [ "$bad" = 0 ] || fail "$bad incomplete documents after kill $i"
    # The full-text index and the summaries hold exactly the committed rows.
    [ "$(sqlite3 "$W/k.sqlite" 'SELECT (SELECT count(*) FROM sentences) = (SELECT count(*) FROM sentences_fts_docsize)')" = 1 ] \
      || fail "full-text index out of step after kill $i"
    for s in role_claims name_claims events; do
      diff=$(sqlite3 "$W/k.sqlite" "SELECT (SELECT count(*) FROM (SELECT * FROM $s EXCEPT SELECT * FROM ${s}_computed)) + (SELECT count(*) FROM (SELECT * FROM ${s}_computed EXCEPT SELECT * FROM $s))")
      [ "$diff" = 0 ] || fail "$s differs from ${s}_computed after kill $i"
    done
    echo "kill $i: $(sqlite3 "$W/k.sqlite" 'SELECT count(*) FROM documents') documents, all complete"
  else
    echo "kill $i: killed before the schema was committed; the database is empty and intact"
  fi
done
"$KB" --db "$W/k.sqlite" ingest "$W/corpus/articles"
[ "$(sqlite3 "$W/k.sqlite" 'SELECT count(*) = 2000 AND count(DISTINCT sha256) = 2000 FROM documents')" = 1 ] || fail "rerun did not complete the set"

echo "== two ingests and a reader"
mkdir -p "$W/a" "$W/b"
ls "$W/corpus/articles" | sed -n '1,1200p' | xargs -I{} cp "$W/corpus/articles/{}" "$W/a/"
ls "$W/corpus/articles" | tail -1200 | xargs -I{} cp "$W/corpus/articles/{}" "$W/b/"
"$KB" --db "$W/c.sqlite" ingest Seeds 2>/dev/null
"$KB" --db "$W/c.sqlite" ingest "$W/a" 2>"$W/a.err" & pa=$!
"$KB" --db "$W/c.sqlite" ingest "$W/b" 2>"$W/b.err" & pb=$!
reads=0
while kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; do
  out=$("$KB" --db "$W/c.sqlite" query "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)" --format csv --no-header) || fail "reader error"
  [ "$(echo "$out" | tr -d '\r')" = 0 ] || fail "reader saw a half-written document"
  reads=$((reads + 1))
done
wait $pa || fail "ingest a: $(cat "$W/a.err")"
wait $pb || fail "ingest b: $(cat "$W/b.err")"
grep -qi "locked\|busy" "$W/a.err" "$W/b.err" && fail "lock errors surfaced"
[ "$(sqlite3 "$W/c.sqlite" 'SELECT count(*) = count(DISTINCT sha256) FROM documents')" = 1 ] || fail "duplicates"
echo "reader ran $reads queries during the race; $(sqlite3 "$W/c.sqlite" 'SELECT count(*) FROM documents') documents, no duplicates"
echo "stress: all checks passed"
