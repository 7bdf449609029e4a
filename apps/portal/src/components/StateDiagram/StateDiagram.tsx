import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layout, machineGraph, NODE_H, NODE_W, pathTaken, type Edge, type MachineLike } from './graph';

/**
 * The machine drawn from its definition (libs/machines): every state and transition, the current state
 * filled, the states and transitions this case went through in bold. Plain SVG, no script (CSP).
 */
export function StateDiagram({ machine, current, transitions, title, testId }: {
  machine: MachineLike;
  current: string | null;
  transitions: Array<{ before: string | null; after: string | null; via?: string[] }>;
  title: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const graph = useMemo(() => machineGraph(machine), [machine]);
  const placed = useMemo(() => layout(graph), [graph]);
  const taken = pathTaken(transitions, graph.initial);
  const stateName = (s: string) => t(`states.${s}`, { defaultValue: s });
  const eventName = (e: Edge) => (e.timer ? t('diagram.timer', { delay: t(`diagram.delays.${e.event.slice(6)}`, { defaultValue: e.event.slice(6) }) }) : t(`events.${e.event}`, { defaultValue: e.event }));

  // An event that leads into one state from many (withdraw) is labelled once, beside that state.
  const fanIn = new Map<string, Edge[]>();
  for (const e of graph.edges) fanIn.set(`${e.to}|${e.event}`, [...(fanIn.get(`${e.to}|${e.event}`) ?? []), e]);
  const labelledAtTarget = new Set([...fanIn.values()].filter((es) => es.length >= 3).flat());
  // One line per pair of states; its label names every event that takes it (settled / failed).
  const drawn = graph.edges.filter((e, i) => graph.edges.findIndex((o) => o.from === e.from && o.to === e.to) === i);

  const pathOf = (e: Edge, i: number) => {
    const a = placed.nodes.get(e.from)!;
    const b = placed.nodes.get(e.to)!;
    if (placed.back.has(e) || b.layer <= a.layer) {
      const x1 = a.x + NODE_W / 2;
      const x2 = b.x + NODE_W / 2;
      const out = Math.max(x1, x2) + 40 + (i % 4) * 12;
      const y1 = a.y + NODE_H / 2;
      const y2 = b.y + NODE_H / 2;
      return { d: `M ${x1} ${y1} C ${out} ${y1}, ${out} ${y2}, ${x2 + 6} ${y2}`, mid: { x: out - 6, y: (y1 + y2) / 2 } };
    }
    const x1 = a.x;
    const y1 = a.y + NODE_H;
    const x2 = b.x;
    const y2 = b.y - 6;
    const bend = Math.max(20, (y2 - y1) / 2);
    if (b.layer - a.layer > 1) {
      // Over a layer or more: from the side of the source to the same side of the target, around the states between.
      const side = b.x > a.x ? 1 : -1;
      const sx = a.x + (side * NODE_W) / 2;
      const tx = b.x + side * (NODE_W / 2 + 6);
      const sy = a.y + NODE_H / 2;
      const ty = b.y + NODE_H / 2;
      const out = (side > 0 ? Math.max(sx, tx) : Math.min(sx, tx)) + side * (36 + (i % 3) * 10);
      return { d: `M ${sx} ${sy} C ${out} ${sy}, ${out} ${ty}, ${tx} ${ty}`, mid: { x: out + (side > 0 ? 2 : -10), y: (sy + ty) / 2 }, anchor: side > 0 ? 'start' : 'end' };
    }
    return { d: `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`, mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } };
  };

  const path = [...taken.states].filter((s) => graph.states.includes(s));
  const description = t('diagram.description', {
    current: current ? stateName(current) : t('journey.none'),
    path: path.map(stateName).join(' → '),
  });

  return (
    <figure className="state-diagram" data-testid={testId}>
      <svg viewBox={`0 0 ${placed.width} ${placed.height}`} width={placed.width} height={placed.height} role="img" aria-label={`${title}: ${description}`}>
        <title>{title}</title>
        <defs>
          <marker id={`arrow-${graph.id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
          </marker>
          <marker id={`arrow-taken-${graph.id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#0958d9" />
          </marker>
        </defs>
        {drawn.map((e, i) => {
          const { d, mid, anchor } = pathOf(e, i) as { d: string; mid: { x: number; y: number }; anchor?: 'start' | 'end' };
          const events = graph.edges.filter((o) => o.from === e.from && o.to === e.to);
          const label = events.filter((o) => !labelledAtTarget.has(o)).map(eventName).join(' / ');
          const isTaken = taken.steps.has(`${e.from}>${e.to}`);
          return (
            <g key={`${e.from}-${e.to}-${e.event}`} className={isTaken ? 'edge taken' : e.timer ? 'edge timer' : 'edge'} data-edge={`${e.from}>${e.to}`} data-taken={isTaken || undefined}>
              <title>{`${stateName(e.from)} → ${stateName(e.to)}: ${events.map(eventName).join(' / ')}`}</title>
              <path d={d} fill="none" markerEnd={`url(#${isTaken ? 'arrow-taken-' : 'arrow-'}${graph.id})`} />
              {label && (
                <text x={mid.x + 4} y={mid.y} className="edge-label" textAnchor={anchor ?? 'start'}>
                  {label}
                </text>
              )}
            </g>
          );
        })}
        {graph.states.map((s) => {
          const n = placed.nodes.get(s)!;
          const isCurrent = s === current;
          const wasVisited = taken.states.has(s);
          const fanLabel = [...fanIn.entries()].find(([k, es]) => k.startsWith(`${s}|`) && es.length >= 3);
          return (
            <g
              key={s}
              className={['node', isCurrent ? 'current' : '', wasVisited ? 'visited' : '', graph.finals.includes(s) ? 'final' : ''].join(' ')}
              data-state={s}
              data-current={isCurrent || undefined}
              data-visited={wasVisited || undefined}
            >
              <rect x={n.x - NODE_W / 2} y={n.y} width={NODE_W} height={NODE_H} rx={graph.finals.includes(s) ? 17 : 6} />
              <text x={n.x} y={n.y + NODE_H / 2 + 5} textAnchor="middle">
                {stateName(s)}
              </text>
              {fanLabel && (
                <text x={n.x + NODE_W / 2 + 8} y={n.y + NODE_H + 14} className="edge-label">
                  {t('diagram.fromMany', { event: eventName(fanLabel[1][0]!) })}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="diagram-legend">
        <span className="legend current">{t('diagram.current')}</span>
        <span className="legend visited">{t('diagram.visited')}</span>
        <span className="legend other">{t('diagram.other')}</span>
        <span className="sr-only">{description}</span>
      </figcaption>
    </figure>
  );
}
