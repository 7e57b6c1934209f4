package org.haven.tools;

import ai.onnx.proto.OnnxMl;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the RBF support vector machine Tribuo exports as one ONNX {@code SVMClassifier} node
 * into matrix products, with the same output. ONNX Runtime computes an RBF kernel one support
 * vector and one feature at a time, about 0.7 ms a sentence for the crisis model's 3,359 support
 * vectors; written as {@code exp(-gamma (|x|^2 - 2 x.s + |s|^2))} the kernel is one {@code MatMul},
 * and a second one combines the kernel values into each pair of classes' decision value.
 *
 * <p>Those decision values then go through an {@code SVMClassifier} with a linear kernel and one
 * unit "support vector" per pair, which adds each pair's offset and applies the Platt scaling and
 * pairwise coupling exactly as the original node did, so the probabilities are the same to float
 * rounding (about 1e-5).
 */
final class RbfSvmAsMatMul {

  private static final String SVM = "SVMClassifier";
  private static final String PREFIX = "rbf_";

  private RbfSvmAsMatMul() {}

  /** The graph with every RBF SVM node rewritten; any other graph comes back unchanged. */
  static OnnxMl.ModelProto rewrite(OnnxMl.ModelProto model) {
    OnnxMl.GraphProto.Builder graph = model.getGraph().toBuilder();
    List<NodeProto> nodes = new ArrayList<>();
    for (NodeProto node : graph.getNodeList()) {
      if (node.getOpType().equals(SVM) && "RBF".equals(text(node, "kernel_type"))) {
        SvmParameters svm = SvmParameters.of(node);
        nodes.addAll(kernelNodes(node.getInput(0)));
        graph.addAllInitializer(initializers(svm));
        nodes.add(pairCoupling(node, svm));
      } else {
        nodes.add(node);
      }
    }
    graph.clearNode().addAllNode(nodes);
    return model.toBuilder().setGraph(graph).build();
  }

  private static List<NodeProto> kernelNodes(String input) {
    return List.of(
        node("MatMul", List.of(input, PREFIX + "support_vectors_t"), "dots"),
        node("Mul", List.of(PREFIX + "dots", PREFIX + "two_gamma"), "cross"),
        node("ReduceSumSquare", List.of(input), "input_norm").toBuilder()
            .addAttribute(ints("axes", 1))
            .addAttribute(
                AttributeProto.newBuilder()
                    .setName("keepdims")
                    .setType(AttributeProto.AttributeType.INT)
                    .setI(1))
            .build(),
        node("Mul", List.of(PREFIX + "input_norm", PREFIX + "minus_gamma"), "scaled_norm"),
        node("Add", List.of(PREFIX + "cross", PREFIX + "scaled_norm"), "partial"),
        node("Add", List.of(PREFIX + "partial", PREFIX + "support_norms"), "log_kernel"),
        // A squared distance is never negative; rounding must not push a kernel above 1.
        node("Min", List.of(PREFIX + "log_kernel", PREFIX + "zero"), "log_kernel_capped"),
        node("Exp", List.of(PREFIX + "log_kernel_capped"), "kernel"),
        node("MatMul", List.of(PREFIX + "kernel", PREFIX + "pair_coefficients"), "decisions"));
  }

  private static List<TensorProto> initializers(SvmParameters svm) {
    return List.of(
        tensor("support_vectors_t", svm.supportVectorsTransposed(), svm.features(), svm.vectors()),
        tensor("support_norms", svm.scaledSupportNorms(), 1, svm.vectors()),
        tensor("two_gamma", new float[] {2 * svm.gamma()}),
        tensor("minus_gamma", new float[] {-svm.gamma()}),
        tensor("zero", new float[] {0}),
        tensor("pair_coefficients", svm.pairCoefficients(), svm.vectors(), svm.pairs()));
  }

  /** The original node's classes, offsets and Platt parameters over the pairs' decision values. */
  private static NodeProto pairCoupling(NodeProto original, SvmParameters svm) {
    NodeProto.Builder node =
        original.toBuilder().clearInput().addInput(PREFIX + "decisions").clearAttribute();
    for (AttributeProto attribute : original.getAttributeList()) {
      switch (attribute.getName()) {
        case "kernel_type" -> node.addAttribute(attribute.toBuilder().setS(utf8("LINEAR")));
        case "kernel_params" -> node.addAttribute(floats("kernel_params", 0, 0, 1));
        case "support_vectors" -> node.addAttribute(floats("support_vectors", svm.unitPairs()));
        case "coefficients" -> node.addAttribute(floats("coefficients", svm.pairSelectors()));
        case "vectors_per_class" -> node.addAttribute(svm.pairsPerClass());
        default -> node.addAttribute(attribute);
      }
    }
    return node.build();
  }

  private static NodeProto node(String op, List<String> inputs, String output) {
    return NodeProto.newBuilder()
        .setOpType(op)
        .setName(PREFIX + output)
        .addAllInput(inputs)
        .addOutput(PREFIX + output)
        .build();
  }

  private static TensorProto tensor(String name, float[] values, long... dims) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
    bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
    TensorProto.Builder tensor =
        TensorProto.newBuilder()
            .setName(PREFIX + name)
            .setDataType(TensorProto.DataType.FLOAT.getNumber())
            .setRawData(ByteString.copyFrom(bytes.array()));
    for (long dim : dims) {
      tensor.addDims(dim);
    }
    return tensor.build();
  }

  static AttributeProto floats(String name, float... values) {
    AttributeProto.Builder attribute =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOATS);
    for (float value : values) {
      attribute.addFloats(value);
    }
    return attribute.build();
  }

  static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder attribute =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long value : values) {
      attribute.addInts(value);
    }
    return attribute.build();
  }

  private static String text(NodeProto node, String attribute) {
    return node.getAttributeList().stream()
        .filter(a -> a.getName().equals(attribute))
        .map(a -> a.getS().toStringUtf8())
        .findFirst()
        .orElse("");
  }

  private static ByteString utf8(String value) {
    return ByteString.copyFromUtf8(value);
  }
}
