import { ElementType, encodeModel, floatTensor, graph, int64Tensor, node, valueInfo } from './onnx-builder.js';

/**
 * A Marian-shaped encoder/decoder pair with no attention and no cache, whose
 * greedy output is a known function of the input: the encoder maps each
 * source token to a one-hot "target word" vector; the decoder's logits are
 * `successor[token] + gate[token] · Σ encoder states`. With `gate` open only
 * at the decoder start token, the first generated token is the source's
 * target word and the next is whatever `successor` says (EOS). That checks
 * the encoder → decoder → generate → decode wiring, not translation quality.
 */
export interface TinySeq2SeqSpec {
  /** Row per vocabulary id, width = vocabulary size (one-hot target word, or zeros). */
  sourceToTarget: number[][];
  /** Row per vocabulary id, width = vocabulary size: logits for the token after it. */
  successor: number[][];
  /** Per vocabulary id: 1 where the decoder should read the source (the start token). */
  gate: number[];
}

function square(rows: number[][], size: number, what: string): Float32Array {
  if (rows.length !== size || rows.some((r) => r.length !== size)) throw new Error(`${what} must be ${size}×${size}`);
  return Float32Array.from(rows.flat());
}

export function tinyEncoderOnnx(spec: TinySeq2SeqSpec): Uint8Array {
  const size = spec.sourceToTarget.length;
  return encodeModel(
    graph({
      name: 'tiny_encoder',
      inputs: [valueInfo('input_ids', ElementType.int64, ['batch', 'source']), valueInfo('attention_mask', ElementType.int64, ['batch', 'source'])],
      outputs: [valueInfo('last_hidden_state', ElementType.float, ['batch', 'source', size])],
      initializers: [floatTensor('source_to_target', [size, size], square(spec.sourceToTarget, size, 'sourceToTarget')), int64Tensor('last_axis', [-1])],
      nodes: [
        node({ op: 'Gather', inputs: ['source_to_target', 'input_ids'], output: 'targets', ints: { axis: 0 } }),
        // Padding must contribute nothing to the decoder's sum over source positions.
        node({ op: 'Cast', inputs: ['attention_mask'], output: 'mask_float', ints: { to: 1 } }),
        node({ op: 'Unsqueeze', inputs: ['mask_float', 'last_axis'], output: 'mask_column' }),
        node({ op: 'Mul', inputs: ['targets', 'mask_column'], output: 'last_hidden_state' }),
      ],
    }),
  );
}

export function tinyDecoderOnnx(spec: TinySeq2SeqSpec): Uint8Array {
  const size = spec.successor.length;
  return encodeModel(
    graph({
      name: 'tiny_decoder',
      inputs: [
        valueInfo('input_ids', ElementType.int64, ['batch', 'target']),
        valueInfo('encoder_hidden_states', ElementType.float, ['batch', 'source', size]),
      ],
      outputs: [valueInfo('logits', ElementType.float, ['batch', 'target', size])],
      initializers: [
        floatTensor('successor', [size, size], square(spec.successor, size, 'successor')),
        floatTensor('gate', [size, 1], Float32Array.from(spec.gate)),
        int64Tensor('source_axis', [1]),
      ],
      nodes: [
        node({ op: 'Gather', inputs: ['successor', 'input_ids'], output: 'next_from_token', ints: { axis: 0 } }),
        node({ op: 'Gather', inputs: ['gate', 'input_ids'], output: 'gate_open', ints: { axis: 0 } }),
        node({ op: 'ReduceSum', inputs: ['encoder_hidden_states', 'source_axis'], output: 'source_sum', ints: { keepdims: 1 } }),
        node({ op: 'Mul', inputs: ['gate_open', 'source_sum'], output: 'from_source' }),
        node({ op: 'Add', inputs: ['next_from_token', 'from_source'], output: 'logits' }),
      ],
    }),
  );
}
