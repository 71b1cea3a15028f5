#!/bin/sh
# The built bot (npm run build → dist/), as npm start, the container and systemd run it. exec: node takes this
# shell's place, so a signal reaches the bot itself.
#  - MALLOC_ARENA_MAX=2: the bot's threads (Discord or HTTP, the desk, libuv's pool) each got a malloc arena of
#    their own that kept what they had freed; two arenas measured 30–50 MB less per bot under load.
#  - --max-semi-space-size=2: small young-generation spaces for the main thread (about 50 MB less at rest); the
#    desk's thread sets its own (src/bot/desk-link.ts).
#  - --enable-source-maps: stack traces in the logs name the TypeScript files and lines.
#  - --v8-pool-size: V8's background threads (compiling, collecting) leave a core to the threads answering. Node's
#    default is four: on two cores they took the core from the desk in the middle of searches (the slowest common,
#    rare, glossary or misspelt search of a bench run 1.7-5.6 ms, switched out by the kernel; with one, 1.7-1.8 ms).
#    One per core past the first; the bench runs every engine so (bench/run.ts).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
cores=$(nproc 2>/dev/null || echo 2)
exec node --v8-pool-size=$((cores > 1 ? cores - 1 : 1)) --max-semi-space-size=2 --enable-source-maps \
  "$(dirname "$0")/../dist/main.js"
