#!/usr/bin/env bash
# Fails (with the diff) when bpmn/*.bpmn is not exactly what the generators write: the models are
# generated, so a hand edit or a generator change without its regenerated output is caught here.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 tools/generate_township_bpmn.py "$out"
python3 tools/generate_village_bpmn.py "$out"
python3 tools/generate_notice_bpmn.py "$out"
status=0
for f in townshipReelection.bpmn villageReelection.bpmn noticeDelivery.bpmn noticeMorning.bpmn; do
  if ! diff -u "bpmn/$f" "$out/$f"; then
    echo "bpmn/$f differs from what the generator writes: run python3 tools/generate_*_bpmn.py and commit" >&2
    status=1
  fi
done
exit "$status"
