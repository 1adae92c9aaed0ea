import { ElementType, encodeModel, floatTensor, graph, int64Tensor, node, valueInfo } from './onnx-builder.js';

/**
 * A BERT-shaped graph with no attention: each token's output row is
 * `(wordEmbedding[token] + typeEmbedding[tokenType] + positionEmbedding[position]) * attentionMask · head`,
 * with all-zero type and position tables. The position table still matters:
 * like BERT's, it has `maxPositions` rows, so a longer input fails in
 * onnxruntime instead of quietly working.
 * It has BERT's inputs and output names, so transformers.js treats it as BERT,
 * and its output is a known function of the input ids, which is what lets
 * tests check wiring (which token became which label or vector) exactly.
 */
export interface TinyBertGraphSpec {
  /** One row of length `hiddenSize` per vocabulary id. */
  wordEmbeddings: number[][];
  hiddenSize: number;
  /** `hiddenSize` rows of `outputSize` columns. */
  head: number[][];
  outputName: 'logits' | 'last_hidden_state';
  /** Longest input the graph accepts, as BERT's `max_position_embeddings`. */
  maxPositions: number;
}

const FLOAT_CAST = 1; // onnx TensorProto.FLOAT, the Cast `to` attribute

function flatten(rows: number[][], width: number, what: string): Float32Array {
  rows.forEach((row, i) => {
    if (row.length !== width) throw new Error(`${what} row ${i} has ${row.length} values, expected ${width}`);
  });
  return Float32Array.from(rows.flat());
}

export function tinyBertOnnx(spec: TinyBertGraphSpec): Uint8Array {
  const { hiddenSize, head } = spec;
  const outputSize = head[0]?.length ?? 0;
  const ids = ['batch', 'sequence'];
  return encodeModel(
    graph({
      name: 'tiny_bert',
      inputs: [
        valueInfo('input_ids', ElementType.int64, ids),
        valueInfo('attention_mask', ElementType.int64, ids),
        valueInfo('token_type_ids', ElementType.int64, ids),
      ],
      outputs: [valueInfo(spec.outputName, ElementType.float, ['batch', 'sequence', outputSize])],
      initializers: [
        floatTensor('word_embeddings', [spec.wordEmbeddings.length, hiddenSize], flatten(spec.wordEmbeddings, hiddenSize, 'embedding')),
        floatTensor('token_type_embeddings', [2, hiddenSize], new Float32Array(2 * hiddenSize)),
        floatTensor('head_weight', [hiddenSize, outputSize], flatten(head, outputSize, 'head')),
        floatTensor('position_embeddings', [spec.maxPositions, hiddenSize], new Float32Array(spec.maxPositions * hiddenSize)),
        int64Tensor('last_axis', [-1]),
        int64Tensor('sequence_axis', [1], { scalar: true }),
        int64Tensor('zero', [0], { scalar: true }),
        int64Tensor('one', [1], { scalar: true }),
      ],
      nodes: [
        node({ op: 'Gather', inputs: ['word_embeddings', 'input_ids'], output: 'words', ints: { axis: 0 } }),
        node({ op: 'Gather', inputs: ['token_type_embeddings', 'token_type_ids'], output: 'types', ints: { axis: 0 } }),
        node({ op: 'Shape', inputs: ['input_ids'], output: 'ids_shape' }),
        node({ op: 'Gather', inputs: ['ids_shape', 'sequence_axis'], output: 'sequence_length', ints: { axis: 0 } }),
        node({ op: 'Range', inputs: ['zero', 'sequence_length', 'one'], output: 'position_ids' }),
        node({ op: 'Gather', inputs: ['position_embeddings', 'position_ids'], output: 'positions', ints: { axis: 0 } }),
        node({ op: 'Add', inputs: ['words', 'types'], output: 'words_and_types' }),
        node({ op: 'Add', inputs: ['words_and_types', 'positions'], output: 'summed' }),
        node({ op: 'Cast', inputs: ['attention_mask'], output: 'mask_float', ints: { to: FLOAT_CAST } }),
        node({ op: 'Unsqueeze', inputs: ['mask_float', 'last_axis'], output: 'mask_column' }),
        node({ op: 'Mul', inputs: ['summed', 'mask_column'], output: 'masked' }),
        node({ op: 'MatMul', inputs: ['masked', 'head_weight'], output: spec.outputName }),
      ],
    }),
  );
}
