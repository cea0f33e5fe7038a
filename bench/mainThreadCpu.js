// Preloaded (node -r) by bench:classify into `postvakt classify`: at exit, stderr lines with the main thread's CPU seconds and its idle seconds (Linux /proc; nothing elsewhere).
'use strict';
process.on('exit', () => {
  try {
    const fs = require('fs');
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis start at field 3; utime and stime are fields 14 and 15, in 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    process.stderr.write(`postvakt-bench main-thread-cpu ${(Number(fields[11]) + Number(fields[12])) / 100}\n`);
    // Idle: time since start neither on a CPU nor waiting for one (schedstat, ns), i.e. waiting for I/O, a lock or
    // another thread; what load cannot inflate, so main thread CPU + idle estimates a quiet machine's wall time.
    // The process's age from its start time (field 22, in 1/100 s since boot) and the machine's uptime.
    const age = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]) - Number(fields[19]) / 100;
    const [run, wait] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    process.stderr.write(`postvakt-bench main-thread-idle ${Math.max(0, age - (run + wait) / 1e9).toFixed(2)}\n`);
  } catch {
    // Not Linux: no figure.
  }
});
