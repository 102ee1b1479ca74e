package io.github.tfdrift.testkit.junit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The names of a method's parameters: from reflection when the class was compiled with {@code
 * -parameters}, else from the class file's {@code MethodParameters} or {@code LocalVariableTable}
 * attribute (present when compiled with {@code -g}, which Maven and Gradle do by default). Reads
 * the class file once per lookup; used only to name the parameters of a failing property.
 */
final class ParameterNames {
  private ParameterNames() {}

  /** The names of {@code method}'s parameters, or empty when neither reflection nor the class file has them. */
  static Optional<String[]> of(Method method) {
    Parameter[] ps = method.getParameters();
    if (ps.length == 0 || ps[0].isNamePresent()) {
      return Optional.of(Arrays.stream(ps).map(Parameter::getName).toArray(String[]::new));
    }
    Class<?> c = method.getDeclaringClass();
    String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = c.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return read(new DataInputStream(in), method);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String[]> read(DataInputStream in, Method method) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      return Optional.empty();
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.readUnsignedShort();
    skip(in, 2 * in.readUnsignedShort());
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      skipAttributes(in);
    }
    String descriptor = descriptor(method);
    int n = method.getParameterCount();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort();
      String name = utf8[in.readUnsignedShort()];
      String desc = utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      boolean ours = method.getName().equals(name) && descriptor.equals(desc);
      String[] found = null;
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (ours && found == null && "MethodParameters".equals(attribute)) {
          int k = in.readUnsignedByte();
          String[] names = new String[k];
          for (int j = 0; j < k; j++) {
            int idx = in.readUnsignedShort();
            in.readUnsignedShort();
            names[j] = idx == 0 ? null : utf8[idx];
          }
          found = k == n && Arrays.stream(names).allMatch(x -> x != null) ? names : null;
        } else if (ours && found == null && "Code".equals(attribute)) {
          found = fromCode(in, utf8, method);
        } else {
          skip(in, length);
        }
      }
      if (ours) {
        return Optional.ofNullable(found);
      }
    }
    return Optional.empty();
  }

  private static String[] fromCode(DataInputStream in, String[] utf8, Method method) throws IOException {
    in.readUnsignedShort();
    in.readUnsignedShort();
    skip(in, in.readInt());
    skip(in, 8 * in.readUnsignedShort());
    int[] slots = new int[method.getParameterCount()];
    int slot = Modifier.isStatic(method.getModifiers()) ? 0 : 1;
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      slots[i] = slot;
      slot += types[i] == long.class || types[i] == double.class ? 2 : 1;
    }
    String[] names = new String[slots.length];
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      String attribute = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      if (!"LocalVariableTable".equals(attribute)) {
        skip(in, length);
        continue;
      }
      int entries = in.readUnsignedShort();
      for (int e = 0; e < entries; e++) {
        int start = in.readUnsignedShort();
        in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        in.readUnsignedShort();
        int index = in.readUnsignedShort();
        for (int i = 0; i < slots.length; i++) {
          if (start == 0 && slots[i] == index) {
            names[i] = name;
          }
        }
      }
    }
    return Arrays.stream(names).allMatch(x -> x != null) ? names : null;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      skip(in, in.readInt());
    }
  }

  private static void skip(DataInputStream in, int bytes) throws IOException {
    in.skipNBytes(bytes);
  }

  private static String descriptor(Method m) {
    StringBuilder b = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      b.append(descriptor(p));
    }
    return b.append(')').append(descriptor(m.getReturnType())).toString();
  }

  private static String descriptor(Class<?> c) {
    if (c.isArray()) {
      return "[" + descriptor(c.getComponentType());
    }
    if (c.isPrimitive()) {
      return switch (c.getName()) {
        case "int" -> "I";
        case "long" -> "J";
        case "boolean" -> "Z";
        case "byte" -> "B";
        case "char" -> "C";
        case "short" -> "S";
        case "float" -> "F";
        case "double" -> "D";
        default -> "V";
      };
    }
    return "L" + c.getName().replace('.', '/') + ";";
  }
}
