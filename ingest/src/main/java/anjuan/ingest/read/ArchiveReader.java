package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a .zip of reports into a temporary folder, each member to be read as its own document, within bounds on
 * entry count, nesting depth, total expanded size and compression ratio (zip bombs end as {@code too_large}).
 */
final class ArchiveReader {
  /** One unpacked member, or the reason it was not unpacked. */
  record Member(String name, Path file, long bytes, IngestStatus failure, String reason) {}

  private final ReadLimits limits;

  ArchiveReader(ReadLimits limits) {
    this.limits = limits;
  }

  static boolean isArchive(String mediaType) {
    return mediaType.equals("application/zip") || mediaType.equals("application/x-zip-compressed");
  }

  List<Member> unpack(Path archive, Path into) throws Exception {
    try {
      return unpack(archive, into, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | ZipException e) {
      if (e instanceof ZipException && !String.valueOf(e.getMessage()).contains("MALFORMED")) {
        throw e;
      }
      return unpack(archive, into, Charset.forName("GB18030")); // member names written by Chinese Windows
    }
  }

  private List<Member> unpack(Path archive, Path into, Charset names) throws Exception {
    List<Member> members = new ArrayList<>();
    long archiveBytes = Files.size(archive);
    long total = 0;
    try (ZipFile zip = new ZipFile(archive.toFile(), names)) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      long files = entries.stream().filter(e -> !e.isDirectory()).count();
      if (files > limits.maxArchiveEntries()) {
        throw new ReadFailure(IngestStatus.TOO_LARGE,
            "the archive holds " + files + " files, more than the limit of " + limits.maxArchiveEntries());
      }
      int index = 0;
      for (ZipEntry entry : entries) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        if (entry.getSize() > limits.maxFileBytes()) {
          members.add(new Member(name, null, entry.getSize(), IngestStatus.TOO_LARGE,
              "the member expands to " + entry.getSize() + " bytes, more than the limit of " + limits.maxFileBytes()));
          continue;
        }
        String base = Path.of(name.replace('\\', '/')).getFileName().toString();
        Path target = into.resolve((index++) + "-" + base.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        long limit = Math.min(limits.maxFileBytes(), limits.maxArchiveBytes() - total);
        long ratioLimit = Math.max(entry.getCompressedSize(), 1) * limits.maxArchiveRatio();
        long written;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
          written = copyBounded(in, out, Math.min(limit, Math.max(ratioLimit, 1L << 20)));
        }
        if (written < 0) {
          Files.deleteIfExists(target);
          members.add(new Member(name, null, -written, IngestStatus.TOO_LARGE,
              "the member expands far beyond its compressed size of " + entry.getCompressedSize()
                  + " bytes (a zip bomb?); unpacking stopped"));
          if (total - written >= limits.maxArchiveBytes()) {
            break;
          }
          continue;
        }
        total += written;
        members.add(new Member(name, target, written, null, null));
      }
    }
    if (total > archiveBytes * (long) limits.maxArchiveRatio() && total > (64L << 20)) {
      throw new ReadFailure(IngestStatus.TOO_LARGE, "the archive expands " + (total / Math.max(1, archiveBytes))
          + " times its size (a zip bomb?)");
    }
    return members;
  }

  /** Copies at most {@code max} bytes; returns the count, or minus the count when there was more. */
  private static long copyBounded(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buf = new byte[65536];
    long n = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      if (n + r > max) {
        return -(n + r);
      }
      out.write(buf, 0, r);
      n += r;
    }
    return n;
  }
}
