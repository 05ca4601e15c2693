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

  record Frame(byte type, String body) {}

  private WorkerProtocol() {}

  static void write(DataOutputStream out, byte type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    synchronized (out) {
      out.writeByte(type);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }
  }

  static Frame read(DataInputStream in) throws IOException {
    byte type = in.readByte();
    int length = in.readInt();
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new Frame(type, new String(bytes, StandardCharsets.UTF_8));
  }
}
