// Preloaded (node -r) by bench:classify into `postvakt classify`: at exit, one stderr line with the main thread's CPU seconds (Linux /proc; nothing elsewhere).
'use strict';
process.on('exit', () => {
  try {
    const stat = require('fs').readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis start at field 3; utime and stime are fields 14 and 15, in 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    process.stderr.write(`postvakt-bench main-thread-cpu ${(Number(fields[11]) + Number(fields[12])) / 100}\n`);
  } catch {
    // Not Linux: no figure.
  }
});
