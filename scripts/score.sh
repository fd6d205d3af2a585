#!/usr/bin/env bash
# Developer helper: bundle src/ into a private folder and score it with ../shared/eval/score.mjs,
# so several people can measure at once without touching dist/.
#   scripts/score.sh NAME SET [score.mjs options…]
#   scripts/score.sh me ../shared/data/ner-uk-train.jsonl --lang uk --json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="$1"; set_path="$(realpath "$2")"; shift 2
out="$root/.cache/score-$name"
npx --prefix "$root" esbuild "$root/src/index.ts" --bundle --format=esm --platform=neutral --main-fields=module,main \
  --packages=external --charset=utf8 --log-level=warning --outfile="$out/dist/index.js"
ln -sfn "$root/node_modules" "$out/node_modules"
cd "$out"
node "$root/../shared/eval/score.mjs" --adapter "$root/../shared/eval/adapters/citata.mjs" --set "$set_path" "$@"
