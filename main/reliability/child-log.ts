import { applyOp, type Model, type Op } from './analyst-ops';

/**
 * What an analyst child reported on its pipe, and the models it implies. The child writes
 * `intent <n> <op>` before it starts an operation, then `ack <n>` once the UI would show it
 * saved, or `error <n> <code> <message>`; `ready` once the case is open, `crash <stack>` when
 * something escaped, `open-error <code> <message>` when the case would not open.
 */
export interface ChildLog {
  ready: boolean;
  done: boolean;
  intents: Map<number, Op>;
  acks: Set<number>;
  errors: Map<number, { code: string; message: string }>;
  crashes: string[];
  openError: { code: string; message: string } | null;
}

export function parseChildLog(lines: readonly string[]): ChildLog {
  const log: ChildLog = {
    ready: false,
    done: false,
    intents: new Map(),
    acks: new Set(),
    errors: new Map(),
    crashes: [],
    openError: null,
  };
  for (const line of lines) {
    const [word = '', ...rest] = line.split(' ');
    const n = Number(rest[0]);
    if (word === 'ready') log.ready = true;
    else if (word === 'done') log.done = true;
    else if (word === 'intent') log.intents.set(n, JSON.parse(rest.slice(1).join(' ')) as Op);
    else if (word === 'ack') log.acks.add(n);
    else if (word === 'error') {
      log.errors.set(n, {
        code: rest[1] ?? '',
        message: JSON.parse(rest.slice(2).join(' ')) as string,
      });
    } else if (word === 'crash') log.crashes.push(JSON.parse(rest.join(' ')) as string);
    else if (word === 'open-error') {
      log.openError = {
        code: rest[0] ?? '',
        message: JSON.parse(rest.slice(1).join(' ')) as string,
      };
    } else if (line !== '') log.crashes.push(`unreadable report: ${line}`);
  }
  return log;
}

export interface Replayed {
  /** The model after every acknowledged operation. */
  acknowledged: Model;
  /** The model had the unacknowledged last operation completed; null if none was in flight. */
  inFlight: Model | null;
  inFlightOp: { n: number; op: Op } | null;
  /** Models before the newest acknowledged operations, newest last (a few, for diagnosis). */
  earlier: Model[];
  /** The number the next child starts at. */
  next: number;
  acknowledgedCount: number;
}

const EARLIER_KEPT = 30;

/** Applies the child's acknowledged operations to `start`, in order. */
export function replayLog(start: { model: Model; next: number }, log: ChildLog): Replayed {
  let model = start.model;
  const earlier: Model[] = [];
  let inFlight: Model | null = null;
  let inFlightOp: Replayed['inFlightOp'] = null;
  let acknowledgedCount = 0;
  let n = start.next;
  for (; log.intents.has(n); n++) {
    const op = log.intents.get(n) as Op;
    if (log.acks.has(n)) {
      earlier.push(model);
      if (earlier.length > EARLIER_KEPT) earlier.shift();
      model = applyOp(model, op);
      acknowledgedCount += 1;
    } else if (!log.errors.has(n)) {
      inFlight = applyOp(model, op);
      inFlightOp = { n, op };
    }
  }
  return { acknowledged: model, inFlight, inFlightOp, earlier, next: n, acknowledgedCount };
}
