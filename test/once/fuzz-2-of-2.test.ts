// Shard 2 of 2 of the fuzz of every export (test/once/_fuzz.ts): vitest runs the shards on both cores.
import { fuzzShard } from './_fuzz.js';

fuzzShard(2, 2);
