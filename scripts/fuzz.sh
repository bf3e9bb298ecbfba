#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14, -fsanitize=fuzzer,address) and runs each for SECONDS
# (default 60). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]. Corpora grow in build/fuzz/corpus/<target>;
# a crash leaves build/fuzz/artifacts/<target>/crash-* and makes the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_csv fuzz_xlsx fuzz_neighbours fuzz_syncwire)
build=build/fuzz

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# Seeds: text files kept in tests/fuzz/seeds, binary ones (a workbook, gzip batches) made here.
python3 - "$build/corpus" <<'PY'
import gzip, io, json, os, sys, zipfile
root = sys.argv[1]
def put(target, name, data):
    d = os.path.join(root, target); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f: f.write(data)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
               '<sheet name="T" sheetId="2" r:id="rId2"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>')
    z.writestr('xl/sharedStrings.xml', '<sst><si><t>IP</t></si><si><r><t>王</t></r><rPh><t>x</t></rPh></si></sst>')
    z.writestr('xl/styles.xml', '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
               '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
               '<c r="C1" t="inlineStr"><is><t>mac</t></is></c></row><row r="3"><c r="B3" s="1"><v>45000.5</v></c>'
               '<c r="D3" t="b"><v>1</v></c><c t="s"><v>1</v></c></row></sheetData></worksheet>')
    z.writestr('xl/worksheets/sheet2.xml', '<worksheet><sheetData><row><c><v>1.5</v></c></row></sheetData></worksheet>')
put('fuzz_xlsx', 'seed.xlsx', buf.getvalue())
entry = {"seq": 1, "time": "2026-11-28T09:00:00.123Z", "actor": "王老师", "module": "people", "recordId": "5b2",
         "op": "insert", "fields": "{\"name\":\"王\"}", "prevHash": "0" * 64, "hash": "a" * 64}
batch = json.dumps({"idempotencyKey": "k", "first": 1, "last": 1, "prevHash": "0" * 64, "entries": [entry]},
                   ensure_ascii=False).encode()
put('fuzz_syncwire', 'batch.json', batch)
put('fuzz_syncwire', 'batch.json.gz', gzip.compress(batch))
PY
for t in csv neighbours; do
    mkdir -p "$build/corpus/fuzz_$t" && cp -n tests/fuzz/seeds/$t/* "$build/corpus/fuzz_$t/"
done

status=0
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t" "$build/artifacts/$t"
    log="$build/$t.log"
    echo "== $t: ${seconds}s"
    if ! "$build/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$t/" "$build/corpus/$t" >"$log" 2>&1; then
        echo "!! $t found a problem:"; grep -E "ERROR|SUMMARY|crash-|leak-|timeout-|oom-" "$log" | head -20
        status=1
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^Done" "$log" | tr '\n' ' '; echo
done
exit $status
