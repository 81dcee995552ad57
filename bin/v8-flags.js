// V8 flags of the command line, set from here because a command run as `directive …` or `node
// bin/directive.js …` has no other place for them: NODE_OPTIONS refuses them and worker threads cannot
// take their own (they share the process's). Imported before anything else is loaded, and by the code
// cache's training run too, because V8 accepts a code cache only under the flags it was made with.
import {setFlagsFromString} from 'node:v8'

// The parser runs hundreds of large regular expressions a few times each: compiling them straight to
// native code skips V8's interpreted first tier, ~20% off a cold `parse`.
setFlagsFromString('--no-regexp-tier-up')

// Marking is done by the thread that allocates instead of by helper threads beside it. In a batch each
// worker's heap is capped (src/cli/pool.ts), so it is marked often, and concurrent marking then made
// V8 throw away and recompile the same optimised parser functions over and over: 4,200 optimising
// compiles for 300 notices instead of 1,200. On the 2,000 notices of `npm run bench` (2 cores) it took
// --jobs 1 from 52 s to 37 s (80 s of CPU to 44 s) and --jobs 2 from 41 s to 26–33 s, at the
// same peak RSS; one 26 MB notice parses ~10% faster. Safe only this early, before the heap has begun
// any marking cycle. Not its companions: `--no-parallel-marking` (and so `--single-threaded-gc`) makes
// Node 20 abort in its C++ heap.
setFlagsFromString('--no-concurrent-marking')

// A function is optimised once it has run four times as long as V8's default asks. A notice is read in a
// fraction of a second, too short for most optimised code to pay back its compiling: with the default a
// cold `parse` has TurboFan compile 39 functions (113 ms of a helper thread), with this 15 (21 ms). Cold
// `parse` 3.64x to 3.47x `node -e 0` (31 alternating spawns), the seed repeated 10 and 50 times (180 KB,
// 900 KB) 9 % faster; a 10 MB notice 5 % slower. A batch asks for later still (src/cli/pool.ts).
setFlagsFromString('--interrupt-budget=270336')
