// The page's side of the insight worker: requests answered by promise (progress by callback),
// the network handed over once per revision. Stopping a harm ranking terminates the worker, the
// only way to stop a computation already running; the next question starts a fresh one.
import type { InsightNetwork } from '../../../shared/insight';
import type { InsightReply, InsightRequest } from './insightProtocol';
import { CancelledError } from './simulationClient';

type Answer = Exclude<InsightReply, { type: 'progress' | 'failed' }>;
type Question = InsightRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Waiting = { resolve: (reply: Answer) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };

export type InsightWorkerFactory = () => Worker;

const startWorker: InsightWorkerFactory = () => new Worker(new URL('./insight.worker.ts', import.meta.url), { type: 'module' });

export class InsightClient {
  private worker: Worker | null = null;
  private workerHas: InsightNetwork | null = null;
  private revision = 0;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly factory: InsightWorkerFactory = startWorker) {}

  load(network: InsightNetwork): void {
    this.workerHas = network;
    this.send({ type: 'load', revision: ++this.revision, network });
  }

  /** Hands over the network unless the worker already has it (a stopped worker has nothing). */
  ensureLoaded(network: InsightNetwork): void {
    if (this.workerHas !== network || !this.worker) this.load(network);
  }

  ask<T extends Answer['type']>(question: Question, onProgress?: Waiting['onProgress']): Promise<Extract<Answer, { type: T }>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (reply: Answer) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.send({ ...question, id } as InsightRequest);
    });
  }

  dispose(): void {
    this.stop();
  }

  /** Stops whatever runs; its promises reject with CancelledError. The next question starts a fresh worker. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new CancelledError());
  }

  private send(request: InsightRequest): void {
    if (!this.worker) {
      const worker = this.factory();
      worker.onmessage = (event: MessageEvent<InsightReply>) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.worker?.terminate();
        this.worker = null;
        this.rejectAll(new Error(`Network insight could not run: ${event.message || 'its worker failed to start'}.`));
      };
      this.worker = worker;
    }
    this.worker.postMessage(request);
  }

  private receive(reply: InsightReply): void {
    if (reply.type === 'failed' && reply.id === null) return this.rejectAll(new Error(reply.message));
    if (reply.id === null) return;
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') return waiting.onProgress?.(reply.done, reply.total);
    this.waiting.delete(reply.id);
    if (reply.type === 'failed') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  }

  private rejectAll(error: Error): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const entry of all) entry.reject(error);
  }
}
