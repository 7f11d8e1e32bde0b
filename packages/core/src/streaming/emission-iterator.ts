import { createDeferred, type Deferred } from './deferred.js';

/** The callbacks an {@link createEmissionIterator} registers on its source. */
export interface EmissionHandlers<Value> {
  value: (value: Value) => void;
  end: () => void;
  failure: (error: unknown) => void;
}

/** Options of {@link createEmissionIterator}. */
export interface EmissionIteratorOptions<Value> {
  /** Registers the handlers on the source; returns the function that removes them. */
  subscribe: (handlers: EmissionHandlers<Value>) => () => void;
  /** The source has already ended: the iteration ends (or fails, with `failure`) at once. */
  ended: boolean;
  failure?: unknown;
  /** Called when the consumer leaves before the end (`break`, `return`). */
  stop: () => void;
}

/**
 * Turns pushed emissions into a pull iterator. Values that arrive while the consumer is busy are
 * queued; a failure that arrives then is kept and thrown after them, not lost.
 *
 * @example
 * createEmissionIterator<string>({ subscribe, ended: false, stop: () => stream.abort() });
 */
export function createEmissionIterator<Value>(options: EmissionIteratorOptions<Value>): AsyncIterator<Value> {
  // A head index instead of shift(): draining a long backlog stays linear.
  const queue: Value[] = [];
  let head = 0;
  const readers: Array<Deferred<IteratorResult<Value>>> = [];
  let finished = options.ended;
  let failure: { error: unknown } | undefined = options.ended && options.failure !== undefined ? { error: options.failure } : undefined;

  const unsubscribe = options.subscribe({
    value: (value) => {
      const reader = readers.shift();
      if (reader) reader.resolve({ value, done: false });
      else queue.push(value);
    },
    end: () => {
      finished = true;
      for (const reader of readers.splice(0)) reader.resolve({ value: undefined, done: true });
    },
    failure: (error) => {
      finished = true;
      const waiting = readers.splice(0);
      if (waiting.length === 0) failure = { error };
      for (const reader of waiting) reader.reject(error);
    },
  });

  return {
    next: (): Promise<IteratorResult<Value>> => {
      if (head < queue.length) {
        const value = queue[head++] as Value;
        if (head === queue.length) {
          queue.length = 0;
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure) {
        const { error } = failure;
        failure = undefined;
        unsubscribe();
        return Promise.reject(error);
      }
      if (finished) {
        unsubscribe();
        return Promise.resolve({ value: undefined, done: true });
      }
      const reader = createDeferred<IteratorResult<Value>>();
      readers.push(reader);
      return reader.promise;
    },
    return: (): Promise<IteratorResult<Value>> => {
      unsubscribe();
      if (!finished) options.stop();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}
