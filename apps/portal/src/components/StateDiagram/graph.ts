/**
 * A machine's states and transitions, read from its xstate definition (libs/machines), and a layered
 * layout of them for the SVG diagram: no second copy of the machine exists in the portal, so a new state
 * or transition shows up in the drawing by itself.
 */

export interface Edge {
  from: string;
  to: string;
  /** The event (or `after <delay>` for a timer). */
  event: string;
  timer: boolean;
}

export interface Graph {
  id: string;
  initial: string;
  states: string[];
  finals: string[];
  edges: Edge[];
}

interface TransitionConfig {
  target?: string | readonly string[];
}
interface StateConfig {
  type?: string;
  on?: Record<string, TransitionConfig | readonly TransitionConfig[] | string | undefined>;
  after?: Record<string, TransitionConfig | readonly TransitionConfig[] | string | undefined>;
  always?: TransitionConfig | readonly TransitionConfig[];
}
/** An xstate machine, as far as the drawing reads it (its config is plain data). */
export interface MachineLike {
  config: { id?: string; initial?: unknown; states?: unknown };
}

const targets = (t: TransitionConfig | readonly TransitionConfig[] | string | undefined): string[] => {
  if (t === undefined) return [];
  if (typeof t === 'string') return [t];
  const list: ReadonlyArray<TransitionConfig | string> = Array.isArray(t) ? t : [t as TransitionConfig];
  return list.flatMap((x) => (typeof x === 'string' ? [x] : x.target === undefined ? [] : typeof x.target === 'string' ? [x.target] : [...x.target]));
};

/** `closed`, `.closed` or `#journey.closed`: the sibling state's key. */
const stateKey = (target: string) => target.replace(/^#[^.]+\./, '').replace(/^\./, '');

/** States, and every transition that changes the state (a transition staying in its state draws nothing). */
export function machineGraph(machine: MachineLike): Graph {
  const states = (machine.config.states ?? {}) as Record<string, StateConfig>;
  const names = Object.keys(states);
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, event: string, timer: boolean) => {
    const key = `${from}>${to}>${event}`;
    if (from === to || !names.includes(to) || seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, event, timer });
  };
  for (const [name, s] of Object.entries(states)) {
    for (const [event, t] of Object.entries(s.on ?? {})) for (const to of targets(t)) add(name, stateKey(to), event, false);
    for (const [delay, t] of Object.entries(s.after ?? {})) for (const to of targets(t)) add(name, stateKey(to), `after:${delay}`, true);
    for (const to of targets(s.always)) add(name, stateKey(to), 'always', false);
  }
  return {
    id: machine.config.id ?? 'machine',
    initial: typeof machine.config.initial === 'string' ? machine.config.initial : names[0]!,
    states: names,
    finals: names.filter((n) => states[n]!.type === 'final'),
    edges,
  };
}

export interface PlacedNode {
  state: string;
  layer: number;
  x: number;
  y: number;
}
export interface Layout {
  nodes: Map<string, PlacedNode>;
  width: number;
  height: number;
  /** Edges that go to an earlier or the same layer (drawn around the side). */
  back: Set<Edge>;
}

export const NODE_W = 156;
export const NODE_H = 34;
const GAP_X = 28;
const GAP_Y = 46;
const MARGIN = 24;

/**
 * A simple layered layout (Sugiyama's first two steps): back edges found by a depth-first walk from the
 * initial state; layers by the longest forward path; within a layer, the order of the predecessors
 * (barycentre), so that the main path runs straight down. Good enough for machines of a dozen states.
 */
export function layout(graph: Graph): Layout {
  const out = new Map<string, Edge[]>(graph.states.map((s) => [s, []]));
  for (const e of graph.edges) out.get(e.from)!.push(e);
  const back = new Set<Edge>();
  const state = new Map<string, 'open' | 'done'>();
  const walk = (s: string) => {
    state.set(s, 'open');
    for (const e of out.get(s)!) {
      const t = state.get(e.to);
      if (t === 'open') back.add(e);
      else if (t === undefined) walk(e.to);
    }
    state.set(s, 'done');
  };
  walk(graph.initial);
  for (const s of graph.states) if (!state.has(s)) walk(s);

  const forward = graph.edges.filter((e) => !back.has(e));
  const layer = new Map<string, number>(graph.states.map((s) => [s, 0]));
  // Longest path: relax |V| times (the forward graph is acyclic).
  for (let i = 0; i < graph.states.length; i++) {
    for (const e of forward) if (layer.get(e.to)! < layer.get(e.from)! + 1) layer.set(e.to, layer.get(e.from)! + 1);
  }
  const depth = Math.max(...layer.values()) + 1;
  const rows: string[][] = Array.from({ length: depth }, () => []);
  for (const s of graph.states) rows[layer.get(s)!]!.push(s);
  const position = new Map<string, number>();
  rows.forEach((row, i) => {
    if (i > 0) {
      const score = (s: string) => {
        const preds = forward.filter((e) => e.to === s).map((e) => position.get(e.from) ?? 0);
        return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : 0;
      };
      row.sort((a, b) => score(a) - score(b));
    }
    const width = row.length * NODE_W + (row.length - 1) * GAP_X;
    row.forEach((s, j) => position.set(s, -width / 2 + j * (NODE_W + GAP_X) + NODE_W / 2));
  });
  const minX = Math.min(...position.values()) - NODE_W / 2;
  const maxX = Math.max(...position.values()) + NODE_W / 2;
  const side = 90; // room for back edges on the right
  const left = 150; // and for long edges bending round on the left, with their labels
  const nodes = new Map<string, PlacedNode>();
  for (const s of graph.states) {
    nodes.set(s, { state: s, layer: layer.get(s)!, x: position.get(s)! - minX + MARGIN + left, y: MARGIN + layer.get(s)! * (NODE_H + GAP_Y) });
  }
  return { nodes, back, width: maxX - minX + 2 * MARGIN + side + left, height: MARGIN * 2 + depth * NODE_H + (depth - 1) * GAP_Y };
}

/**
 * The states and transitions a run went through, from its recorded transitions (state before → after,
 * and the states an Update passed through on the way, `via`: registering, when the rules answered within it).
 */
export function pathTaken(transitions: Array<{ before: string | null; after: string | null; via?: string[] }>, initial: string) {
  const states = new Set<string>([initial]);
  const steps = new Set<string>();
  for (const t of transitions) {
    const chain = [t.before, ...(t.via ?? []), t.after].filter((s): s is string => !!s);
    for (const s of chain) states.add(s);
    for (let i = 1; i < chain.length; i++) if (chain[i - 1] !== chain[i]) steps.add(`${chain[i - 1]}>${chain[i]}`);
  }
  return { states, steps };
}
