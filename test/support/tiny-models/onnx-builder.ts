import onnxProto from 'onnx-proto';

/**
 * Just enough of the ONNX protobuf to write small inference graphs for tests.
 * onnx-proto is CommonJS whose `onnx` export Node cannot detect statically,
 * hence the default import.
 */
const { onnx } = onnxProto;

type Onnx = typeof onnx;
export type GraphProto = InstanceType<Onnx['GraphProto']>;
type NodeProto = InstanceType<Onnx['NodeProto']>;
type TensorProto = InstanceType<Onnx['TensorProto']>;
type ValueInfoProto = InstanceType<Onnx['ValueInfoProto']>;

/** A dimension is a fixed size or a symbolic name such as `batch`. */
export type Dim = number | string;

/** Opset 13 moved Unsqueeze axes and ReduceSum axes to inputs; every op used here exists there. */
const OPSET = 13;
/** IR 7 is what opset 13 shipped with; onnxruntime 1.30 reads it. */
const IR_VERSION = 7;

export const ElementType = {
  float: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
} as const;
export type ElementType = (typeof ElementType)[keyof typeof ElementType];

export function floatTensor(name: string, dims: number[], values: Float32Array | number[]): TensorProto {
  const data = values instanceof Float32Array ? values : Float32Array.from(values);
  if (data.length !== dims.reduce((a, b) => a * b, 1)) {
    throw new Error(`tensor ${name}: ${data.length} values do not fill dims [${dims.join(', ')}]`);
  }
  return onnx.TensorProto.create({
    name,
    dims,
    dataType: ElementType.float,
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  });
}

/** A 1-d int64 tensor, or a scalar when `scalar` is set (Range wants scalars). */
export function int64Tensor(name: string, values: number[], { scalar = false } = {}): TensorProto {
  const data = BigInt64Array.from(values.map((v) => BigInt(v)));
  return onnx.TensorProto.create({
    name,
    dims: scalar ? [] : [values.length],
    dataType: ElementType.int64,
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  });
}

export function valueInfo(name: string, elementType: ElementType, dims: Dim[]): ValueInfoProto {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType: elementType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

export interface NodeSpec {
  op: string;
  inputs: string[];
  output: string;
  /** Integer attributes only; every op used by the tiny models needs no other kind. */
  ints?: Record<string, number>;
}

export function node({ op, inputs, output, ints = {} }: NodeSpec): NodeProto {
  return onnx.NodeProto.create({
    opType: op,
    name: `${op}_${output}`,
    input: inputs,
    output: [output],
    attribute: Object.entries(ints).map(([name, i]) =>
      onnx.AttributeProto.create({ name, i, type: onnx.AttributeProto.AttributeType.INT }),
    ),
  });
}

export interface GraphSpec {
  name: string;
  inputs: ValueInfoProto[];
  outputs: ValueInfoProto[];
  initializers: TensorProto[];
  nodes: NodeProto[];
}

export function graph(spec: GraphSpec): GraphProto {
  return onnx.GraphProto.create({
    name: spec.name,
    input: spec.inputs,
    output: spec.outputs,
    initializer: spec.initializers,
    node: spec.nodes,
  });
}

/** Serialises a graph as a complete `.onnx` model file. */
export function encodeModel(body: GraphProto): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: 'kg-tiny-models',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: body,
  });
  return onnx.ModelProto.encode(model).finish();
}
