package anjuan.ingest.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Frames between the parent and a parse worker. The parent sends a file path; the worker answers with any number
 * of progress frames (each one proves it is alive, e.g. one per OCR page) and then one result frame holding the
 * JSON list of {@code ParseResult}s.
 */
final class WorkerProtocol {
  static final byte PROGRESS = 'P';
  static final byte RESULT = 'R';
  /** Results carry normalized text, itself bounded by the write limit. */
  static final int MAX_FRAME = 256 << 20;

  /** A frame: its type and its body, UTF-8 (JSON for results, a message for progress). */
  record Frame(byte type, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private WorkerProtocol() {}

  static void write(DataOutputStream out, byte type, String body) throws IOException {
    write(out, type, body.getBytes(StandardCharsets.UTF_8));
  }

  static void write(DataOutputStream out, byte type, byte[] bytes) throws IOException {
    synchronized (out) {
      out.writeByte(type);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }
  }

  /**
   * Reads one frame. Anything else on the worker's stdout (the JVM itself prints "Terminating due to
   * java.lang.OutOfMemoryError" there) is a protocol error, never a huge allocation.
   */
  static Frame read(DataInputStream in) throws IOException {
    byte type = in.readByte();
    int length = in.readInt();
    if ((type != PROGRESS && type != RESULT) || length < 0 || length > MAX_FRAME) {
      throw new IOException("not a worker frame (type " + type + ", length " + length + ")");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new Frame(type, bytes);
  }
}
