export {
  UniversalSentenceEncoder,
  USE_LITE_DIMENSION,
  useLiteCard,
  type UniversalSentenceEncoderOptions,
} from './universal-sentence-encoder.js';
export { cosineSimilarity, l2Normalise, l2Norm } from './vector-math.js';
