import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TINY_EMBEDDING_HIDDEN_SIZE,
  TINY_NER_LABELS,
  writeTinyEmbeddingModel,
  writeTinyNerModel,
} from '../../test/support/tiny-models/index.js';
import { tinyNerVocabulary } from '../../test/support/tiny-models/tiny-ner-model.js';

/** The generated graphs must be valid ONNX on their own, before transformers.js is involved. */

const SESSION_TIMEOUT_MS = 30_000;

function int64(values: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), [1, values.length]);
}

describe('generated tiny models', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-tiny-onnx-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the NER graph runs in onnxruntime-node and wires each token to its label', async () => {
    await writeTinyNerModel(join(dir, 'ner'));
    const session = await ort.InferenceSession.create(join(dir, 'ner', 'onnx', 'model.onnx'));
    try {
      expect(session.inputNames).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
      expect(session.outputNames).toEqual(['logits']);
      const vocabulary = tinyNerVocabulary();
      const ids = ['[CLS]', 'paris', 'marie', '[PAD]'].map((t) => vocabulary.indexOf(t));
      const { logits } = await session.run({ input_ids: int64(ids), attention_mask: int64([1, 1, 1, 0]), token_type_ids: int64([0, 0, 0, 0]) });
      expect(logits?.dims).toEqual([1, 4, TINY_NER_LABELS.length]);
      const data = logits!.data as Float32Array;
      const argmax = (t: number) => {
        const row = Array.from(data.subarray(t * TINY_NER_LABELS.length, (t + 1) * TINY_NER_LABELS.length));
        return TINY_NER_LABELS[row.indexOf(Math.max(...row))];
      };
      expect([0, 1, 2, 3].map(argmax)).toEqual(['O', 'B-LOC', 'B-PER', 'O']);
    } finally {
      await session.release();
    }
  }, SESSION_TIMEOUT_MS);

  it('the NER graph refuses inputs longer than its position table, as BERT does', async () => {
    await writeTinyNerModel(join(dir, 'short'), { maxLength: 4 });
    // Fatal-only logging: the failure below is expected and onnxruntime would print it to stderr.
    const session = await ort.InferenceSession.create(join(dir, 'short', 'onnx', 'model.onnx'), { logSeverityLevel: 4 });
    try {
      const five = [2, 5, 5, 5, 3];
      await expect(session.run({ input_ids: int64(five), attention_mask: int64(five), token_type_ids: int64(five.map(() => 0)) })).rejects.toThrow();
    } finally {
      await session.release();
    }
  }, SESSION_TIMEOUT_MS);

  it('the embedding graph runs and returns [batch, sequence, hidden]', async () => {
    await writeTinyEmbeddingModel(join(dir, 'embed'));
    const session = await ort.InferenceSession.create(join(dir, 'embed', 'onnx', 'model.onnx'));
    try {
      expect(session.outputNames).toEqual(['last_hidden_state']);
      const { last_hidden_state: hidden } = await session.run({ input_ids: int64([2, 5, 6, 3]), attention_mask: int64([1, 1, 1, 1]), token_type_ids: int64([0, 0, 0, 0]) });
      expect(hidden?.dims).toEqual([1, 4, TINY_EMBEDDING_HIDDEN_SIZE]);
    } finally {
      await session.release();
    }
  }, SESSION_TIMEOUT_MS);
});
