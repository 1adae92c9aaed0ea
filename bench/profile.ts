import type { GraphGateway } from '../graph-schema/index.js';

/** One operator of a PROFILE plan, flattened (depth-first) for printing. */
export interface PlanLine {
  depth: number;
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

export interface Profiled {
  step: string;
  rows: number;
  dbHits: number;
  /** Client-side wall time of the profiled transaction, commit included. */
  ms: number;
  runtime: string;
  plan: PlanLine[];
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number | null;
  rows: number | null;
  children: PlanNode[];
}

function flatten(node: PlanNode, depth: number, out: PlanLine[]): void {
  const details = node.arguments.Details;
  out.push({
    depth,
    operator: node.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : '',
    rows: Number(node.rows ?? 0),
    dbHits: Number(node.dbHits ?? 0),
  });
  for (const child of node.children) flatten(child, depth + 1, out);
}

/** Runs `PROFILE <query>` with `{ rows }` in a committed write transaction and returns the plan with its db hits. */
export async function profileWrite(gateway: GraphGateway, step: string, query: string, rows: readonly unknown[]): Promise<Profiled> {
  const started = performance.now();
  const summary = await gateway.executeWrite(async (tx) => (await tx.run(`PROFILE ${query}`, { rows })).summary, {
    metadata: { purpose: 'bench-profile', step },
    timeoutMs: 120_000,
  });
  const ms = performance.now() - started;
  const root = summary.profile as PlanNode | false;
  const plan: PlanLine[] = [];
  if (root) flatten(root, 0, plan);
  const runtime = root && typeof root.arguments.runtime === 'string' ? root.arguments.runtime : '';
  return { step, rows: rows.length, dbHits: plan.reduce((n, l) => n + l.dbHits, 0), ms, runtime, plan };
}

export function formatPlan(p: Profiled): string {
  const lines = p.plan.map((l) => `${'  '.repeat(l.depth)}${l.operator}${l.details ? ` ${l.details.replace(/\s+/g, ' ').slice(0, 110)}` : ''}  rows=${l.rows} hits=${l.dbHits}`);
  return [`${p.step}: ${p.rows} rows in, ${p.dbHits} db hits, ${p.ms.toFixed(0)} ms (${p.runtime})`, ...lines.map((l) => `  ${l}`)].join('\n');
}

/** One step of a write path, as query text and the rows of its first batch. */
export interface ProfileStep {
  step: string;
  query: string;
  rows: readonly unknown[];
}

/** PROFILEs each step in order, committing each (later steps need the earlier ones' nodes). */
export async function profileSteps(gateway: GraphGateway, steps: readonly ProfileStep[]): Promise<Profiled[]> {
  const out: Profiled[] = [];
  for (const s of steps) if (s.rows.length > 0) out.push(await profileWrite(gateway, s.step, s.query, s.rows));
  return out;
}

/** Operators worth a look in a write plan: Eager barriers, scans instead of seeks, cartesian products. */
export function planNotes(p: Profiled): string {
  const count = (re: RegExp) => p.plan.filter((l) => re.test(l.operator)).length;
  const notes: string[] = [];
  const eager = count(/^Eager$/);
  if (eager) notes.push(`${eager}× Eager`);
  const scans = p.plan.filter((l) => /Scan/.test(l.operator)).map((l) => l.operator);
  if (scans.length) notes.push(`scans: ${scans.join(', ')}`);
  const seeks = [...new Set(p.plan.filter((l) => /Seek/.test(l.operator)).map((l) => l.details.replace(/ WHERE .*/, '').replace(/^UNIQUE /, '')))];
  if (seeks.length) notes.push(`seeks: ${seeks.join('; ')}`);
  const expands = p.plan.filter((l) => /^Expand/.test(l.operator));
  if (expands.length) notes.push(`expand hits ${expands.reduce((n, l) => n + l.dbHits, 0)}`);
  return notes.join(' | ');
}
