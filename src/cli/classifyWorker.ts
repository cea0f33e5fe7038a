// Worker thread of `postvakt classify --jobs N`: runs one share (classifyShard) on the main thread's requests.

import { parentPort } from 'worker_threads';
import { installHtmlToText } from '../domain/text/installHtmlToText';
import { shardHandler, type ShardReply } from './classifyShard';

const port = parentPort;
if (!port) throw new Error('classifyWorker runs only as a worker thread');
installHtmlToText(); // a worker is an entry point of its own (src/domain/text/htmlTextPort.ts)
port.on('message', shardHandler((reply: ShardReply) => port.postMessage(reply)));
