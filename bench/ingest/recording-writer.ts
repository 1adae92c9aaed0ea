import { GraphWriter, type GraphPatchInput, type WriteResult } from '../../graph-schema/index.js';

/**
 * The platform writer, unchanged, keeping a copy of every patch it was asked
 * to write: the bench replays exactly those patches through the baseline
 * afterwards, so both writers see the same data.
 */
export class RecordingWriter extends GraphWriter {
  readonly patches: GraphPatchInput[] = [];

  override async writeMany(inputs: readonly unknown[]): Promise<WriteResult> {
    this.patches.push(...(inputs as GraphPatchInput[]));
    return super.writeMany(inputs);
  }
}
