// Worker thread of `postvakt classify --jobs N`: runs one share (classifyShard) on the main thread's requests.

import { parentPort } from 'worker_threads';
import { shardHandler, type ShardReply } from './classifyShard';

const port = parentPort;
if (!port) throw new Error('classifyWorker runs only as a worker thread');
port.on('message', shardHandler((reply: ShardReply) => port.postMessage(reply)));
