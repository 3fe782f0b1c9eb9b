// The page's side of the simulation worker: one worker per open network, requests answered by
// promise, progress by callback. Cancelling terminates the worker (the only way to stop a
// computation that is already running) and starts a fresh one with the same network.
import type { ImpactNetwork } from '../../../shared/analysis';
import type { ReplyOf, SimulationReply, SimulationRequest } from './simulationProtocol';

/** Replies that report on a request still running: progress of a ranking, an early estimate. */
export type Update = ReplyOf<'progress'> | ReplyOf<'estimated'>;

type Pending = { resolve: (reply: SimulationReply) => void; reject: (error: Error) => void; onUpdate?: (update: Update) => void };

export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

// Requests without their id: the client numbers them.
type Question = SimulationRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });

export class SimulationClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private revision = 0;
  private network: ImpactNetwork | null = null;
  private readonly pending = new Map<number, Pending>();
  private loadError: ((message: string) => void) | null = null;

  constructor(private readonly factory: WorkerFactory = defaultFactory) {}

  /** Hands the worker a new revision of the network; later requests see it. */
  load(network: ImpactNetwork, onLoadError: (message: string) => void): void {
    this.network = network;
    this.loadError = onLoadError;
    this.post({ type: 'load', revision: ++this.revision, network });
  }

  ask<T extends 'simulated' | 'rows' | 'compared' | 'ranked'>(question: Question, onUpdate?: (update: Update) => void): Promise<ReplyOf<T>> {
    const id = this.nextId++;
    return new Promise<ReplyOf<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: SimulationReply) => void, reject, ...(onUpdate ? { onUpdate } : {}) });
      this.post({ ...question, id } as SimulationRequest);
    });
  }

  /** Stops whatever is running; its promises reject with CancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new CancelledError());
    if (this.network && this.loadError) this.load(this.network, this.loadError);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new CancelledError());
    this.network = null;
  }

  private post(request: SimulationRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event: MessageEvent<SimulationReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const message = `The simulation could not run: ${event.message || 'its worker failed to start'}.`;
      this.worker?.terminate();
      this.worker = null;
      this.rejectAll(new Error(message));
      this.loadError?.(message);
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: SimulationReply): void {
    if (reply.type === 'loaded') return;
    if (reply.type === 'failed' && reply.id === null) {
      this.loadError?.(reply.message);
      return;
    }
    if (reply.id === null) {
      return;
    }
    const id = reply.id;
    const waiting = this.pending.get(id);
    if (!waiting) return;
    if (reply.type === 'progress' || reply.type === 'estimated') {
      waiting.onUpdate?.(reply);
      return;
    }
    this.pending.delete(id);
    if (reply.type === 'failed') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  }

  private rejectAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const entry of waiting) entry.reject(error);
  }
}
