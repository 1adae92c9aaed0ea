import { mulberry32 } from '../base/seeded-random.js';

/**
 * Gaussian mixtures with diagonal covariances, trained by expectation
 * maximisation. Diagonal because MFCCs are nearly decorrelated by their DCT
 * and a full covariance per component would need far more speech than one
 * enrolment holds. Pure TypeScript; deterministic for a given seed.
 */

/** A trained mixture. All arrays are indexed [component][dimension]. */
export interface DiagonalGmm {
  weights: number[];
  means: number[][];
  variances: number[][];
}

/** EM settings. */
export interface GmmOptions {
  /** Mixture components; fewer are used when there are fewer distinct frames. Default 16. */
  components?: number;
  /** Most EM iterations. Default 50. */
  maxIterations?: number;
  /** Stop when the mean log-likelihood per frame improves by less than this. Default 1e-4. */
  tolerance?: number;
  /**
   * Smallest variance, as a fraction of the data's overall variance in that
   * dimension, so a component on a few identical frames cannot collapse to
   * a spike of infinite likelihood. Default 0.01.
   */
  varianceFloor?: number;
  /** Seed of the k-means++ initialisation. Default 1. */
  seed?: number;
}

/** A mixture and how its training went. */
export interface TrainedGmm {
  model: DiagonalGmm;
  /** Mean log-likelihood per frame after initialisation and after each iteration; never decreases. */
  history: number[];
}

const DEFAULTS: Required<GmmOptions> = { components: 16, maxIterations: 50, tolerance: 1e-4, varianceFloor: 0.01, seed: 1 };
const LOG_2PI = Math.log(2 * Math.PI);

export function trainGmm(frames: readonly (readonly number[])[], options: GmmOptions = {}): TrainedGmm {
  const o = { ...DEFAULTS, ...options };
  const first = frames[0];
  if (!first) throw new RangeError('cannot train a mixture on no frames');
  const floor = overallVariance(frames).map((v) => Math.max(v * o.varianceFloor, 1e-12));
  let model = initialise(frames, Math.min(o.components, frames.length), floor, o.seed);
  const history = [meanLogLikelihood(model, frames)];
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    model = emStep(model, frames, floor);
    const current = meanLogLikelihood(model, frames);
    const previous = history[history.length - 1] ?? -Infinity;
    history.push(current);
    if (current - previous < o.tolerance) break;
  }
  return { model, history };
}

/** Mean log-likelihood per frame: comparable across recordings of different lengths. */
export function meanLogLikelihood(model: DiagonalGmm, frames: readonly (readonly number[])[]): number {
  if (frames.length === 0) return -Infinity;
  const packed = pack(model);
  const densities = new Float64Array(model.weights.length);
  let total = 0;
  for (const frame of frames) total += logSumExp(componentLogDensities(packed, frame, densities));
  return total / frames.length;
}

/** A mixture laid out for the inner loop: flat typed arrays, inverse variances, per-component constants. */
interface PackedGmm {
  components: number;
  dims: number;
  means: Float64Array;
  precisions: Float64Array;
  /** log(weight) − ½ Σ log(2π σ²): the part of each log-density that does not depend on the frame. */
  constants: Float64Array;
}

function pack(model: DiagonalGmm): PackedGmm {
  const components = model.weights.length;
  const dims = model.means[0]?.length ?? 0;
  const means = new Float64Array(components * dims);
  const precisions = new Float64Array(components * dims);
  const constants = new Float64Array(components);
  for (let k = 0; k < components; k++) {
    let logDet = 0;
    for (let d = 0; d < dims; d++) {
      const variance = model.variances[k]?.[d] ?? 1;
      means[k * dims + d] = model.means[k]?.[d] ?? 0;
      precisions[k * dims + d] = 1 / variance;
      logDet += LOG_2PI + Math.log(variance);
    }
    constants[k] = Math.log(model.weights[k] ?? 0) - 0.5 * logDet;
  }
  return { components, dims, means, precisions, constants };
}

/** Fills and returns `out` with each component's log(weight × density) of the frame. */
function componentLogDensities(gmm: PackedGmm, frame: readonly number[], out: Float64Array): Float64Array {
  const { dims, means, precisions, constants } = gmm;
  for (let k = 0; k < gmm.components; k++) {
    const offset = k * dims;
    let distance = 0;
    for (let d = 0; d < dims; d++) {
      const diff = (frame[d] ?? 0) - means[offset + d]!;
      distance += diff * diff * precisions[offset + d]!;
    }
    out[k] = constants[k]! - 0.5 * distance;
  }
  return out;
}

function logSumExp(values: Float64Array): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/**
 * One EM iteration. A component that no frame claims keeps its previous
 * mean and variance (with weight 0) rather than being reseeded, which would
 * break the monotone increase of the likelihood.
 */
function emStep(model: DiagonalGmm, frames: readonly (readonly number[])[], floor: readonly number[]): DiagonalGmm {
  const k = model.weights.length;
  const dims = floor.length;
  const mass = new Array<number>(k).fill(0);
  const sums = Array.from({ length: k }, () => new Float64Array(dims));
  const squares = Array.from({ length: k }, () => new Float64Array(dims));
  const packed = pack(model);
  const densities = new Float64Array(k);
  for (const frame of frames) {
    const total = logSumExp(componentLogDensities(packed, frame, densities));
    for (let c = 0; c < k; c++) {
      const responsibility = Math.exp(densities[c]! - total);
      if (responsibility === 0) continue;
      mass[c]! += responsibility;
      const sum = sums[c]!;
      const square = squares[c]!;
      for (let d = 0; d < dims; d++) {
        const x = frame[d] ?? 0;
        sum[d]! += responsibility * x;
        square[d]! += responsibility * x * x;
      }
    }
  }
  const means: number[][] = [];
  const variances: number[][] = [];
  for (let c = 0; c < k; c++) {
    const m = mass[c]!;
    if (m < 1e-10) {
      means.push([...(model.means[c] ?? [])]);
      variances.push([...(model.variances[c] ?? [])]);
      continue;
    }
    const mean = Array.from(sums[c]!, (s) => s / m);
    means.push(mean);
    // The per-dimension likelihood is unimodal in σ², so clamping at the floor is the constrained maximum and EM stays monotone.
    variances.push(Array.from(squares[c]!, (s, d) => Math.max(s / m - (mean[d] ?? 0) ** 2, floor[d] ?? 0)));
  }
  return { weights: mass.map((m) => m / frames.length), means, variances };
}

function overallVariance(frames: readonly (readonly number[])[]): number[] {
  const dims = frames[0]?.length ?? 0;
  const mean = new Array<number>(dims).fill(0);
  const square = new Array<number>(dims).fill(0);
  for (const frame of frames) {
    for (let d = 0; d < dims; d++) {
      mean[d]! += (frame[d] ?? 0) / frames.length;
      square[d]! += (frame[d] ?? 0) ** 2 / frames.length;
    }
  }
  return mean.map((m, d) => Math.max((square[d] ?? 0) - m * m, 0));
}

/** k-means++ seeds, then each frame's nearest seed gives the starting weights, means and variances. */
function initialise(frames: readonly (readonly number[])[], k: number, floor: readonly number[], seed: number): DiagonalGmm {
  const random = mulberry32(seed);
  const centres = kMeansPlusPlus(frames, k, random);
  const members: (readonly number[])[][] = centres.map(() => []);
  for (const frame of frames) members[nearest(centres, frame).index]?.push(frame);
  const overall = overallVariance(frames);
  const occupied = centres.flatMap((centre, c) => ((members[c]?.length ?? 0) > 0 ? [{ centre, frames: members[c] ?? [] }] : []));
  return {
    weights: occupied.map((o) => o.frames.length / frames.length),
    means: occupied.map((o) => [...o.centre]),
    variances: occupied.map((o) => {
      // A single-frame cluster has no spread of its own: start it at the data's.
      const spread = o.frames.length > 1 ? overallVariance(o.frames) : overall;
      return spread.map((v, d) => Math.max(v, floor[d] ?? 0));
    }),
  };
}

function kMeansPlusPlus(frames: readonly (readonly number[])[], k: number, random: () => number): (readonly number[])[] {
  const centres: (readonly number[])[] = [frames[Math.floor(random() * frames.length)] ?? []];
  const distances = frames.map((frame) => squaredDistance(frame, centres[0] ?? []));
  while (centres.length < k) {
    const total = distances.reduce((a, b) => a + b, 0);
    // Every frame coincides with a centre already: more components would be duplicates.
    if (total === 0) break;
    let target = random() * total;
    let chosen = distances.length - 1;
    for (let i = 0; i < distances.length; i++) {
      target -= distances[i] ?? 0;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    const centre = frames[chosen] ?? [];
    centres.push(centre);
    frames.forEach((frame, i) => {
      distances[i] = Math.min(distances[i] ?? Infinity, squaredDistance(frame, centre));
    });
  }
  return centres;
}

function nearest(centres: readonly (readonly number[])[], frame: readonly number[]): { index: number; distance: number } {
  let best = { index: 0, distance: Infinity };
  centres.forEach((centre, index) => {
    const distance = squaredDistance(frame, centre);
    if (distance < best.distance) best = { index, distance };
  });
  return best;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += ((a[d] ?? 0) - (b[d] ?? 0)) ** 2;
  return sum;
}
