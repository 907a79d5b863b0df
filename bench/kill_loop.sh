#!/usr/bin/env bash
# kill -9 at random moments of create, scan, import and export, again and again; after each
# kill the documented re-run (the same command) must complete, and at the end no sheet may be
# lost or counted twice: the scan folder holds each page once, the record each sheet once with
# its reading, the record agrees with its audit log, and the last bundle verifies.
#
# usage: bench/kill_loop.sh CLI CONGRESS WORKDIR [kills=100] [seed=1]
# Prints one line per kill and a summary; exit 0 when every re-run completed and every check held.
set -euo pipefail
cli=$1 congress=$2 work=$3 kills=${4:-100}
RANDOM=${5:-1}
export QT_QPA_PLATFORM=offscreen
rm -rf "$work"
mkdir -p "$work"
cd "$work"

"$cli" simulate --congress "$congress" --election cu --voters 24 --seed 7 --out inbox >/dev/null
"$cli" keygen --out keys >/dev/null
pages=$(find inbox -name 'ballot-*' | wc -l)

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# Runs a command in the background and kills it with SIGKILL after 0–$2 milliseconds (it may
# finish first). Returns nothing: the state it leaves is checked by the re-run.
kill_during() {
    local limit=$1
    shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(printf '0.%03d' $((RANDOM % limit)))"
    kill -9 "$pid" 2>/dev/null && killed=yes || killed=no
    wait "$pid" 2>/dev/null || true
}

done_kills=0 creates=0 scans=0 imports=0 exports=0
while ((done_kills < kills)); do
    op=$((RANDOM % 4))
    case $op in
    0) # create a record (each time a new one)
        db=create-$done_kills.kpdb
        kill_during 150 "$cli" import --db "$db" --operator "Bình" --congress "$congress"
        if [ ! -e "$db" ]; then
            "$cli" import --db "$db" --operator "Bình" --congress "$congress" >/dev/null || fail "create after a kill"
        fi
        "$cli" tally --db "$db" >/dev/null || fail "the record made after a kill does not open"
        creates=$((creates + 1))
        ;;
    1) # scan the folder (resumed by the same command) until the batch has ended once
        if [ -e scans/scan-log.jsonl ] && grep -q '"event":"end"' scans/scan-log.jsonl; then
            continue
        fi
        kill_during 900 "$cli" scan --device folder:inbox --out scans
        "$cli" scan --device folder:inbox --out scans >/dev/null 2>&1 || fail "scan after a kill"
        scans=$((scans + 1))
        ;;
    2) # import the scans and their readings into the one record
        [ -d scans ] || "$cli" scan --device folder:inbox --out scans >/dev/null
        [ -e readings.jsonl ] || "$cli" recognize --congress "$congress" --election cu --out readings.jsonl scans >/dev/null
        [ -e record.kpdb ] || "$cli" import --db record.kpdb --operator "Bình" --congress "$congress" >/dev/null
        kill_during 900 "$cli" import --db record.kpdb --operator "Bình" --scans scans --election cu --readings readings.jsonl
        "$cli" import --db record.kpdb --operator "Bình" --scans scans --election cu --readings readings.jsonl \
            >/dev/null || fail "import after a kill"
        imports=$((imports + 1))
        ;;
    3) # export the record's bundle
        [ -e record.kpdb ] || continue
        kill_during 700 "$cli" export --db record.kpdb --key keys/congress.key --out "bundle-$done_kills"
        "$cli" export --db record.kpdb --key keys/congress.key --out "bundle-$done_kills" >/dev/null ||
            fail "export after a kill"
        last_bundle=bundle-$done_kills
        exports=$((exports + 1))
        ;;
    esac
    echo "kill $done_kills: op $op, killed $killed"
    done_kills=$((done_kills + 1))
done

# Nothing lost, nothing twice: a page delivered again after a kill is logged as a re-feed of
# itself, never as another sheet.
grep -q '"event":"end"' scans/scan-log.jsonl 2>/dev/null || "$cli" scan --device folder:inbox --out scans >/dev/null
logged=$(grep '"event":"page"' scans/scan-log.jsonl | grep -vc '"refeed_of"')
unique=$(grep '"event":"page"' scans/scan-log.jsonl | grep -v '"refeed_of"' | grep -o '"sha256":"[0-9a-f]*"' | sort -u | wc -l)
[ "$logged" -eq "$unique" ] || fail "a sheet is logged twice ($logged sheets, $unique images)"
[ "$unique" -eq "$pages" ] || fail "the scan folder holds $unique sheets of $pages"
[ -e readings.jsonl ] || "$cli" recognize --congress "$congress" --election cu --out readings.jsonl scans >/dev/null
[ -e record.kpdb ] || "$cli" import --db record.kpdb --operator "Bình" --congress "$congress" >/dev/null
"$cli" import --db record.kpdb --operator "Bình" --scans scans --election cu --readings readings.jsonl >/dev/null
sheets=$(sqlite3 -readonly record.kpdb "SELECT count(*) FROM sheets")
distinct=$(sqlite3 -readonly record.kpdb "SELECT count(DISTINCT image_sha256) FROM sheets")
unread=$(sqlite3 -readonly record.kpdb "SELECT count(*) FROM sheets s WHERE NOT EXISTS (SELECT 1 FROM readings r WHERE r.sheet = s.id)")
[ "$sheets" -eq "$pages" ] && [ "$distinct" -eq "$pages" ] || fail "the record holds $sheets sheets ($distinct images) of $pages"
[ "$unread" -eq 0 ] || fail "$unread sheets without their reading"
"$cli" export --db record.kpdb --key keys/congress.key --out bundle-final >/dev/null || fail "the final export"
"$cli" verify bundle-final --key "$(cat keys/congress.pub)" >/dev/null || fail "the final bundle does not verify"
echo "kills: $done_kills (create $creates, scan $scans, import $imports, export $exports); every re-run completed;" \
    "$pages pages once each in the scan folder and the record, each read; the final bundle verifies"
